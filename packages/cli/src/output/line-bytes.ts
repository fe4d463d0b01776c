/**
 * Lines encoded to UTF-8 as they are made, into memory of their own (not a slice of Node's pool) so
 * that it can move to another thread: what a thread that makes decision lines hands over.
 */
export class LineBytes {
    private buffer = Buffer.from(new ArrayBuffer(0));
    private used = 0;

    /** The bytes so far. */
    get length(): number {
        return this.used;
    }

    add(line: string): void {
        // a UTF-16 code unit takes at most 3 bytes of UTF-8
        if (this.used + 3 * line.length > this.buffer.length) {
            const buffer = Buffer.from(new ArrayBuffer(Math.max(2 * this.buffer.length, this.used + 3 * line.length, 64 << 10)));
            this.buffer.copy(buffer, 0, 0, this.used);
            this.buffer = buffer;
        }
        this.used += this.buffer.write(line, this.used);
    }

    /** The bytes made, to move; the maker starts again empty. */
    take(): Uint8Array {
        const bytes = this.used === 0 ? new Uint8Array(0) : new Uint8Array(this.buffer.buffer, 0, this.used);
        this.buffer = Buffer.from(new ArrayBuffer(0));
        this.used = 0;
        return bytes;
    }
}
