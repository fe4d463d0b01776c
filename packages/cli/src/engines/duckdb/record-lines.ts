/**
 * The line each of some CSV records starts on (records counted from 1 after the header, blank ones
 * skipped), read by the JS reader: DuckDB numbers records, the rejects file names lines, and the
 * two differ where a quoted field holds a line break or blank lines stand between rows.
 */
import { readCsvFile, type CsvDelimiter } from '../../data/read-csv.js';

export async function linesOfRecords(file: string, delimiter: CsvDelimiter, ordinals: number[]): Promise<Map<number, number>> {
    const lines = new Map<number, number>();
    if (ordinals.length === 0) return lines;
    let ordinal = -1; // the header is record 0
    let next = 0;
    await readCsvFile(file, (record) => {
        ordinal++;
        while (next < ordinals.length && ordinals[next]! < ordinal) next++;
        if (ordinals[next] === ordinal) lines.set(ordinal, record.line);
        return next < ordinals.length;
    }, { delimiter });
    return lines;
}
