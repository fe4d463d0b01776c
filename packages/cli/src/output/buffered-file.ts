import { closeSync, openSync, writeSync } from 'node:fs';
import { about } from './output-error.js';
import { faultPoint } from './test-faults.js';

const BUFFER_BYTES = 4 << 20;

/**
 * A file written piece by piece: text is encoded straight into a buffer that reaches the disk in
 * pieces of a few megabytes. Failures name `shownPath`, the output the officer asked for, even when
 * the bytes go to a temporary file.
 */
export class BufferedFile {
    private descriptor: number | undefined;
    private buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    private used = 0;

    constructor(readonly filePath: string, readonly shownPath: string = filePath) {
        this.descriptor = about(shownPath, () => openSync(filePath, 'w'));
    }

    write(text: string): void {
        faultPoint('write', this.shownPath);
        // a UTF-8 character takes at most 3 bytes per UTF-16 code unit
        if (this.used + text.length * 3 > this.buffer.length) {
            this.flush();
            if (text.length * 3 > this.buffer.length) {
                about(this.shownPath, () => writeSync(this.descriptor!, text));
                return;
            }
        }
        this.used += this.buffer.write(text, this.used, 'utf8');
    }

    /** Appends bytes made elsewhere (`bytes` from `start` to `end`). */
    writeBytes(bytes: Uint8Array, start: number, end: number): void {
        faultPoint('write', this.shownPath);
        const length = end - start;
        if (this.used + length > this.buffer.length) {
            this.flush();
            if (length > this.buffer.length) {
                about(this.shownPath, () => {
                    for (let at = start; at < end;) at += writeSync(this.descriptor!, bytes, at, end - at);
                });
                return;
            }
        }
        this.buffer.set(bytes.subarray(start, end), this.used);
        this.used += length;
    }

    private flush(): void {
        if (this.used === 0 || this.descriptor === undefined) return;
        about(this.shownPath, () => {
            let written = 0;
            while (written < this.used) written += writeSync(this.descriptor!, this.buffer, written, this.used - written);
        });
        this.used = 0;
    }

    /** Writes what is left and closes the file: it is complete on disk. */
    close(): void {
        this.flush();
        const descriptor = this.descriptor!;
        this.descriptor = undefined;
        about(this.shownPath, () => closeSync(descriptor));
        faultPoint('stage', this.shownPath);
    }

    /** Closes without caring what is left: the file is about to be removed. */
    drop(): void {
        if (this.descriptor !== undefined) {
            try {
                closeSync(this.descriptor);
            } catch {
                // already failed: the file is removed all the same
            }
            this.descriptor = undefined;
        }
        this.used = 0;
    }
}
