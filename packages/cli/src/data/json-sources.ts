/** Households as JSON: one object per line (NDJSON), or an array of objects. */
import { readFileSync } from 'node:fs';
import { cellText } from './cell-text.js';
import type { HouseholdSource, OnHeader, SourceProblem, SourceRecord } from './household-source.js';
import { KeptRecords } from './kept-records.js';
import { MAX_RECORD_CHARS } from './read-csv.js';
import { readFileInPieces, readRecordsAt } from './read-text-file.js';
import { TextDecoding, type EncodingNotice } from './text-encoding.js';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A JSON object's fields, in the order of the header; nested values as JSON text. Own properties
 * only: a household without a `constructor` or `toString` field has an empty cell there, not the
 * function every object inherits.
 */
function fieldsOf(object: Record<string, unknown>, headers: string[]): string[] {
    const fields = new Array<string>(headers.length);
    for (let i = 0; i < headers.length; i++) {
        const key = headers[i]!;
        fields[i] = hasOwn.call(object, key) ? cellText(object[key], { exactDigits: true }) : '';
    }
    return fields;
}

/** The first characters of a record too long to read, enough to find it in the file. */
const PREVIEW_CHARS = 200;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One JSON object per line. The header is the keys of the first object; later objects are read by
 * those keys (others are ignored). A line that is not a JSON object, or is longer than a record may
 * be (`MAX_RECORD_CHARS`), is a rejected row.
 */
export class NdjsonSource implements HouseholdSource {
    readonly kind = 'ndjson';
    headerRow: number | undefined;
    private headers: string[] = [];
    /** The encoding decided by the last read, to read records again the same way. */
    private decoding = new TextDecoding();

    constructor(private readonly filePath: string, private readonly onEncodingNotice?: (notice: EncodingNotice) => void) {}

    async read(
        onHeader: OnHeader,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<'empty' | { problem: 'header-too-long' } | undefined> {
        let line = 0;
        let started = false;
        let stop = false;
        let headerTooLong = false;
        /** Inside a line too long to read, already rejected: everything up to its end is skipped. */
        let skipping = false;
        this.decoding = new TextDecoding(this.onEncodingNotice);
        const tooLong = (start: number, text: string, byteOffset: (index: number) => number): void => {
            if (!started) {
                headerTooLong = true;
                stop = true;
                return;
            }
            const record: SourceRecord = { row: line, fields: [text.slice(start, start + PREVIEW_CHARS)], position: byteOffset(start), unreadable: 'too-long' };
            if (onRecord(record) === false) stop = true;
        };
        await readFileInPieces(this.filePath, (text, last, byteOffset) => {
            let position = 0;
            if (skipping) {
                const end = text.indexOf('\n');
                if (end < 0) return text.length;
                skipping = false;
                position = end + 1;
            }
            while (position < text.length && !stop) {
                let newline = text.indexOf('\n', position);
                if (newline < 0 && !last) {
                    // a line longer than the piece: wait for the rest, unless it is already too long
                    if (text.length - position <= MAX_RECORD_CHARS) return position;
                    line++;
                    tooLong(position, text, byteOffset);
                    skipping = true;
                    return stop ? -1 : text.length;
                }
                if (newline < 0) newline = text.length;
                line++;
                const start = position;
                position = newline + 1;
                if (newline - start > MAX_RECORD_CHARS) {
                    tooLong(start, text, byteOffset);
                    continue;
                }
                const content = text.slice(start, newline).trim();
                if (content === '') continue;
                let parsed: unknown;
                let unreadable: SourceRecord['unreadable'];
                try {
                    parsed = JSON.parse(content);
                    if (!isObject(parsed)) unreadable = 'not-an-object';
                } catch {
                    unreadable = 'not-json';
                }
                if (!started) {
                    if (unreadable !== undefined) {
                        // no header to read the first line by: it is a row of its own, unreadable
                        this.headers = [];
                        started = true;
                        if (onHeader([], line) !== true) return -1;
                        this.headerRow = line;
                    } else {
                        this.headers = Object.keys(parsed as object);
                        started = true;
                        if (onHeader(this.headers, line) !== true) return -1;
                        this.headerRow = line;
                    }
                }
                const record: SourceRecord = unreadable === undefined
                    ? { row: line, fields: fieldsOf(parsed as Record<string, unknown>, this.headers), position: byteOffset(start) }
                    : { row: line, fields: [content], position: byteOffset(start), unreadable };
                if (onRecord(record) === false) stop = true;
            }
            return stop ? -1 : last ? text.length : Math.min(position, text.length);
        }, onProgress, this.decoding);
        if (headerTooLong) return { problem: 'header-too-long' };
        return started ? undefined : 'empty';
    }

    keep(): void {}

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        if (positions.length === 0) return;
        readRecordsAt(this.filePath, positions, (text, start, last) => {
            let newline = text.indexOf('\n', start);
            if (newline < 0) {
                if (!last) return undefined;
                newline = text.length;
            }
            return fieldsOf(JSON.parse(text.slice(start, newline)) as Record<string, unknown>, this.headers);
        }, onRecord, this.decoding);
    }
}

/**
 * A JSON array of objects (or an object holding one such array, `{"households": [...]}`). The header
 * is every key met, in order of first appearance. The whole file is read at once: for very large
 * caseloads, write NDJSON.
 */
export class JsonSource implements HouseholdSource {
    readonly kind = 'json';
    headerRow: number | undefined;
    private readonly kept = new KeptRecords();

    constructor(private readonly filePath: string, private readonly onEncodingNotice?: (notice: EncodingNotice) => void) {}

    async read(
        onHeader: OnHeader,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined> {
        const text = new TextDecoding(this.onEncodingNotice).decode(readFileSync(this.filePath)).replace(/^\uFEFF/, '');
        if (text.trim() === '') return 'empty';
        let parsed: unknown;
        try {
            parsed = JSON.parse(text);
        } catch (error) {
            return { problem: 'not-a-table', detail: error instanceof Error ? error.message : String(error) };
        }
        if (isObject(parsed)) {
            const arrays = Object.values(parsed).filter(Array.isArray);
            if (arrays.length === 1) parsed = arrays[0];
        }
        if (!Array.isArray(parsed)) return { problem: 'not-a-table', detail: 'not an array of households' };
        const headers: string[] = [];
        const known = new Set<string>();
        for (const item of parsed) {
            if (!isObject(item)) continue;
            for (const key of Object.keys(item)) {
                if (!known.has(key)) {
                    known.add(key);
                    headers.push(key);
                }
            }
        }
        if (onHeader(headers, 1) !== true) return undefined;
        this.headerRow = 1;
        for (let i = 0; i < parsed.length; i++) {
            const item: unknown = parsed[i];
            const record: SourceRecord = isObject(item)
                ? { row: i + 1, fields: fieldsOf(item, headers), position: i }
                : { row: i + 1, fields: [JSON.stringify(item) ?? ''], position: i, unreadable: 'not-an-object' };
            if (onRecord(record) === false) break;
            if (i % 4096 === 0) onProgress?.(i, parsed.length);
        }
        onProgress?.(parsed.length, parsed.length);
        return undefined;
    }

    keep(record: SourceRecord): void {
        this.kept.keep(record);
    }

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        this.kept.recall(positions, onRecord);
    }
}
