/**
 * Opening a CSV file the way an officer's spreadsheet does on a double click, with a real
 * spreadsheet program: LibreOffice Calc (Debian's libreoffice-calc), headless, converts it to a
 * workbook, which exceljs then reads back cell by cell.
 *
 * The import is set up as Excel set to Indonesian opens a CSV: `;` between cells (Indonesian
 * Windows' list separator), Indonesian number formats (decimal comma), numbers and dates detected,
 * formulas evaluated, quotes not taken as a sign of text, and UTF-8 only when the file starts with
 * a BOM (otherwise Windows-1252, Excel's default). Each call uses its own LibreOffice profile, so
 * tests running at once do not collide.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

/** CI installs LibreOffice (.ci/run) and sets this: a missing `soffice` is then a failure, not a skip. */
export const spreadsheetRequired = process.env.KAIDAH_REQUIRE_SPREADSHEET === '1';

export const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);

/** LibreOffice's CSV filter options, token by token (see its "Filter Options for the CSV Filter"). */
function excelIndonesianImport(charset: number): string {
    const tokens = [
        59, // field separator: ;
        34, // text delimiter: "
        charset, // 76 = UTF-8, 1 = Windows-1252
        1, // start at line 1
        '', // column formats: standard, detected
        1057, // language: Indonesian (id-ID): decimal comma, dot thousands
        'false', // quoted fields are not forced to text
        'true', // detect special numbers (dates, percentages, scientific notation)
        'false', 'false', 'false', // export-only options
        -1, // sheet (export only)
        'true', // evaluate formulas
    ];
    return `CSV:${tokens.join(',')}`;
}

/** One value as the spreadsheet shows it: a formula's result, a number, a text. */
export type Cell = string | number | boolean | null;

/**
 * Opens each CSV as Excel in Indonesian would and returns its first sheet, row by row (no leading
 * empty column). Files are copied under unique names first: two worklists may share a name.
 */
export async function openLikeExcelIndonesian(files: string[]): Promise<Cell[][][]> {
    return Promise.all(saveAsWorkbooksLikeExcelIndonesian(files).map(sheetRows));
}

/**
 * Opens each CSV as Excel in Indonesian would and saves it as a workbook (.xlsx), as an officer
 * does before sending it on; returns the workbooks' paths, in order.
 */
export function saveAsWorkbooksLikeExcelIndonesian(files: string[]): string[] {
    if (soffice === undefined) throw new Error('LibreOffice (soffice) is not installed');
    const work = mkdtempSync(path.join(tmpdir(), 'kaidah-calc-'));
    const profile = path.join(work, 'profile');
    const out = path.join(work, 'out');
    mkdirSync(out);
    const copies = files.map((file, i) => {
        const copy = path.join(work, `f${i}.csv`);
        copyFileSync(file, copy);
        return { copy, bom: readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) };
    });
    for (const bom of [true, false]) {
        const group = copies.filter((c) => c.bom === bom).map((c) => c.copy);
        if (group.length === 0) continue;
        const result = spawnSync(soffice, [
            `-env:UserInstallation=file://${profile}`, '--headless', '--norestore',
            `--infilter=${excelIndonesianImport(bom ? 76 : 1)}`, '--convert-to', 'xlsx', '--outdir', out, ...group,
        ], { encoding: 'utf8', timeout: 180_000 });
        if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    }
    return copies.map(({ copy }) => {
        const converted = path.join(out, `${path.basename(copy, '.csv')}.xlsx`);
        if (!existsSync(converted)) throw new Error(`soffice did not convert ${copy}`);
        return converted;
    });
}

/** Opens a workbook in LibreOffice Calc and saves it again, as an officer passes a file on: Calc writes it its own way. */
export function resaveWithCalc(workbook: string): string {
    if (soffice === undefined) throw new Error('LibreOffice (soffice) is not installed');
    const work = mkdtempSync(path.join(tmpdir(), 'kaidah-calc-'));
    const result = spawnSync(soffice, [
        `-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', work, workbook,
    ], { encoding: 'utf8', timeout: 180_000 });
    const saved = path.join(work, path.basename(workbook));
    if (result.status !== 0 || !existsSync(saved)) throw new Error(`soffice did not save ${workbook} again: ${result.stderr}`);
    return saved;
}

async function sheetRows(file: string): Promise<Cell[][]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows: Cell[][] = [];
    book.worksheets[0]!.eachRow({ includeEmpty: true }, (row, number) => {
        // row.values is sparse, and one-based: an empty cell is a hole
        const values = Array.from((row.values as unknown[]).slice(1), cellValue);
        rows[number - 1] = values;
    });
    return Array.from(rows, (row) => row ?? []);
}

function cellValue(value: unknown): Cell {
    if (value === undefined || value === null) return null;
    if (typeof value === 'object' && 'formula' in value) return cellValue((value as { result?: unknown }).result);
    if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return String(value);
}
