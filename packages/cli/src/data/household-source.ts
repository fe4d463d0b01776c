/**
 * Where households come from: a CSV file, an Excel workbook (.xlsx), a JSON array or NDJSON (one
 * JSON object per line). Every source gives the same thing — a header, then records of text
 * fields — so that row coercion, rejects and explanations are the same whatever the format.
 *
 * A run reads each source once, front to back, and then reads again only the graduation candidates,
 * to explain them (`recall`). CSV and NDJSON can be read again at a byte offset, so nothing is kept;
 * Excel and JSON keep the fields of the records they are asked to `keep`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { cellText } from './cell-text.js';
import { readCsvFile, readCsvRecordsAt, readFileInPieces, readRecordsAt, type CsvDelimiter } from './read-csv.js';

export type SourceKind = 'csv' | 'xlsx' | 'json' | 'ndjson';

export interface SourceRecord {
    /** Where the record is, for rejects: the line (CSV, NDJSON), the sheet row (Excel), or the position in the array (JSON, 1 = first). */
    row: number;
    fields: string[];
    /** How the source finds the record again (a byte offset, or an index). */
    position: number;
    /** The record could not be read at all (NDJSON: a line that is not a JSON object). */
    unreadable?: 'not-json' | 'not-an-object';
}

export interface SourceOptions {
    delimiter?: CsvDelimiter;
    /** Excel: the sheet to read (default: the first). */
    sheet?: string;
}

/** Why a source cannot be read at all; the run stops before any row. */
export type SourceProblem =
    | { problem: 'unsupported' }
    | { problem: 'option-not-for-format'; option: '--sheet' | '--delimiter' }
    | { problem: 'no-such-sheet'; sheet: string; sheets: string[] }
    | { problem: 'not-a-table'; detail: string };

export interface HouseholdSource {
    readonly kind: SourceKind;
    /**
     * Reads the header (`onHeader`: false stops there), then every record (`onRecord`: false stops).
     * Returns a problem that stops the run, 'empty' for a file without a header, or undefined.
     */
    read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined>;
    /** Marks a record to be recalled later; sources that can seek need nothing. */
    keep(record: SourceRecord): void;
    /** The fields of records read before, by their positions, in increasing order of position. */
    recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void>;
}

/** The kind of a data file, from its name (and, for `.json`, its first character). */
export function sourceKindOf(filePath: string): SourceKind | undefined {
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
        case '.json':
            return firstCharacter(filePath) === '[' || firstCharacter(filePath) === '' ? 'json' : 'ndjson';
        default:
            return undefined;
    }
}

function firstCharacter(filePath: string): string {
    const head = readFileSync(filePath, { encoding: 'utf8', flag: 'r' }).slice(0, 4096);
    return head.replace(/^\uFEFF/, '').trimStart().charAt(0);
}

export function openHouseholdSource(filePath: string, options: SourceOptions): HouseholdSource | SourceProblem {
    const kind = sourceKindOf(filePath);
    if (kind === undefined) return { problem: 'unsupported' };
    if (options.sheet !== undefined && kind !== 'xlsx') return { problem: 'option-not-for-format', option: '--sheet' };
    if (options.delimiter !== undefined && kind !== 'csv') return { problem: 'option-not-for-format', option: '--delimiter' };
    switch (kind) {
        case 'csv':
            return new CsvSource(filePath, options.delimiter);
        case 'ndjson':
            return new NdjsonSource(filePath);
        case 'json':
            return new JsonSource(filePath);
        case 'xlsx':
            return new XlsxSource(filePath, options.sheet);
    }
}

// ---------------------------------------------------------------------------------------------

class CsvSource implements HouseholdSource {
    readonly kind = 'csv';
    private delimiter: CsvDelimiter | undefined;

    constructor(private readonly filePath: string, delimiter: CsvDelimiter | undefined) {
        this.delimiter = delimiter;
    }

    /** Records are handed over in one object, filled again for each: a reader keeps its fields, never the object. */
    async read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<'empty' | undefined> {
        let header = true;
        let seen = false;
        const record: SourceRecord = { row: 0, fields: [], position: 0 };
        await readCsvFile(this.filePath, (csv) => {
            seen = true;
            if (header) {
                header = false;
                return onHeader(csv.fields);
            }
            record.row = csv.line;
            record.fields = csv.fields;
            record.position = csv.offset;
            return onRecord(record);
        }, {
            ...(this.delimiter === undefined ? {} : { delimiter: this.delimiter }),
            onDelimiter: (delimiter: CsvDelimiter) => {
                this.delimiter = delimiter;
            },
            ...(onProgress === undefined ? {} : { onProgress }),
        });
        return seen ? undefined : 'empty';
    }

    keep(): void {}

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        if (positions.length === 0) return;
        readCsvRecordsAt(this.filePath, this.delimiter ?? ',', positions, onRecord);
    }
}

/** A JSON object's fields, in the order of the header; nested values as JSON text. */
function fieldsOf(object: Record<string, unknown>, headers: string[]): string[] {
    const fields = new Array<string>(headers.length);
    for (let i = 0; i < headers.length; i++) fields[i] = cellText(object[headers[i]!], { exactDigits: true });
    return fields;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One JSON object per line. The header is the keys of the first object; later objects are read by
 * those keys (others are ignored). A line that is not a JSON object is a rejected row.
 */
class NdjsonSource implements HouseholdSource {
    readonly kind = 'ndjson';
    private headers: string[] = [];

    constructor(private readonly filePath: string) {}

    async read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<'empty' | undefined> {
        let line = 0;
        let started = false;
        let stop = false;
        await readFileInPieces(this.filePath, (text, last, byteOffset) => {
            let position = 0;
            while (position < text.length && !stop) {
                let newline = text.indexOf('\n', position);
                if (newline < 0) newline = text.length;
                line++;
                const start = position;
                const content = text.slice(start, newline).trim();
                position = newline + 1;
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
                        if (!onHeader([])) return -1;
                    } else {
                        this.headers = Object.keys(parsed as object);
                        started = true;
                        if (!onHeader(this.headers)) return -1;
                    }
                }
                const record: SourceRecord = unreadable === undefined
                    ? { row: line, fields: fieldsOf(parsed as Record<string, unknown>, this.headers), position: byteOffset(start) }
                    : { row: line, fields: [content], position: byteOffset(start), unreadable };
                if (onRecord(record) === false) stop = true;
            }
            return stop ? -1 : last ? text.length : Math.min(position, text.length);
        }, onProgress);
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
        }, onRecord);
    }
}

/** Keeps the fields of the records it is asked to keep, for sources that cannot seek. */
class KeptRecords {
    private readonly kept = new Map<number, string[]>();
    keep(record: SourceRecord): void {
        this.kept.set(record.position, record.fields);
    }
    recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): void {
        for (let i = 0; i < positions.length; i++) {
            const fields = this.kept.get(positions[i]!);
            if (fields === undefined) throw new Error(`Record ${positions[i]} was not kept`);
            onRecord(i, fields);
        }
        this.kept.clear();
    }
}

/**
 * A JSON array of objects (or an object holding one such array, `{"households": [...]}`). The header
 * is every key met, in order of first appearance. The whole file is read at once: for very large
 * caseloads, write NDJSON.
 */
class JsonSource implements HouseholdSource {
    readonly kind = 'json';
    private readonly kept = new KeptRecords();

    constructor(private readonly filePath: string) {}

    async read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined> {
        const text = readFileSync(this.filePath, 'utf8').replace(/^\uFEFF/, '');
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
        if (!onHeader(headers)) return undefined;
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

/**
 * An Excel workbook, read as a stream (a workbook of a million rows does not fit in memory as a
 * whole). The first sheet, or the one named with `--sheet` (case and spaces ignored). The first
 * non-empty row is the header; rows are numbered as Excel numbers them.
 */
class XlsxSource implements HouseholdSource {
    readonly kind = 'xlsx';
    private readonly kept = new KeptRecords();

    constructor(private readonly filePath: string, private readonly sheet: string | undefined) {}

    async read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined> {
        // loaded only for workbooks: it takes most of a second to load
        const excel = (await import('exceljs')).default;
        let reader: ExcelJS.stream.xlsx.WorkbookReader;
        try {
            reader = new excel.stream.xlsx.WorkbookReader(this.filePath, {
                sharedStrings: 'cache',
                styles: 'cache',
                hyperlinks: 'ignore',
                worksheets: 'emit',
                entries: 'ignore',
            });
        } catch (error) {
            return { problem: 'not-a-table', detail: error instanceof Error ? error.message : String(error) };
        }
        const wanted = this.sheet === undefined ? undefined : normaliseSheetName(this.sheet);
        const sheetNames: string[] = [];
        let found = false;
        let header: string[] | undefined;
        let stop = false;
        let rows = 0;
        try {
            for await (const worksheet of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader & { name?: string; id?: number | string }>) {
                const workbookSheets = (reader as unknown as { model?: { sheets?: { name: string; id: number }[] } }).model?.sheets;
                const name = worksheet.name ?? `Sheet${String(worksheet.id ?? sheetNames.length + 1)}`;
                sheetNames.push(name);
                const first = workbookSheets?.[0]?.name;
                const isWanted = !found && !stop && (wanted !== undefined
                    ? normaliseSheetName(name) === wanted
                    : first === undefined || first === name);
                for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
                    if (!isWanted || stop) continue; // the rest of the sheet must still be read through
                    const fields = rowFields(row);
                    if (fields.every((f) => f.trim() === '')) continue;
                    if (header === undefined) {
                        header = fields;
                        if (!onHeader(fields)) stop = true;
                        continue;
                    }
                    // pad to the header: Excel leaves trailing empty cells out
                    while (fields.length < header.length) fields.push('');
                    if (onRecord({ row: row.number, fields, position: row.number }) === false) stop = true;
                    if (++rows % 4096 === 0) onProgress?.(rows, 0);
                }
                if (isWanted) found = true;
            }
        } catch (error) {
            return { problem: 'not-a-table', detail: error instanceof Error ? error.message : String(error) };
        }
        if (!found) {
            if (wanted === undefined && sheetNames.length === 0) return 'empty';
            return { problem: 'no-such-sheet', sheet: this.sheet ?? '', sheets: sheetNames };
        }
        return header === undefined ? 'empty' : undefined;
    }

    keep(record: SourceRecord): void {
        this.kept.keep(record);
    }

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        this.kept.recall(positions, onRecord);
    }
}

function normaliseSheetName(name: string): string {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A row's cells as text, column A first; a cell formatted as a percentage gives `85%`. */
function rowFields(row: ExcelJS.Row): string[] {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
        while (fields.length < column - 1) fields.push('');
        const numberFormat = typeof cell.numFmt === 'string' ? cell.numFmt : '';
        fields[column - 1] = cellText(cell.value, { percent: typeof cell.value === 'number' && numberFormat.includes('%') });
    });
    return fields;
}
