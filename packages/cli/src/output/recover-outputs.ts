/**
 * What a run does first in each folder it will write to: finish the commit of a run that was
 * killed there (its journal), then remove the temporaries killed runs left behind. Only ours:
 * a name as temporaries.ts makes them, of a process that no longer runs.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { JOURNAL_NAME, readJournal, rollForward } from './journal.js';
import { isRunning, ownerOf } from './temporaries.js';

export function recoverOutputs(folders: string[]): void {
    const existing = [...new Set(folders.map((f) => path.resolve(f)))].filter(isFolder);
    for (const folder of existing) {
        for (const name of namesIn(folder)) {
            const owner = JOURNAL_NAME.exec(name)?.[1];
            if (owner === undefined || isRunning(Number(owner))) continue;
            const copy = path.join(folder, name);
            const journal = readJournal(copy);
            if (journal === undefined) rmSync(copy, { force: true });
            else rollForward(journal);
        }
    }
    // after the journals: an unfinished commit still needed its temporaries
    for (const folder of existing) {
        for (const name of namesIn(folder)) {
            const owner = ownerOf(name);
            if (owner === undefined || !name.endsWith('.tmp') || isRunning(owner)) continue;
            rmSync(path.join(folder, name), { recursive: true, force: true });
        }
    }
}

function isFolder(folder: string): boolean {
    try {
        return statSync(folder).isDirectory();
    } catch {
        return false;
    }
}

function namesIn(folder: string): string[] {
    try {
        return readdirSync(folder).filter((name) => name.startsWith('.'));
    } catch {
        return [];
    }
}
