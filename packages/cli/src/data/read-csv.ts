import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse';

export interface CsvRecord {
    /** 1-based line number of the record in the file (the header is line 1). */
    line: number;
    fields: string[];
}

/**
 * Guesses the separator from the header line: Indonesian Excel writes `;` (its decimal mark is a
 * comma), most other exports `,`.
 */
export function detectDelimiter(filePath: string): ',' | ';' | '\t' {
    const buffer = Buffer.alloc(64 * 1024);
    const descriptor = openSync(filePath, 'r');
    let length: number;
    try {
        length = readSync(descriptor, buffer, 0, buffer.length, 0);
    } finally {
        closeSync(descriptor);
    }
    const firstLine = buffer.subarray(0, length).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const counts = { ',': 0, ';': 0, '\t': 0 };
    for (const character of firstLine) if (character in counts) counts[character as keyof typeof counts]++;
    if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
    if (counts['\t'] > counts[',']) return '\t';
    return ',';
}

/** Streams a CSV file's records with their line numbers; with or without BOM, `\n` or `\r\n`. */
export async function* readCsvRecords(filePath: string, delimiter = detectDelimiter(filePath)): AsyncGenerator<CsvRecord> {
    const parser = createReadStream(filePath).pipe(parse({
        bom: true,
        delimiter,
        relax_column_count: true,
        // Spreadsheets write stray quotes inside unquoted cells (`=HYPERLINK("x")`); keep them as text.
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
    }));
    try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
            yield { line: info.lines, fields: record };
        }
    } catch (error) {
        if (error instanceof CsvError) throw new MalformedCsvError(filePath, (error as CsvError & { lines?: number }).lines ?? 0, error.message);
        throw error;
    }
}

/** The file cannot be read as CSV from some line on (an unclosed quote, say); the run must stop there. */
export class MalformedCsvError extends Error {
    constructor(readonly filePath: string, readonly line: number, readonly detail: string) {
        super(`${filePath}:${line}: ${detail}`);
    }
}
