/**
 * The two ways a data file is read as text: front to back in large pieces of whole lines (the
 * first pass of a run), and again at the byte offsets of chosen records (the candidates, to explain
 * them), without keeping anything in between. UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the file shows it is (text-encoding.ts).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoding } from './text-encoding.js';

const CHUNK_BYTES = 1 << 20;
const LF = 10;

/**
 * A line longer than this is handed over in pieces that do not end on a line break, so that the
 * reader, not this function, decides what to do with it (reject it and skip to its end): a 200 MB
 * line is never held whole.
 */
export const LONG_LINE_BYTES = 2 * CHUNK_BYTES;

/**
 * Reads a text file in chunks of whole lines, without its byte-order mark. `onPiece` gets each
 * piece of text (ending just after a line break, or at the end of the file: `last`; or, inside a
 * line longer than `LONG_LINE_BYTES`, anywhere between two characters), with a function giving the
 * file's byte offset of the start of a line of the piece, or of its end (asked for in increasing
 * order). It returns how many characters it used — the rest is given again at the start of the
 * next piece — or -1 to stop. `start`: the byte offset of a line start to read from (a range of the
 * file, read by a worker thread of the caseload evaluation).
 */
export async function readFileInPieces(
    filePath: string,
    onPiece: (text: string, last: boolean, byteOffset: (index: number) => number) => number,
    onProgress?: (bytesRead: number, fileBytes: number) => void,
    decoding: TextDecoding = new TextDecoding(),
    start = 0,
): Promise<void> {
    const handle = await open(filePath, 'r');
    try {
        const fileBytes = (await handle.stat()).size;
        let pending: Buffer = Buffer.alloc(0);
        let pendingOffset = start; // file offset of pending[0]
        let fileOffset = start;
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, fileOffset);
            fileOffset += bytesRead;
            const last = bytesRead === 0;
            let data = pending.length === 0 ? chunk.subarray(0, bytesRead) : Buffer.concat([pending, chunk.subarray(0, bytesRead)]);
            let dataOffset = pendingOffset;
            if (dataOffset === 0 && data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
                data = data.subarray(3); // byte-order mark
                dataOffset = 3;
            }
            let cut = last ? data.length : data.lastIndexOf(LF) + 1;
            if (cut === 0 && last) return;
            if (cut === 0 && data.length >= LONG_LINE_BYTES) cut = afterLastAscii(data);
            if (cut === 0) {
                // no line break in all of it yet: a long line
                pending = Buffer.from(data);
                pendingOffset = dataOffset;
                continue;
            }
            const bytes = data.subarray(0, cut);
            const text = decoding.decode(bytes);
            const byteOffset = byteOffsets(text, bytes, dataOffset, decoding);
            const used = onPiece(text, last, byteOffset);
            if (used < 0) return;
            onProgress?.(Math.min(fileOffset, fileBytes), fileBytes);
            if (last) return;
            const usedBytes = byteOffset(used) - dataOffset;
            pending = Buffer.from(data.subarray(usedBytes)); // a copy: the chunk buffer is read into again
            pendingOffset = dataOffset + usedBytes;
        }
    } finally {
        await handle.close();
    }
}

/** Where to cut inside a long line without splitting a character: after its last ASCII byte. */
function afterLastAscii(data: Buffer): number {
    let cut = data.length;
    while (cut > 0 && data[cut - 1]! >= 0x80) cut--;
    return cut === 0 ? data.length : cut;
}

/**
 * The byte offset in the file of a line start (or the end) of `text`, decoded from `bytes` starting
 * at file offset `base`. Plain ASCII and Windows-1252 have one byte a character; valid UTF-8 is
 * measured as it goes, which is quick because offsets are asked for in increasing order. Text with
 * bytes that were not UTF-8 (each became one U+FFFD, whatever its length) is measured by lines:
 * the n-th line break of the text is the n-th line-break byte.
 */
function byteOffsets(text: string, bytes: Buffer, base: number, decoding: TextDecoding): (index: number) => number {
    if (decoding.isByteForByte(text, bytes)) return (index) => base + index;
    if (text.indexOf('\uFFFD') >= 0) return lineByteOffsets(text, bytes, base);
    let lastIndex = 0;
    let lastBytes = 0;
    return (index) => {
        if (index < lastIndex) {
            lastIndex = 0;
            lastBytes = 0;
        }
        lastBytes += Buffer.byteLength(text.slice(lastIndex, index), 'utf8');
        lastIndex = index;
        return base + lastBytes;
    };
}

function lineByteOffsets(text: string, bytes: Buffer, base: number): (index: number) => number {
    let lastIndex = 0;
    let lastByte = 0;
    return (index) => {
        if (index >= text.length) return base + bytes.length;
        if (index < lastIndex) {
            lastIndex = 0;
            lastByte = 0;
        }
        for (let i = text.indexOf('\n', lastIndex); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            lastByte = bytes.indexOf(LF, lastByte) + 1;
            lastIndex = i + 1;
        }
        return base + lastByte + (index - lastIndex); // index is a line start: nothing between
    };
}

/**
 * Reads again the records of a text file that start at the given byte offsets (in increasing
 * order). `parseOne(text, start, last)` reads the record at character `start` of `text`, or returns
 * undefined when the record runs past the end of `text` (unless `last`: the end of the file).
 */
export function readRecordsAt<T>(
    filePath: string,
    offsets: ArrayLike<number>,
    parseOne: (text: string, start: number, last: boolean) => T | undefined,
    onRecord: (index: number, record: T) => void,
    decoding: TextDecoding = new TextDecoding(),
): void {
    const descriptor = openSync(filePath, 'r');
    try {
        const fileBytes = fstatSync(descriptor).size;
        let window = Buffer.alloc(0);
        let windowStart = 0;
        let text = '';
        let ascii = true;
        // for text that is not plain ASCII: the last offset asked for, in bytes and characters
        let knownByte = 0;
        let knownChar = 0;
        const load = (from: number, bytes: number) => {
            const size = Math.min(bytes, fileBytes - from);
            const buffer = Buffer.allocUnsafe(size);
            const read = readSync(descriptor, buffer, 0, size, from);
            const cut = from + read >= fileBytes ? read : buffer.subarray(0, read).lastIndexOf(LF) + 1;
            window = buffer.subarray(0, cut);
            windowStart = from;
            text = decoding.decodeAgain(window);
            ascii = decoding.isByteForByte(text, window);
            knownByte = 0;
            knownChar = 0;
        };
        // offsets are line starts, so each stretch decodes as it did within the whole (even bytes that are not UTF-8)
        const characterAt = (byte: number) => {
            if (ascii) return byte;
            if (byte < knownByte) {
                knownByte = 0;
                knownChar = 0;
            }
            knownChar += window.toString('utf8', knownByte, byte).length;
            knownByte = byte;
            return knownChar;
        };
        for (let i = 0; i < offsets.length; i++) {
            const offset = offsets[i]!;
            let size = CHUNK_BYTES * 4;
            for (;;) {
                if (offset < windowStart || offset >= windowStart + window.length) load(offset, size);
                const atEnd = windowStart + window.length >= fileBytes;
                const record = parseOne(text, characterAt(offset - windowStart), atEnd);
                if (record !== undefined) {
                    onRecord(i, record);
                    break;
                }
                if (atEnd) throw new Error(`No whole record starts at byte ${offset} of ${filePath}`);
                // the record runs past the window: read a larger one from the record's start
                size *= 2;
                load(offset, size);
            }
        }
    } finally {
        closeSync(descriptor);
    }
}
