/**
 * The CSV outputs open correctly by double click in Excel set to Indonesian (issue 9): `;` between
 * cells, decimal commas, a UTF-8 BOM, money as numbers, identifiers as text that never turn into
 * 3,51E+15, `≥` and `×` intact. A real spreadsheet program checks it: LibreOffice Calc opens each
 * output the way Excel in Indonesian would (test/support/spreadsheet.ts) and the test reads the
 * cells it sees. `--csv excel` is the default in Indonesian; `--csv plain` keeps commas for programs.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvLine } from '../packages/cli/src/output/csv-cells.js';
import { excelCsv } from '../packages/cli/src/output/csv-style.js';
import { fixturesDir, kaidah, scratchCopyOfExamples, type CliResult } from './support/run-cli.js';
import { openLikeExcelIndonesian, soffice, spreadsheetRequired } from './support/spreadsheet.js';

if (soffice === undefined && spreadsheetRequired) throw new Error('LibreOffice (soffice) is missing: KAIDAH_REQUIRE_SPREADSHEET=1 demands it');
const withCalc = soffice === undefined ? describe.skip : describe;

/** clean-ties.csv and three bad rows: a word for a count, a NIK turned into 3.51E+15, 120% attendance. */
function writeData(dir: string): string {
    const file = path.join(dir, 'data.csv');
    writeFileSync(file, readFileSync(path.join(fixturesDir, 'data/clean-ties.csv'), 'utf8') + [
        '3513000000000109,Kabupaten Probolinggo,Kraksaan,PDP-3513-0001,0,0,dua,0,0,0,0,900000,90,tidak,2',
        '3.51E+15,Kabupaten Probolinggo,Kraksaan,PDP-3513-0001,0,0,1,0,0,0,0,900000,90,tidak,2',
        '3513000000000111,Kabupaten Probolinggo,Kraksaan,PDP-3513-0001,0,0,1,0,0,0,0,900000,120,tidak,2',
    ].join('\n') + '\n');
    return file;
}

function ties(dir: string): string {
    const file = path.join(dir, 'ties.kaidah');
    writeFileSync(file, 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 1\n  target self_reliant = 2\n}\n');
    return file;
}

const ids = ['3513000000000107', '3513000000000108', '3513000000000105', '3513000000000101', '3513000000000102', '3513000000000103', '3513000000000104', '3513000000000106'];

withCalc('kaidah run --lang id: decisions, rejects and worklists as Excel in Indonesian opens them', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const result: CliResult = kaidah(['--lang', 'id', 'run', ties(dir), '--data', writeData(dir), '--out', path.join(out, 'keputusan.csv'), '--worklists', path.join(out, 'kunjungan')], { cwd: dir });
    const files = [path.join(out, 'keputusan.csv'), path.join(out, 'keputusan.rejects.csv'), path.join(out, 'kunjungan', 'PDP-3513-0001.csv')];
    const opened = result.status === 0 ? openLikeExcelIndonesian(files) : Promise.reject(new Error(result.stderr));

    it('writes the Excel style by default in Indonesian: a BOM, ; between cells, CRLF', () => {
        expect(result.status).toBe(0);
        for (const file of files) {
            const bytes = readFileSync(file);
            expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
            expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFF[a-z_]+(;[a-z_]+)+$/);
        }
        expect(result.stdout).toContain('File CSV ditulis untuk Excel berbahasa Indonesia (pemisah ;, koma desimal); --csv plain menulis pemisah koma untuk program lain. File .xlsx (--out keputusan.xlsx) terbuka sama baiknya di semua spreadsheet.');
    });

    it('decisions: one column per field, ids exact as text, money and ranks as numbers, ≥ and × intact', async () => {
        const [decisions] = await opened;
        expect(decisions![0]).toEqual(['id', 'district', 'subdistrict', 'facilitator', 'benefit', 'category', 'category_label', 'status', 'rank', 'candidates', 'explanation']);
        expect(decisions!.slice(1).map((row) => row[0])).toEqual(ids);
        const byId = new Map(decisions!.slice(1).map((row) => [row[0], row]));
        expect(byId.get('3513000000000101')!.slice(0, 10)).toEqual(['3513000000000101', 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 3_900_000, 'self_reliant', 'Graduasi Sejahtera Mandiri', 'proposed', 1, 4]);
        expect(byId.get('3513000000000107')!.slice(4, 10)).toEqual([4_800_000, null, null, 'stays', null, null]);
        expect(byId.get('3513000000000104')![4]).toBe(0);
        expect(byId.get('3513000000000105')![10]).toBe(
            'Graduasi Sejahtera Mandiri: has_business bernilai ya; monthly_income Rp 1.500.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%. Peringkat 3 dari 4 di Kabupaten Probolinggo; target 2: cadangan.',
        );
    });

    it('rejects: the row as a number, each value as it was written, as text', async () => {
        const [, rejects] = await opened;
        expect(rejects).toEqual([
            ['file', 'row', 'column', 'value', 'reason'],
            ['data.csv', 10, 'sd', 'dua', 'bukan angka'],
            ['data.csv', 11, 'no_peserta', '3.51E+15', expect.stringContaining('notasi ilmiah')],
            ['data.csv', 12, 'kehadiran_p2k2', '120', 'di luar rentang 0–100%'],
        ]);
    });

    it('worklists: visit order, rank and candidates as numbers, ids as text', async () => {
        const [, , worklist] = await opened;
        expect(worklist![0]).toEqual(['facilitator', 'district', 'subdistrict', 'visit', 'id', 'category', 'category_label', 'status', 'rank', 'candidates', 'reason']);
        expect(worklist!.slice(1).map((row) => [row[3], row[4], row[7], row[8], row[9]])).toEqual([
            [1, '3513000000000104', 'proposed', 1, 2],
            [2, '3513000000000106', 'proposed', 2, 2],
            [3, '3513000000000101', 'proposed', 1, 4],
            [4, '3513000000000102', 'proposed', 2, 4],
            [5, '3513000000000105', 'reserve', 3, 4],
            [6, '3513000000000103', 'reserve', 4, 4],
        ]);
    });
});

withCalc('--csv plain, and the cells a spreadsheet would change', () => {
    const dir = scratchCopyOfExamples();
    const plain = path.join(dir, 'decisions.csv');
    const result = kaidah(['run', ties(dir), '--data', writeData(dir), '--out', plain]);

    it('plain (the English default) stays comma-separated for programs, and says .xlsx is safer for a spreadsheet', async () => {
        expect(result.status).toBe(0);
        const text = readFileSync(plain, 'utf8');
        expect(text.startsWith('id,district,subdistrict,facilitator,benefit,')).toBe(true);
        expect(text).toContain('\n3513000000000101,Kabupaten Probolinggo,Kraksaan,PDP-3513-0001,Rp 3.900.000,self_reliant,');
        expect(result.stdout).toContain('The CSV files are plain (commas), for programs; Excel set to Indonesian opens them wrongly. For a spreadsheet write --out decisions.xlsx (the safest) or add --csv excel.');
        // the problem the Excel style solves: each whole row lands in column A
        const [sheet] = await openLikeExcelIndonesian([plain]);
        expect(sheet![0]).toEqual(['id,district,subdistrict,facilitator,benefit,category,category_label,status,rank,candidates,explanation']);
        expect(sheet![1]![0]).toMatch(/^3513000000000107,Kabupaten Probolinggo,Kraksaan,PDP-3513-0001,Rp 4\.800\.000,,,stays,,,/);
    });

    it('--csv excel in English writes the Excel style too', () => {
        const out = path.join(dir, 'excel.csv');
        expect(kaidah(['run', ties(dir), '--data', writeData(dir), '--out', out, '--csv', 'excel']).status).toBe(0);
        expect(readFileSync(out, 'utf8').startsWith('\uFEFFid;district;')).toBe(true);
    });

    it('keeps as text what Excel would turn into a number, a date or a formula; numbers with decimal commas', async () => {
        const long = `1${'0'.repeat(299)} keluarga`;
        const formula = `=HYPERLINK("http://x";"klik")${' '.repeat(260)}`;
        const texts = ['0012', '=HYPERLINK("http://x";"klik")', '-2+3', '85%', '0,85', '2024-01-31', 'Rp 1.500.000', '35.13.04.2001', '1/2', 'a; "b"', long, formula, 'a ≥ 2 × b'];
        const file = path.join(dir, 'cells.csv');
        writeFileSync(file, csvHeader(['text', 'number'], excelCsv) + texts.map((text, i) => csvLine([text, [1_250_000.5, 3_900_000, 0.85, -1][i % 4]], excelCsv)).join(''));
        const [sheet] = await openLikeExcelIndonesian([file]);
        expect(sheet!.slice(1).map((row) => row[0])).toEqual([...texts.slice(0, 11), `'${formula}`, 'a ≥ 2 × b']);
        expect(sheet!.slice(1, 5).map((row) => row[1])).toEqual([1_250_000.5, 3_900_000, 0.85, -1]);
    });

    it('(control) the same spreadsheet does change such cells when they are written bare', async () => {
        const file = path.join(dir, 'bare.csv');
        writeFileSync(file, '\uFEFFtext\r\n0012\r\n3513000000000101\r\n85%\r\n0,85\r\n');
        const [sheet] = await openLikeExcelIndonesian([file]);
        expect(sheet!.slice(1).map((row) => row[0])).toEqual([12, 3_513_000_000_000_100, 0.85, 0.85]);
    });

    it('refuses a style it does not know', () => {
        const wrong = kaidah(['run', ties(dir), '--data', writeData(dir), '--csv', 'tsv']);
        expect(wrong.status).toBe(2);
        expect(wrong.stderr).toContain('--csv');
    });

    it('writes no temporary files behind', () => {
        expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });
});
