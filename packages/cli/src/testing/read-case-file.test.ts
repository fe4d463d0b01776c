/**
 * A cell of a table of cases reads exactly as the same cell of household data: both go through the
 * household source (data/household-source.ts) and its cell text (data/cell-text.ts). Expected
 * values are worked out by hand from the rules in cell-text.ts and read-csv.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openHouseholdSource } from '../data/household-source.js';
import { readCaseFile } from './read-case-file.js';

/** The header and records of a file as `kaidah run` reads them. */
async function readAsData(filePath: string): Promise<{ headers: string[]; rows: { line: number; cells: string[] }[] }> {
    const source = openHouseholdSource(filePath, {});
    if ('problem' in source) throw new Error(source.problem);
    let headers: string[] = [];
    const rows: { line: number; cells: string[] }[] = [];
    await source.read(
        (header) => {
            headers = header;
            return true;
        },
        (record) => {
            rows.push({ line: record.row, cells: record.fields });
        },
    );
    return { headers, rows };
}

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-cells-'));

describe('a case table cell and a data cell read the same way', () => {
    it('in an Excel workbook: a percentage, a 16-digit id, a date, TRUE, a decimal', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Kasus');
        sheet.addRow(['no_peserta', 'kehadiran_p2k2', 'tanggal_lahir', 'punya_usaha', 'nilai']);
        sheet.addRow([3513000000000105, 0.85, new Date(Date.UTC(2024, 2, 1)), true, 0.1 * 3]);
        sheet.getCell('B2').numFmt = '0%';
        const file = path.join(dir, 'cells.xlsx');
        await workbook.xlsx.writeFile(file);

        // 0,85 formatted 0% is 85%; 3513000000000105 has 16 digits, more than a spreadsheet keeps:
        // written as Excel shows it, 3.51E+15 (and rejected as a mangled id); TRUE is ya; the date is
        // ISO; 0,1 × 3 = 0,30000000000000004 is 0,3 at 12 significant digits, with a decimal comma.
        const expected = ['3.51E+15', '85%', '2024-03-01', 'ya', '0,3'];
        const cases = await readCaseFile(file, 'en', { expectsOfItsOwn: true }); // cells only: expectations aside
        const data = await readAsData(file);
        expect(cases.headers).toEqual(['no_peserta', 'kehadiran_p2k2', 'tanggal_lahir', 'punya_usaha', 'nilai']);
        expect(cases.rows).toEqual([{ line: 2, cells: expected }]);
        expect(data).toEqual(cases);
    });

    it('in a CSV file whose header has quoted semicolons: the separator is the comma outside quotes', async () => {
        // Counting every ; would guess ; (three of them against two commas); outside quotes there are
        // two commas and no ;.
        const file = path.join(dir, 'cells.csv');
        writeFileSync(file, '\uFEFFno_peserta,"catatan; satu; dua; tiga",penghasilan_bulanan\r\n"P-1","Siti; Aminah ""ibu""",1.200.000\r\n\r\nP-2,,"900.000"\r\n');
        const cases = await readCaseFile(file, 'en', { expectsOfItsOwn: true }); // cells only: expectations aside
        const data = await readAsData(file);
        expect(cases).toEqual({
            headers: ['no_peserta', 'catatan; satu; dua; tiga', 'penghasilan_bulanan'],
            rows: [
                { line: 2, cells: ['P-1', 'Siti; Aminah "ibu"', '1.200.000'] },
                { line: 4, cells: ['P-2', '', '900.000'] },
            ],
        });
        expect(data).toEqual(cases);
    });

    it('says which files it reads, in the officer\'s language', async () => {
        const file = path.join(dir, 'old.xls');
        writeFileSync(file, 'not really a workbook');
        await expect(readCaseFile(file, 'id')).rejects.toThrow('tabel kasus dibaca dari file CSV (.csv, .txt, .tsv), Excel (.xlsx)');
    });
});
