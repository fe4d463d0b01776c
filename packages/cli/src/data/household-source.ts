/**
 * Where households come from: a CSV file, an Excel workbook (.xlsx), a JSON array or NDJSON (one
 * JSON object per line). Every source gives the same thing — a header, then records of text
 * fields — so that row coercion, rejects and explanations are the same whatever the format.
 *
 * A run reads each source once, front to back, and then reads again only the graduation candidates,
 * to explain them (`recall`). CSV and NDJSON can be read again at a byte offset, so nothing is kept;
 * Excel and JSON keep the fields of the records they are asked to `keep`.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { CsvSource } from './csv-source.js';
import { JsonSource, NdjsonSource } from './json-sources.js';
import type { CsvDelimiter } from './read-csv.js';
import type { EncodingNotice } from './text-encoding.js';
import { XlsxSource } from './xlsx-source.js';

/** Merged cells that gave households' rows their value (`example`: one of them, `B2:B40`), or hidden rows read. */
export type SheetNotice = { kind: 'merged-cells'; merges: number; example: string } | { kind: 'hidden-rows'; rows: number };

export type SourceKind = 'csv' | 'xlsx' | 'json' | 'ndjson';

export interface SourceRecord {
    /** Where the record is, for rejects: the line (CSV, NDJSON), the sheet row (Excel), or the position in the array (JSON, 1 = first). */
    row: number;
    fields: string[];
    /** How the source finds the record again (a byte offset, or an index). */
    position: number;
    /**
     * The record could not be read at all: NDJSON, a line that is not a JSON object; CSV and
     * NDJSON, a record longer than 1 MB (`fields` then holds its first characters only).
     */
    unreadable?: UnreadableRecord;
}

export type UnreadableRecord = 'not-json' | 'not-an-object' | 'too-long';

export interface SourceOptions {
    delimiter?: CsvDelimiter;
    /** Excel: the sheet to read (default: the first). */
    sheet?: string;
    /** Told, once a read, when a text file is read as Windows-1252 or holds bytes that are not UTF-8. */
    onEncodingNotice?: (notice: EncodingNotice) => void;
    /** Told, at the end of a read, what a workbook's sheet holds that its cells alone do not show. */
    onSheetNotice?: (notice: SheetNotice) => void;
}

/** Why a source cannot be read at all; the run stops before any row. */
export type SourceProblem =
    | { problem: 'unsupported' }
    | { problem: 'option-not-for-format'; option: '--sheet' | '--delimiter' }
    | { problem: 'no-such-sheet'; sheet: string; sheets: string[] }
    | { problem: 'not-a-table'; detail: string }
    /** The first record, the header, is longer than a record may be (1 MB): not a table of households. */
    | { problem: 'header-too-long' };

/**
 * Told the record that may be the header, with its row: the first one, then — while the answer is
 * 'not-header' — each next one (an office's export often has a title above its table; the records
 * passed over are not handed to `onRecord`). true reads on, false stops. Sources whose fields are
 * named (JSON, NDJSON) have no title: for them 'not-header' stops as false does.
 */
export type OnHeader = (headers: string[], row: number) => boolean | 'not-header';

/** For reading a source again: the header is where the last read found it (`headerRow`). */
export function headerAt(row: number | undefined): OnHeader {
    return (_headers, at) => (row === undefined || at >= row ? true : 'not-header');
}

export interface HouseholdSource {
    readonly kind: SourceKind;
    /**
     * Reads the header (`onHeader`), then every record (`onRecord`: false stops). Returns a problem
     * that stops the run, 'empty' for a file without a header, or undefined. A source may be read
     * more than once (`kaidah diff` reads it once for each side).
     */
    read(
        onHeader: OnHeader,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined>;
    /** The row the last read took for the header (a title may stand above it); undefined before a read finds one. */
    readonly headerRow: number | undefined;
    /** A workbook's sheets besides the one the last read took: the table may be on one of them. */
    readonly otherSheets?: readonly string[];
    /** Marks a record to be recalled later; sources that can seek need nothing. */
    keep(record: SourceRecord): void;
    /** The fields of records read before, by their positions, in increasing order of position. */
    recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void>;
}

/** The kind of a data file, from its name (and, for `.json`, its first character). */
function sourceKindOf(filePath: string): SourceKind | undefined {
    const extension = path.extname(filePath).toLowerCase();
    switch (extension) {
        case '.csv':
        case '.txt':
        case '.tsv':
            return 'csv';
        case '.xlsx':
            return 'xlsx';
        case '.ndjson':
        case '.jsonl':
            return 'ndjson';
        case '.json': {
            const first = firstCharacter(filePath);
            return first === '[' || first === '' ? 'json' : 'ndjson';
        }
        default:
            return undefined;
    }
}

/** The first character of a text file that is not white space ('' for none in its first 4 KiB). */
function firstCharacter(filePath: string): string {
    const buffer = Buffer.alloc(4096);
    const descriptor = openSync(filePath, 'r');
    try {
        const length = readSync(descriptor, buffer, 0, buffer.length, 0);
        return buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '').trimStart().charAt(0);
    } finally {
        closeSync(descriptor);
    }
}

export function openHouseholdSource(filePath: string, options: SourceOptions): HouseholdSource | SourceProblem {
    const kind = sourceKindOf(filePath);
    if (kind === undefined) return { problem: 'unsupported' };
    if (options.sheet !== undefined && kind !== 'xlsx') return { problem: 'option-not-for-format', option: '--sheet' };
    if (options.delimiter !== undefined && kind !== 'csv') return { problem: 'option-not-for-format', option: '--delimiter' };
    switch (kind) {
        case 'csv':
            return new CsvSource(filePath, options.delimiter, options.onEncodingNotice);
        case 'ndjson':
            return new NdjsonSource(filePath, options.onEncodingNotice);
        case 'json':
            return new JsonSource(filePath, options.onEncodingNotice);
        case 'xlsx':
            return new XlsxSource(filePath, options.sheet, options.onSheetNotice);
    }
}
