/**
 * A workbook as offices keep them, end to end through `kaidah run`: the district and sub-district
 * cells merged over the households below them, a row hidden by a filter. A merged cell is read as the
 * sheet shows it, its value in every row it covers (read blank, those households were in no district,
 * and not ranked); hidden rows are read like the others. Both are said. The decisions are those of the
 * same table written cell by cell; the same with the DuckDB engine, and after LibreOffice Calc saves
 * the workbook again in its own way.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kaidah } from './support/run-cli.js';
import { resaveWithCalc, soffice, spreadsheetRequired } from './support/spreadsheet.js';

if (soffice === undefined && spreadsheetRequired) throw new Error('LibreOffice (soffice) is missing: KAIDAH_REQUIRE_SPREADSHEET=1 demands it');

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-merged-'));
const rules = path.join(dir, 'jember.kaidah');
writeFileSync(rules, `program "Uji" year 2024
household {
  id          text    key  column "no_kpm"
  district    text         column "kabupaten"
  subdistrict text         column "kecamatan"
  income      money        column "penghasilan"
}
graduation ready "Siap" when income >= Rp 1.500.000
  rank by income descending
district "Kabupaten Jember" {
  target ready = 3
}
district "Kabupaten Lumajang" {
  target ready = 1
}
`);

const HEADER = ['no_kpm', 'kabupaten', 'kecamatan', 'penghasilan'];
/** The table cell by cell: district and sub-district on every row. */
const TABLE = [
    ['A001', 'Kabupaten Jember', 'Ambulu', 'Rp 2.000.000'],
    ['A002', 'Kabupaten Jember', 'Ambulu', 'Rp 1.600.000'],
    ['A003', 'Kabupaten Jember', 'Ambulu', 'Rp 900.000'],
    ['A004', 'Kabupaten Jember', 'Balung', 'Rp 1.800.000'],
    ['A005', 'Kabupaten Jember', 'Balung', 'Rp 2.200.000'],
    ['B001', 'Kabupaten Lumajang', 'Tempeh', 'Rp 1.700.000'],
    ['B002', 'Kabupaten Lumajang', 'Tempeh', 'Rp 1.900.000'],
];

let workbook: string;
const cellByCell = path.join(dir, 'cell-by-cell.csv');

beforeAll(async () => {
    writeFileSync(cellByCell, [HEADER, ...TABLE].map((r) => r.join(';')).join('\n') + '\n');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data KPM');
    sheet.addRow(HEADER);
    // only the first cell of each merged block holds the value, as Excel keeps it
    TABLE.forEach((row, i) => {
        const first = (column: number) => i === 0 || TABLE[i - 1]![column] !== row[column];
        sheet.addRow([row[0], first(1) ? row[1] : null, first(2) ? row[2] : null, row[3]]);
    });
    sheet.mergeCells('B2:B6');
    sheet.mergeCells('B7:B8');
    sheet.mergeCells('C2:C4');
    sheet.mergeCells('C5:C6');
    sheet.mergeCells('C7:C8');
    sheet.getRow(4).hidden = true; // A003, filtered out of view
    workbook = path.join(dir, 'merged.xlsx');
    await book.xlsx.writeFile(workbook);
});

function run(data: string, name: string, extra: string[] = []) {
    const out = path.join(dir, `${name}.csv`);
    const result = kaidah(['run', rules, '--data', data, '--out', out, '--csv', 'plain', ...extra]);
    return { result, decisions: () => readFileSync(out, 'utf8') };
}

describe('merged cells and hidden rows in a workbook', () => {
    it('reads a merged district and sub-district in every row they cover, and says so', () => {
        const plain = run(cellByCell, 'plain');
        expect(plain.result.status).toBe(0);
        const merged = run(workbook, 'merged');
        expect(merged.result.status).toBe(0);
        expect(merged.decisions()).toBe(plain.decisions());
        expect(merged.result.stdout).toContain('Read 7 households: 7 decided + 0 rejected.');
        expect(merged.result.stdout).toContain('Proposed 4, in reserve 2, staying in the programme 1.');
        expect(merged.result.stderr).toContain('merged.xlsx: 5 merged cells (such as B2:B6) cover households\' rows: each was read as the sheet shows it, its value in every row it covers.');
        expect(merged.result.stderr).toContain('merged.xlsx: 1 row of the sheet is hidden (by a filter, or by hand); it was read like every other row.');
    });

    it('says it in Bahasa Indonesia, and the DuckDB engine reads the workbook alike', () => {
        const plain = run(cellByCell, 'plain-duckdb', ['--engine', 'duckdb', '--lang', 'id']);
        const merged = run(workbook, 'merged-duckdb', ['--engine', 'duckdb', '--lang', 'id']);
        expect(merged.result.status).toBe(0);
        expect(merged.result.stderr).toContain('merged.xlsx: 5 sel gabungan (misalnya B2:B6) mencakup baris KPM');
        expect(merged.result.stderr).toContain('merged.xlsx: 1 baris lembar ini tersembunyi (karena filter atau disembunyikan); baris itu tetap dibaca seperti baris lainnya.');
        expect(merged.result.stdout).toContain('Diusulkan 4, cadangan 2, tetap dalam program 1.');
        expect(merged.decisions()).toBe(plain.decisions());
    });

    (soffice === undefined ? it.skip : it)('a workbook LibreOffice Calc saved again reads the same', () => {
        const resaved = resaveWithCalc(workbook);
        const plain = run(cellByCell, 'plain-calc');
        const merged = run(resaved, 'merged-calc');
        expect(merged.result.status).toBe(0);
        expect(merged.decisions()).toBe(plain.decisions());
        expect(merged.result.stderr).toContain('5 merged cells (such as B2:B6)');
        expect(merged.result.stderr).toContain('1 row of the sheet is hidden');
    }, 120_000);
});
