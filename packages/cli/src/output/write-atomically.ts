import { renameSync, writeFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export function writeFileAtomically(filePath: string, content: string): void {
    const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, content);
        renameSync(temporary, filePath);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
