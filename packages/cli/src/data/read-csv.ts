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
 * opening quote that is never closed cannot be read around: the reader stops there.
 */
import { readFileInPieces, readRecordsAt } from './read-text-file.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
    /** 1-based line number where the record starts (the header is line 1 in most files). */
    line: number;
    fields: string[];
    /** Byte offset in the file where the record starts. */
    offset: number;
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

/**
 * The separator of the header line at the start of `text` (which may run past it), counting
 * separators outside quotes: Indonesian Excel writes `;`, most other exports `,`, some `\t`. With
 * no separator at all, `,`.
 */
export function delimiterOfHeader(text: string): CsvDelimiter {
    const counts = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    for (const character of text) {
        if (character === '"') quoted = !quoted;
        else if (!quoted && (character === '\n' || character === '\r')) break;
        else if (!quoted && character in counts) counts[character as CsvDelimiter]++;
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
 * Parses the records of decoded text. One parser reads one file from its start; `parse` is given
 * the file's text piece by piece, each piece ending just after a line break (or at the end of the
 * file), and returns how many characters it used: a quoted field that runs past the piece is left
 * for the next one.
 */
export class CsvParser {
    /** The line the next record starts on. */
    line = 1;
    private readonly delimiterCode: number;

    constructor(readonly delimiter: CsvDelimiter) {
        this.delimiterCode = delimiter.charCodeAt(0);
    }

    /**
     * Calls `onRecord(fields, line, start)` for each record of `text`, `start` being the character
     * index where it begins. `last`: this is the end of the file. Returns the index of the first
     * character not used (text.length unless a quoted record runs past the end). `onRecord`
     * returns false to stop: then parse returns -1.
     */
    parse(text: string, last: boolean, onRecord: (fields: string[], line: number, start: number) => boolean | void): number {
        const delimiter = this.delimiter;
        const length = text.length;
        let position = 0;
        let nextQuote = -2; // -2: not searched yet; -1: none left in the text
        while (position < length) {
            let newline = text.indexOf('\n', position);
            const lineEnd = newline < 0 ? length : newline;
            if (newline < 0) newline = length;
            if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
            if (nextQuote === -1 || nextQuote >= lineEnd) {
                // the common case: a line without quotes
                const end = lineEnd > position && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
                const start = position;
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
            if (record === undefined) return position; // runs past this piece: wait for more text
            const start = position;
            const line = this.line;
            this.line += record.lines;
            position = record.end;
            if (isBlank(record.fields)) continue;
            if (onRecord(record.fields, line, start) === false) return -1;
        }
        return length;
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
                i++;
                for (;;) {
                    const close = text.indexOf('"', i);
                    if (close < 0) {
                        if (!last) return undefined;
                        throw new UnclosedQuote(this.line);
                    }
                    const part = text.slice(i, close);
                    field += part;
                    lines += countLineBreaks(part);
                    if (text.charCodeAt(close + 1) === QUOTE) {
                        field += '"';
                        i = close + 2;
                        continue;
                    }
                    i = close + 1;
                    break;
                }
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
}

/**
 * Reads a CSV file and parses it: `onRecord` gets every record, the header included, and returns
 * false to stop early. The record object is the same for every record, filled again each time:
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
    const record: CsvRecord = { line: 0, fields: [], offset: 0 };
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
                return onRecord(record);
            });
        } catch (error) {
            if (error instanceof UnclosedQuote) throw new MalformedCsvError(filePath, error.line, error.message);
            throw error;
        }
    }, options.onProgress);
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
): void {
    const parser = new CsvParser(delimiter);
    try {
        readRecordsAt(filePath, offsets, (text, start, last) => parser.parseOne(text, start, last), onRecord);
    } catch (error) {
        if (error instanceof UnclosedQuote) throw new MalformedCsvError(filePath, error.line, error.message);
        throw error;
    }
}
