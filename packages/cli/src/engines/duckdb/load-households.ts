/**
 * The household data as a DuckDB table of text (`kaidah_source`): a row number (`kaidah_row`), the
 * row's shape (`kaidah_fields`, `kaidah_extra`) and one column per header field (`f0`, `f1`, …).
 *
 * CSV is read by DuckDB itself, once, every column as text, with the separator the JS reader detects;
 * rows of only blank fields are skipped as the JS reader skips them. DuckDB numbers its rows, not
 * the file's lines: the lines of the few rows a run names (rejects) are found by the JS reader
 * afterwards. Parquet is read by DuckDB; Excel, JSON and NDJSON — and a CSV DuckDB cannot read as
 * the JS reader does (Windows-1252, a record past 1 MB) — through the one household source, appended.
 */
import * as path from 'node:path';
import { headerAt, type HouseholdSource, type SourceRecord } from '../../data/household-source.js';
import { HeaderSearch } from '../../caseload/header-search.js';
import { readCsvFile, type CsvDelimiter } from '../../data/read-csv.js';
import type { Schema } from '@kaidah/engine';
import type { DuckDbSession } from './session.js';

export const SOURCE_TABLE = 'kaidah_source';

export interface LoadedHouseholds {
    headers: string[];
    /** `kaidah_row` counts records (1 = first), not lines: translate before showing. */
    rowsAreOrdinals: boolean;
    /** Records the source could not read at all, as the JS engine rejects them. */
    unreadable: SourceRecord[];
    delimiter?: CsvDelimiter;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const JS_BLANK = "'^[\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]*$'";

/**
 * The header and separator of a CSV file, as the JS reader finds them (`search`: a title may stand
 * above the header; `given`: the separator the user gave); undefined when the search finds no header.
 */
async function csvHeader(file: string, search: HeaderSearch, given: CsvDelimiter | undefined): Promise<{ headers: string[]; delimiter: CsvDelimiter } | undefined> {
    let delimiter: CsvDelimiter = given ?? ',';
    await readCsvFile(file, (record) => (record.tooLong ? false : search.offer(record.fields, record.line) === 'not-header'), {
        ...(given === undefined ? {} : { delimiter: given }),
        onDelimiter: (d) => (delimiter = d),
    });
    return search.found === undefined ? undefined : { headers: search.found.headers, delimiter };
}

/** Positional columns of a DuckDB relation: f0… for the header's fields, the shape from the rest. */
function shapedSelect(columns: string[], width: number): string {
    const fields = columns.map((c, i) => (i < width ? `${quoted(c)} AS f${i}` : undefined)).filter((x) => x !== undefined);
    for (let i = columns.length; i < width; i++) fields.push(`CAST(NULL AS VARCHAR) AS f${i}`);
    const count = columns.length === 0 ? '0' : `CASE ${columns.map((_, i) => columns.length - 1 - i).map((i) => `WHEN ${quoted(columns[i]!)} IS NOT NULL THEN ${i + 1}`).join(' ')} ELSE 0 END`;
    const extra = columns.slice(width).map((c) => `(${quoted(c)} IS NOT NULL AND NOT regexp_full_match(${quoted(c)}, ${JS_BLANK}))`).join(' OR ') || 'FALSE';
    return `${fields.join(', ')}, ${count} AS kaidah_fields, (${extra}) AS kaidah_extra`;
}

async function loadCsvInDuckDb(session: DuckDbSession, file: string, delimiter: CsvDelimiter, headers: string[]): Promise<void> {
    const options = `delim=${literal(delimiter)}, quote='"', escape='"', header=true, all_varchar=true, null_padding=true, nullstr='\u0001', max_line_size=1048576, sample_size=-1`;
    const read = async (parallel: boolean) => {
        const source = `read_csv(${literal(file)}, ${options}, parallel=${parallel})`;
        const described = await session.all(`DESCRIBE SELECT * FROM ${source}`);
        const columns = described.map((row) => String(row.column_name));
        const blank = columns.map((c) => `(${quoted(c)} IS NULL OR regexp_full_match(${quoted(c)}, ${JS_BLANK}))`).join(' AND ');
        await session.run(`CREATE OR REPLACE TABLE kaidah_raw AS SELECT * FROM ${source}`);
        // the file is read once, into kaidah_raw, whose row ids follow the file; without blank
        // rows a record's number is its row id, and numbering them again would sort every row
        const blanks = Number((await session.all(`SELECT count(*) AS n FROM kaidah_raw WHERE ${blank}`))[0]!.n);
        if (blanks === 0) {
            await session.run(`CREATE OR REPLACE VIEW ${SOURCE_TABLE} AS SELECT CAST(rowid + 1 AS INTEGER) AS kaidah_row, ${shapedSelect(columns, headers.length)}
FROM kaidah_raw`);
            return;
        }
        await session.run(`CREATE OR REPLACE TABLE ${SOURCE_TABLE} AS SELECT row_number() OVER (ORDER BY rowid) AS kaidah_row, ${shapedSelect(columns, headers.length)}
FROM kaidah_raw WHERE NOT (${blank}) ORDER BY rowid`);
        await session.run('DROP TABLE kaidah_raw');
    };
    try {
        await read(true);
    } catch (error) {
        // quoted line breaks with padding need the serial reader
        if (!/parallel/i.test(String(error))) throw error;
        await read(false);
    }
}

async function loadThroughSource(session: DuckDbSession, source: HouseholdSource, search: HeaderSearch): Promise<{ headers: string[]; unreadable: SourceRecord[] } | undefined> {
    // the header first, to make the table the records are appended to
    const problem = await source.read((fields, row) => {
        const answer = search.offer(fields, row);
        return answer === 'not-header' ? answer : false;
    }, () => false);
    const headers = search.found?.headers;
    if (problem !== undefined || headers === undefined) return undefined;
    const width = headers.length;
    await createSourceTable(session, width);
    const appender = await session.connection.createAppender(SOURCE_TABLE);
    const unreadable: SourceRecord[] = [];
    await source.read(headerAt(search.found!.row), (record) => {
        if (record.unreadable !== undefined) {
            unreadable.push({ ...record, fields: record.fields.slice() });
            return;
        }
        appender.appendInteger(record.row);
        appender.appendInteger(record.fields.length);
        appender.appendBoolean(record.fields.slice(width).some((f) => f.trim() !== ''));
        for (let i = 0; i < width; i++) {
            const field = record.fields[i];
            if (field === undefined) appender.appendNull();
            else appender.appendVarchar(field);
        }
        appender.endRow();
    });
    appender.closeSync();
    return { headers, unreadable };
}

async function createSourceTable(session: DuckDbSession, width: number): Promise<void> {
    const fields = Array.from({ length: width }, (_, i) => `f${i} VARCHAR`);
    await session.run(`CREATE OR REPLACE TABLE ${SOURCE_TABLE} (kaidah_row INTEGER, kaidah_fields INTEGER, kaidah_extra BOOLEAN${fields.length ? ', ' : ''}${fields.join(', ')})`);
}

/** The households loaded (undefined when there are none, or no header), and the search for the header: where it stood, or which columns are missing. */
export interface Loading {
    loaded: LoadedHouseholds | undefined;
    header: HeaderSearch;
}

/** Loads the households. A CSV file with a title above its header is read through the source, which passes the title over. */
export async function loadHouseholds(session: DuckDbSession, file: string, source: HouseholdSource | undefined, delimiter: CsvDelimiter | undefined,
    schema: Schema): Promise<Loading> {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.parquet') {
        const described = await session.all(`DESCRIBE SELECT * FROM read_parquet(${literal(file)})`);
        const headers = described.map((row) => String(row.column_name));
        const header = new HeaderSearch(schema, false);
        if (header.offer(headers, 1) !== true) return { loaded: undefined, header };
        const fields = headers.map((h, i) => `CAST(${quoted(h)} AS VARCHAR) AS f${i}`);
        // a view: the typed rows are read straight from the file, only the columns the rules name
        await session.run(`CREATE OR REPLACE VIEW ${SOURCE_TABLE} AS SELECT CAST(file_row_number + 1 AS INTEGER) AS kaidah_row, ${headers.length} AS kaidah_fields, FALSE AS kaidah_extra${fields.length ? ', ' : ''}${fields.join(', ')}
FROM read_parquet(${literal(file)}, file_row_number = true)`);
        return { loaded: { headers, rowsAreOrdinals: false, unreadable: [] }, header };
    }
    if (source?.kind === 'csv') {
        const header = new HeaderSearch(schema, true);
        const found = await csvHeader(file, header, delimiter);
        if (found === undefined) return { loaded: undefined, header };
        if (header.below === undefined) {
            try {
                await loadCsvInDuckDb(session, file, found.delimiter, found.headers);
                return { loaded: { headers: found.headers, rowsAreOrdinals: true, unreadable: [], delimiter: found.delimiter }, header };
            } catch {
                // an encoding or a record DuckDB does not read as the JS reader does: through the source
            }
        }
    }
    const header = new HeaderSearch(schema, source?.kind === 'csv' || source?.kind === 'xlsx');
    if (source === undefined) return { loaded: undefined, header };
    const loaded = await loadThroughSource(session, source, header);
    return { loaded: loaded === undefined ? undefined : { ...loaded, rowsAreOrdinals: false }, header };
}
