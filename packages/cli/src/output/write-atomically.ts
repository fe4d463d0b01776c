import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';

/** The temporary file beside `filePath` that is renamed over it once complete. */
export function temporaryPathFor(filePath: string): string {
    return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
}

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export function writeFileAtomically(filePath: string, content: string): void {
    const temporary = temporaryPathFor(filePath);
    try {
        writeFileSync(temporary, content);
        renameSync(temporary, filePath);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}

const BUFFER_BYTES = 4 << 20;

/** Temporary files not yet renamed or removed: removed if the officer interrupts the run. */
const unfinished = new Set<string>();

function removeUnfinished(): void {
    for (const temporary of unfinished) rmSync(temporary, { force: true });
    unfinished.clear();
}

function onInterrupt(signal: NodeJS.Signals): void {
    removeUnfinished();
    process.exit(signal === 'SIGINT' ? 130 : 143);
}

// Whatever stops the process (an error nobody caught), no temporary file outlives it.
process.on('exit', removeUnfinished);

/**
 * A file written piece by piece, as a run goes, that appears under its name only when complete:
 * it is written to a temporary file beside the target (same folder, so the rename is atomic) and
 * renamed by `commit`. `abandon`, an error, or Ctrl-C removes the temporary file and leaves
 * whatever was at the target before untouched — never half a file.
 */
export class AtomicFile {
    readonly temporaryPath: string;
    private descriptor: number | undefined;
    /** Text is encoded straight into this buffer, written out when full. */
    private buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    private used = 0;

    constructor(readonly filePath: string) {
        this.temporaryPath = temporaryPathFor(filePath);
        this.descriptor = openSync(this.temporaryPath, 'w');
        if (unfinished.size === 0) {
            process.once('SIGINT', onInterrupt);
            process.once('SIGTERM', onInterrupt);
        }
        unfinished.add(this.temporaryPath);
    }

    /** Appends text; it reaches the disk in pieces of a few megabytes. */
    write(text: string): void {
        // a UTF-8 character takes at most 3 bytes per UTF-16 code unit
        if (this.used + text.length * 3 > this.buffer.length) {
            this.flush();
            if (text.length * 3 > this.buffer.length) {
                writeSync(this.descriptor!, text);
                return;
            }
        }
        this.used += this.buffer.write(text, this.used, 'utf8');
    }

    private flush(): void {
        if (this.used === 0 || this.descriptor === undefined) return;
        let written = 0;
        while (written < this.used) written += writeSync(this.descriptor, this.buffer, written, this.used - written);
        this.used = 0;
    }

    /** Writes what is left and renames the file into place. */
    commit(): void {
        try {
            this.flush();
            closeSync(this.descriptor!);
            this.descriptor = undefined;
            renameSync(this.temporaryPath, this.filePath);
            this.forget();
        } catch (error) {
            this.abandon();
            throw error;
        }
    }

    /** Removes the temporary file; the target is left as it was. */
    abandon(): void {
        if (this.descriptor !== undefined) {
            try {
                closeSync(this.descriptor);
            } catch {
                // already closed or failed: the file is removed all the same
            }
            this.descriptor = undefined;
        }
        this.used = 0;
        rmSync(this.temporaryPath, { force: true });
        this.forget();
    }

    private forget(): void {
        unfinished.delete(this.temporaryPath);
        if (unfinished.size === 0) {
            process.removeListener('SIGINT', onInterrupt);
            process.removeListener('SIGTERM', onInterrupt);
        }
    }
}

/** A temporary path registered like an AtomicFile's, for writers that open the file themselves (Excel). */
export function registerTemporary(temporaryPath: string): { commit(filePath: string): void; abandon(): void } {
    if (unfinished.size === 0) {
        process.once('SIGINT', onInterrupt);
        process.once('SIGTERM', onInterrupt);
    }
    unfinished.add(temporaryPath);
    const forget = () => {
        unfinished.delete(temporaryPath);
        if (unfinished.size === 0) {
            process.removeListener('SIGINT', onInterrupt);
            process.removeListener('SIGTERM', onInterrupt);
        }
    };
    return {
        commit(filePath) {
            try {
                renameSync(temporaryPath, filePath);
            } catch (error) {
                rmSync(temporaryPath, { force: true });
                forget();
                throw error;
            }
            forget();
        },
        abandon() {
            rmSync(temporaryPath, { force: true });
            forget();
        },
    };
}
