/**
 * Reading CSV as officers export it: comma, semicolon (Indonesian Excel, whose decimal mark is a
 * comma) or tab separated; UTF-8 with or without a byte-order mark; `\n` or `\r\n` line endings;
 * quoted fields that hold separators, quotes (`""`) and line breaks.
 *
 * The reader is written for whole caseloads (ten million rows): the file is read in 1 MiB chunks,
 * each chunk is decoded once, and a line without a quote — nearly every line — is split with one
 * native `split`. Only lines with a quote take the careful path, character by character. Every
 * record carries the line it starts on (for rejects) and its byte offset in the file, so that a
 * record can be read again later without keeping it (`readCsvRecordsAt`).
 *
 * Lenient where spreadsheets are sloppy, as csv-parse with `relax_quotes` is: a quote inside an
 * unquoted field is kept as text (`=HYPERLINK("x")`), and text after a closing quote is kept too.
 * Rows of only separators (Excel adds `;;;;` rows below a table) are skipped like empty lines. An
 * opening quote that is never closed cannot be read around: the reader stops there, unless the
 * record is already past `MAX_RECORD_CHARS`, which bounds what one record may hold: such a record
 * is handed over as too long, and reading goes on after it.
 */
import { OverlongRecord } from './csv-overlong-record.js';
import { readFileInPieces, readRecordsAt } from './read-text-file.js';
import type { TextDecoding } from './text-encoding.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
    /** 1-based line number where the record starts (the header is line 1 in most files). */
    line: number;
    fields: string[];
    /** Byte offset in the file where the record starts. */
    offset: number;
    /** Longer than `MAX_RECORD_CHARS`: not read; `fields` holds its first characters only. */
    tooLong: boolean;
}

/** The file cannot be read as CSV from some line on (an unclosed quote, say); the run must stop there. */
export class MalformedCsvError extends Error {
    constructor(readonly filePath: string, readonly line: number, readonly detail: string) {
        super(`${filePath}:${line}: ${detail}`);
    }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The lines looked at for a separator: a title above the table (an office's export) may have none. */
const SEPARATOR_SEARCH_LINES = 20;

/**
 * The separator of the first line at the start of `text` that has one, counting separators outside
 * quotes: Indonesian Excel writes `;`, most other exports `,`, some `\t`. That line is the header,
 * or a title above it that Excel padded to the table's width (`DATA KPM PKH;;;;`); a title without
 * any separator is passed over. With no separator in the first lines, `,`.
 */
export function delimiterOfHeader(text: string): CsvDelimiter {
    let counts = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    let lines = 0;
    for (const character of text) {
        if (character === '"') quoted = !quoted;
        else if (!quoted && character === '\n') {
            if (counts[','] + counts[';'] + counts['\t'] > 0 || ++lines >= SEPARATOR_SEARCH_LINES) break;
            counts = { ',': 0, ';': 0, '\t': 0 };
        } else if (!quoted && character in counts) counts[character as CsvDelimiter]++;
    }
    if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
    if (counts['\t'] > counts[',']) return '\t';
    return ',';
}

/** True for a record whose every field is empty or blank: an empty line, or Excel's `;;;;`. */
function isBlank(fields: string[]): boolean {
    for (let i = 0; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
    return true;
}

/**
 * The longest record read, in characters: a household's row is a few hundred. A longer one (a quote
 * closed megabytes later, a 200 MB line) is rejected whole and walked past without being kept, and
 * reading goes on with the next record.
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** How a parser hands over a record too long to read: where it starts, and its first characters. */
export type OnOverlongRecord = (line: number, start: number, preview: string) => boolean | void;

/** The first characters of an over-long record, enough to find it in the file, on one line. */
function preview(text: string, start: number): string {
    return text.slice(start, start + 200).replace(LINE_BREAKS, '↵');
}

const LINE_BREAKS = /\r?\n/g;

/**
 * Parses the records of decoded text. One parser reads one file from its start; `parse` is given
 * the file's text piece by piece, each piece ending just after a line break (or at the end of the
 * file, or inside a line too long to wait for), and returns how many characters it used: a record
 * that runs past the piece is left for the next one.
 */
export class CsvParser {
    /** The line the next record starts on. */
    line = 1;
    private readonly delimiterCode: number;
    /** The record being walked past, when one was too long (it may span pieces). */
    private overlong: OverlongRecord | undefined;

    constructor(readonly delimiter: CsvDelimiter) {
        this.delimiterCode = delimiter.charCodeAt(0);
    }

    /**
     * Calls `onRecord(fields, line, start)` for each record of `text`, `start` being the character
     * index where it begins, and `onOverlong` for each record longer than `MAX_RECORD_CHARS`. `last`:
     * this is the end of the file. Returns the index of the first character not used (text.length
     * unless a record runs past the end). Either callback returns false to stop: then parse returns -1.
     */
    parse(
        text: string,
        last: boolean,
        onRecord: (fields: string[], line: number, start: number) => boolean | void,
        onOverlong: OnOverlongRecord,
    ): number {
        const delimiter = this.delimiter;
        const length = text.length;
        let position = 0;
        if (this.overlong !== undefined) {
            position = this.walkOverlong(text, 0);
            if (position < 0) return length;
        }
        let nextQuote = -2; // -2: not searched yet; -1: none left in the text
        while (position < length) {
            let newline = text.indexOf('\n', position);
            if (newline < 0 && !last) {
                // a line longer than the piece: wait for the rest, unless it is already too long
                if (length - position <= MAX_RECORD_CHARS) return position;
                if (!this.startOverlong(text, position, onOverlong)) return -1;
                position = this.walkOverlong(text, position);
                if (position < 0) return length;
                continue;
            }
            const lineEnd = newline < 0 ? length : newline;
            if (newline < 0) newline = length;
            if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
            if (nextQuote === -1 || nextQuote >= lineEnd) {
                // the common case: a line without quotes
                const end = lineEnd > position && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
                const start = position;
                if (end - start > MAX_RECORD_CHARS) {
                    if (onOverlong(this.line++, start, preview(text, start)) === false) return -1;
                    position = newline + 1;
                    continue;
                }
                const line = this.line++;
                position = newline + 1;
                if (end === start) continue;
                const fields = text.slice(start, end).split(delimiter);
                const first = fields[0]!;
                if ((first === '' || first.trim() === '') && isBlank(fields)) continue;
                if (onRecord(fields, line, start) === false) return -1;
                continue;
            }
            const record = this.parseQuoted(text, position, last);
            if (record === undefined || record.end - position > MAX_RECORD_CHARS) {
                // runs past this piece: wait for more text, unless it is already too long
                if (record === undefined && length - position <= MAX_RECORD_CHARS) return position;
                if (!this.startOverlong(text, position, onOverlong)) return -1;
                position = this.walkOverlong(text, position);
                if (position < 0) return length;
                continue;
            }
            const start = position;
            const line = this.line;
            this.line += record.lines;
            position = record.end;
            if (isBlank(record.fields)) continue;
            if (onRecord(record.fields, line, start) === false) return -1;
        }
        return length;
    }

    /** Reports the record at `start` as too long and starts walking past it; false to stop. */
    private startOverlong(text: string, start: number, onOverlong: OnOverlongRecord): boolean {
        this.overlong = new OverlongRecord(this.delimiterCode);
        return onOverlong(this.line, start, preview(text, start)) !== false;
    }

    /** Walks the over-long record on from `from`: the index after its end, or -1 at the end of `text`. */
    private walkOverlong(text: string, from: number): number {
        const overlong = this.overlong!;
        const end = overlong.walk(text, from);
        if (end < 0) return -1;
        this.line += overlong.lineBreaks;
        this.overlong = undefined;
        return end;
    }

    /**
     * The one record that starts at `start` (not a blank one), or undefined when its end is not in
     * `text` yet. Looks no further than the record itself.
     */
    parseOne(text: string, start: number, last: boolean): string[] | undefined {
        let newline = text.indexOf('\n', start);
        if (newline < 0) {
            if (!last) return undefined;
            newline = text.length;
        }
        const end = newline > start && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
        const line = text.slice(start, end);
        if (line.indexOf('"') < 0) return line.split(this.delimiter);
        return this.parseQuoted(text, start, last)?.fields;
    }

    /**
     * One record that has a quote somewhere, from `start`. Returns its fields, the index after its
     * line break and the number of lines it spans; undefined when its end is not in `text` yet.
     * A quoted field is cut out in one piece and its `""` replaced at once: building it quote by
     * quote made a rope of millions of pieces out of a field full of `""`.
     */
    private parseQuoted(text: string, start: number, last: boolean): { fields: string[]; end: number; lines: number } | undefined {
        const delimiterCode = this.delimiterCode;
        const length = text.length;
        const fields: string[] = [];
        let lines = 1;
        let i = start;
        for (;;) {
            // one field, starting at i
            let field = '';
            if (text.charCodeAt(i) === QUOTE) {
                const open = i + 1;
                let close = text.indexOf('"', open);
                let escaped = false;
                while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
                    escaped = true;
                    close = text.indexOf('"', close + 2);
                }
                if (close < 0 || (close + 1 === length && !last)) {
                    if (!last) return undefined; // a closing quote at the end of a piece may be the first of `""`
                    throw new UnclosedQuote(this.line);
                }
                field = text.slice(open, close);
                lines += countLineBreaks(field);
                if (escaped) field = field.replace(DOUBLED_QUOTES, '"');
                i = close + 1;
            }
            // the unquoted field, or what follows a closing quote, up to a separator or line break
            let j = i;
            while (j < length) {
                const c = text.charCodeAt(j);
                if (c === delimiterCode || c === LF) break;
                j++;
            }
            if (j === length && !last) return undefined;
            let end = j;
            if (end > i && text.charCodeAt(end - 1) === CR && (j === length || text.charCodeAt(j) === LF)) end--;
            if (end > i) field += text.slice(i, end);
            fields.push(field);
            if (j >= length) return { fields, end: length, lines };
            if (text.charCodeAt(j) === LF) return { fields, end: j + 1, lines };
            i = j + 1; // after the separator
            if (i === length) {
                if (!last) return undefined;
                fields.push('');
                return { fields, end: length, lines };
            }
        }
    }
}

const DOUBLED_QUOTES = /""/g;

class UnclosedQuote extends Error {
    constructor(readonly line: number) {
        super('a quoted field is never closed');
    }
}

function countLineBreaks(text: string): number {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    return count;
}

export interface CsvReadOptions {
    /** The separator; by default it is detected from the header line. */
    delimiter?: CsvDelimiter;
    /** Told the separator in use, once, before the first record. */
    onDelimiter?: (delimiter: CsvDelimiter) => void;
    /** Called with the bytes read so far, after each chunk (for a progress bar). */
    onProgress?: (bytesRead: number, fileBytes: number) => void;
    /** Decides the file's encoding as it is read (and tells the user); keep it to read records again. */
    decoding?: TextDecoding;
    /**
     * Read from this byte offset, a line start, rather than from the start of the file (a range read
     * by a worker thread): lines are then counted from 1 there, and `delimiter` must be given.
     */
    from?: number;
}

/**
 * Reads a CSV file and parses it: `onRecord` gets every record, the header included (a record
 * too long to read is handed over as such: `tooLong`), and returns false to stop early. The record object is the same for every record, filled again each time:
 * keep its fields, or a copy, never the object. Records are handed over as they are parsed and not kept, so that they die
 * young (collecting a chunk's records first makes the garbage collector work several times
 * harder). Throws MalformedCsvError when a quoted field is never closed.
 */
export async function readCsvFile(
    filePath: string,
    onRecord: (record: CsvRecord) => boolean | void,
    options: CsvReadOptions = {},
): Promise<void> {
    let parser: CsvParser | undefined = options.delimiter === undefined ? undefined : new CsvParser(options.delimiter);
    if (parser !== undefined) options.onDelimiter?.(parser.delimiter);
    // one record object, filled again for each record: `onRecord` keeps its fields, never the object
    const record: CsvRecord = { line: 0, fields: [], offset: 0, tooLong: false };
    await readFileInPieces(filePath, (text, last, byteOffset) => {
        if (parser === undefined) {
            parser = new CsvParser(delimiterOfHeader(text));
            options.onDelimiter?.(parser.delimiter);
        }
        try {
            return parser.parse(text, last, (fields, line, start) => {
                record.line = line;
                record.fields = fields;
                record.offset = byteOffset(start);
                record.tooLong = false;
                return onRecord(record);
            }, (line, start, preview) => {
                record.line = line;
                record.fields = [preview];
                record.offset = byteOffset(start);
                record.tooLong = true;
                return onRecord(record);
            });
        } catch (error) {
            if (error instanceof UnclosedQuote) throw new MalformedCsvError(filePath, error.line, error.message);
            throw error;
        }
    }, options.onProgress, options.decoding, options.from);
}

/**
 * Reads again the records that start at the given byte offsets (in increasing order), as
 * `readCsvFile` gave them: the file is read once, front to back, in large pieces, and only those
 * records are parsed.
 */
export function readCsvRecordsAt(
    filePath: string,
    delimiter: CsvDelimiter,
    offsets: ArrayLike<number>,
    onRecord: (index: number, fields: string[]) => void,
    decoding?: TextDecoding,
): void {
    const parser = new CsvParser(delimiter);
    try {
        readRecordsAt(filePath, offsets, (text, start, last) => parser.parseOne(text, start, last), onRecord, decoding);
    } catch (error) {
        if (error instanceof UnclosedQuote) throw new MalformedCsvError(filePath, error.line, error.message);
        throw error;
    }
}
