/**
 * Tables of cases that officers keep in a spreadsheet, read through the household source that
 * `kaidah run` reads household data with (data/household-source.ts): CSV with the same separator
 * detection and quoting, Excel (the first sheet) with the same cell text (data/cell-text.ts), JSON
 * and NDJSON. So a cell reads the same in `kaidah test` as in `kaidah run`: an Excel 0,85 formatted
 * as a percentage is `85%`, a date `2024-03-01`, TRUE `ya`, a 16-digit number `3.51E+15`.
 */
import type { Lang, TableRow, WrittenKeywords } from '@kaidah/engine';
import { openHouseholdSource, type SourceRecord } from '../data/household-source.js';
import { MalformedCsvError } from '../data/read-csv.js';
import { testCliMessages } from './messages.js';

/** A table of cases as text: its header row and the rows under it, each with its row number. */
export interface CaseFile {
    headers: string[];
    rows: TableRow[];
}

/** As the engine reads a table's headers (case-table.ts): `expect category`, `expect benefit`, `expect <name>` (`harapkan ...`). */
const expectHeader = /^\s*(?:expect|harapkan)\s+\S/i;

/** The table cannot be read; `message` says why, in the officer's language. */
class UnreadableCaseFile extends Error {}

/**
 * `expectsOfItsOwn`: the test has `expect` lines that apply to every row; without them a table with
 * no `expect ...` column would check nothing, and every row would pass, so it is refused, in the
 * words of the test's rule file (`keywords`: `harapkan kategori` in Bahasa Indonesia).
 */
export async function readCaseFile(filePath: string, lang: Lang, options: { expectsOfItsOwn?: boolean; keywords?: WrittenKeywords } = {}): Promise<CaseFile> {
    const text = testCliMessages(lang);
    const source = openHouseholdSource(filePath, {});
    if ('problem' in source) throw new UnreadableCaseFile(text.tableFormats);
    let headers: string[] = [];
    const rows: TableRow[] = [];
    let unreadable: SourceRecord | undefined;
    let outcome: Awaited<ReturnType<typeof source.read>>;
    try {
        outcome = await source.read(
            (header) => {
                headers = header;
                return true;
            },
            (record) => {
                if (record.unreadable !== undefined) {
                    unreadable = record;
                    return false;
                }
                rows.push({ line: record.row, cells: record.fields });
                return true;
            },
        );
    } catch (error) {
        if (error instanceof MalformedCsvError) throw new UnreadableCaseFile(text.tableMalformedCsv(error.line, error.detail));
        throw error;
    }
    if (outcome === 'empty') return { headers: [], rows: [] };
    if (outcome !== undefined) {
        switch (outcome.problem) {
            case 'not-a-table':
                throw new UnreadableCaseFile(outcome.detail);
            default:
                throw new UnreadableCaseFile(text.tableFormats); // no options are given: cannot happen
        }
    }
    if (unreadable !== undefined) throw new UnreadableCaseFile(text.tableUnreadableRecord(unreadable.row));
    if (!options.expectsOfItsOwn && !headers.some((h) => expectHeader.test(h.replace(/^\uFEFF/, '')))) {
        throw new UnreadableCaseFile(text.tableExpectsNothing(options.keywords ?? ((english) => english)));
    }
    return { headers, rows };
}
