/**
 * The temporary files and folders this process is writing, removed if the officer interrupts the
 * run (Ctrl-C) or an error nobody caught ends it. A temporary handed to a committed journal is no
 * longer ours to remove: the journal needs it to finish the commit (see output-set.ts).
 */
import { rmSync } from 'node:fs';
import * as path from 'node:path';

const unfinished = new Set<string>();

/** `.NAME.PID.tmp` beside the target: recognisable, by name and process, as a Kaidah temporary. */
export function temporaryPathFor(target: string, suffix = ''): string {
    return path.join(path.dirname(target), `.${path.basename(target)}${suffix}.${process.pid}.tmp`);
}

/** The process that made a temporary or journal named as this module names them, or undefined. */
export function ownerOf(name: string): number | undefined {
    const match = /^\..+\.(\d+)\.(?:tmp|journal)$/.exec(name);
    return match === null ? undefined : Number(match[1]);
}

/** Whether a process of that number still runs (a process we may not signal runs all the same). */
export function isRunning(pid: number): boolean {
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

function removeUnfinished(): void {
    for (const temporary of unfinished) rmSync(temporary, { force: true, recursive: true });
    unfinished.clear();
}

function onInterrupt(signal: NodeJS.Signals): void {
    removeUnfinished();
    process.exit(signal === 'SIGINT' ? 130 : 143);
}

process.on('exit', removeUnfinished);

export function trackTemporary(temporary: string): void {
    if (unfinished.size === 0) {
        process.once('SIGINT', onInterrupt);
        process.once('SIGTERM', onInterrupt);
    }
    unfinished.add(temporary);
}

export function untrackTemporary(temporary: string): void {
    if (!unfinished.delete(temporary) || unfinished.size > 0) return;
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
}

/** Removes a temporary and forgets it. */
export function discardTemporary(temporary: string): void {
    rmSync(temporary, { force: true, recursive: true });
    untrackTemporary(temporary);
}
