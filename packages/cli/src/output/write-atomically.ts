/**
 * Outputs that appear under their names only when complete: each is written to a temporary file
 * beside its target (same folder, so the rename is atomic) and renamed into place by `commit`.
 * `abandon`, an error, or Ctrl-C removes the temporary and leaves the target as it was.
 *
 * While a run's output set is open (output-set.ts), `commit` hands the complete temporary to the
 * set instead of renaming it: the set moves every output of the run into place together. The
 * writers of decisions, rejects and the report need not know they are part of a set.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { BufferedFile } from './buffered-file.js';
import { about } from './output-error.js';
import { faultPoint } from './test-faults.js';
import { discardTemporary, temporaryPathFor, trackTemporary, untrackTemporary } from './temporaries.js';

export { temporaryPathFor } from './temporaries.js';

/** Receives complete temporaries in place of renaming them; set by an open output set. */
export type Stager = (temporary: string, target: string) => void;
let stager: Stager | undefined;

/** While `into` is set, every commit below stages its file there instead of renaming it. */
export function stageCommits(into: Stager | undefined): void {
    stager = into;
}

function putInPlace(temporary: string, target: string): void {
    if (stager !== undefined) {
        stager(temporary, target);
        return;
    }
    about(target, () => renameSync(temporary, target));
    untrackTemporary(temporary);
}

/** Writes a whole text to a temporary file beside the target, then puts it in place. */
export function writeFileAtomically(filePath: string, content: string): void {
    const temporary = temporaryPathFor(filePath);
    trackTemporary(temporary);
    try {
        faultPoint('write', filePath);
        about(filePath, () => writeFileSync(temporary, content));
        faultPoint('stage', filePath);
        putInPlace(temporary, filePath);
    } catch (error) {
        discardTemporary(temporary);
        throw error;
    }
}

/** A file written piece by piece, as a run goes, that appears under its name only when complete. */
export class AtomicFile {
    readonly temporaryPath: string;
    private readonly file: BufferedFile;

    constructor(readonly filePath: string) {
        this.temporaryPath = temporaryPathFor(filePath);
        trackTemporary(this.temporaryPath);
        try {
            this.file = new BufferedFile(this.temporaryPath, filePath);
        } catch (error) {
            discardTemporary(this.temporaryPath);
            throw error;
        }
    }

    /** Appends text; it reaches the disk in pieces of a few megabytes. */
    write(text: string): void {
        this.file.write(text);
    }

    /** Appends bytes made elsewhere (`bytes` from `start` to `end`). */
    writeBytes(bytes: Uint8Array, start: number, end: number): void {
        this.file.writeBytes(bytes, start, end);
    }

    /** Writes what is left and puts the file in place (or hands it to the run's output set). */
    commit(): void {
        try {
            this.file.close();
            putInPlace(this.temporaryPath, this.filePath);
        } catch (error) {
            this.abandon();
            throw error;
        }
    }

    /** Removes the temporary file; the target is left as it was. */
    abandon(): void {
        this.file.drop();
        discardTemporary(this.temporaryPath);
    }
}

/** A temporary path registered like an AtomicFile's, for writers that open the file themselves (Excel). */
export function registerTemporary(temporaryPath: string): { commit(filePath: string): void; abandon(): void } {
    trackTemporary(temporaryPath);
    return {
        commit(filePath) {
            try {
                faultPoint('stage', filePath);
                putInPlace(temporaryPath, filePath);
            } catch (error) {
                discardTemporary(temporaryPath);
                throw error;
            }
        },
        abandon() {
            discardTemporary(temporaryPath);
        },
    };
}
