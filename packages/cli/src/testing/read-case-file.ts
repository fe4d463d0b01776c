import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
// Loaded only for .xlsx tables: exceljs takes half a second to load, which every command would pay.
import type ExcelJS from 'exceljs';
import type { TableRow } from '@kaidah/engine';

/** A table of cases as text: its header row and the rows under it, each with its row number. */
export interface CaseFile {
    headers: string[];
    rows: TableRow[];
}

export class UnreadableCaseFile extends Error {}

/**
 * Reads a table of cases that officers keep in a spreadsheet: CSV (comma, semicolon or tab
 * separated, with or without BOM) or Excel (.xlsx, the first worksheet). Cells arrive as text, the
 * way the household data's readers take them: an Excel number `0,85` formatted as a percentage
 * becomes `85%`, a date `2024-03-01`, TRUE `ya`.
 */
export async function readCaseFile(filePath: string): Promise<CaseFile> {
    if (/\.(csv|txt)$/i.test(filePath)) return readCsvCases(filePath);
    if (/\.xlsx$/i.test(filePath)) return readXlsxCases(filePath);
    throw new UnreadableCaseFile('only .csv and .xlsx tables are read');
}

function readCsvCases(filePath: string): CaseFile {
    const text = readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const count = (c: string) => firstLine.split(c).length - 1;
    const delimiter = count(';') > count(',') && count(';') >= count('\t') ? ';' : count('\t') > count(',') ? '\t' : ',';
    let records: { record: string[]; info: { lines: number } }[];
    try {
        records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
    } catch (error) {
        throw new UnreadableCaseFile(error instanceof Error ? error.message : String(error));
    }
    const [header, ...rest] = records;
    if (header === undefined) return { headers: [], rows: [] };
    return { headers: header.record, rows: rest.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}

async function readXlsxCases(filePath: string): Promise<CaseFile> {
    const excel = (await import('exceljs')).default;
    const workbook = new excel.Workbook();
    try {
        await workbook.xlsx.readFile(filePath);
    } catch (error) {
        throw new UnreadableCaseFile(error instanceof Error ? error.message : String(error));
    }
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) return { headers: [], rows: [] };
    let headers: string[] | undefined;
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const width = Math.max(row.cellCount, headers?.length ?? 0);
        const cells: string[] = [];
        for (let column = 1; column <= width; column++) {
            const cell = row.getCell(column);
            cells.push(cellText(cell.value, cell.numFmt ?? ''));
        }
        if (headers === undefined) headers = cells;
        else rows.push({ line: rowNumber, cells });
    });
    return { headers: headers ?? [], rows };
}

/** A number the way the data readers take it: no grouping, a decimal comma (`0,85`, `1200000`). */
function numberText(value: number): string {
    const plain = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
    const text = /e/i.test(plain) ? value.toFixed(10).replace(/\.?0+$/, '') : plain;
    return text.replace('.', ',');
}

function cellText(value: ExcelJS.CellValue, numFmt: string): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return numFmt.includes('%') ? `${numberText(value * 100)}%` : numberText(value);
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return value.text;
    if ('error' in value) return value.error;
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result, numFmt);
    return '';
}
