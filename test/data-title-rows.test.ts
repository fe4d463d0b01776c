/**
 * A title above the table, as offices export their data (`DATA KPM PKH KABUPATEN JEMBER TAHUN 2024`,
 * the office, the date, a blank row, then the header), end to end through `kaidah run`: the header is
 * found below the title, the rows above it are said and passed over, not read as households; the
 * decisions are those of the same table without its title, and every reject keeps the file's own row.
 * In CSV written by Indonesian Excel (the title padded with `;`), in CSV with a bare title line, in a
 * workbook saved by LibreOffice Calc (households listed twice included), and with the DuckDB engine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kaidah, readCsv } from './support/run-cli.js';
import { saveAsWorkbooksLikeExcelIndonesian, soffice, spreadsheetRequired } from './support/spreadsheet.js';

if (soffice === undefined && spreadsheetRequired) throw new Error('LibreOffice (soffice) is missing: KAIDAH_REQUIRE_SPREADSHEET=1 demands it');

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-title-rows-'));
const rules = path.join(dir, 'jember.kaidah');
writeFileSync(rules, `program "Uji" year 2024
household {
  id       text    key  column "no_kpm"
  district text         column "kabupaten"
  income   money        column "penghasilan"
  members  number       column "anggota"
  note     text         column "catatan"
}
graduation ready "Siap" when income >= Rp 1.500.000 and members <= 3
  rank by income descending
district "Kabupaten Jember" {
  target ready = 2
}
`);

const HEADER = 'no_kpm;kabupaten;penghasilan;anggota;catatan';
const ROWS = [
    'A001;Kabupaten Jember;Rp 2.000.000;2;',
    'A002;KAB. JEMBER;Rp 1.600.000;3;pindah?',
    'A003;Kabupaten Jember;Rp 900.000;4;',
    'A004;Kabupaten Jember;Rp 1.800.000;1;',
    'A005;Kabupaten Jember;dua juta;2;', // refused: not an amount
    'A006;Kab. Jember;Rp 1.700.000;2;',
    'A004;Kabupaten Jember;Rp 1.800.000;1;', // the same household listed twice
    'A007;Kabupaten Jember;Rp 2.500.000;5;',
];
const PADDED_TITLE = ['DATA KPM PKH KABUPATEN JEMBER TAHUN 2024;;;;', 'Dinas Sosial Kabupaten Jember;;;;', ';;;;'];
const BARE_TITLE = ['DATA KPM PKH KABUPATEN JEMBER', 'Keadaan per 31 Desember 2024', ''];

function write(name: string, lines: string[]): string {
    const file = path.join(dir, name);
    writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
    return file;
}

function run(data: string, name: string, extra: string[] = []) {
    const out = path.join(dir, `${name}-out.csv`);
    const result = kaidah(['run', rules, '--data', data, '--out', out, ...extra]);
    return {
        result,
        decisions: () => readFileSync(out, 'utf8'),
        rejects: () => readCsv(path.join(dir, `${name}-out.rejects.csv`)).map(({ file: _file, ...reject }) => reject),
    };
}

const untitled = run(write('untitled.csv', [HEADER, ...ROWS]), 'untitled');
/** The untitled run's rejects, each on the row it has below a title of `lines` lines (the row a repeat names too). */
const shifted = (lines: number) => untitled.rejects().map((r) => ({
    ...r, row: String(Number(r.row) + lines), reason: r.reason!.replace(/row (\d+)/, (_, row: string) => `row ${Number(row) + lines}`),
}));

describe('a title above the header', () => {
    it('the untitled table: two proposed, a refused amount and a household listed twice rejected', () => {
        expect(untitled.result.status).toBe(0);
        expect(untitled.result.stdout).toContain('Read 8 households: 6 decided + 2 rejected.');
        expect(untitled.result.stdout).not.toContain('passed over');
        expect(untitled.rejects().map((r) => [r.row, r.column, r.value])).toEqual([['6', 'penghasilan', 'dua juta'], ['8', 'no_kpm', 'A004']]);
        expect(untitled.rejects()[1]!.reason).toBe('duplicate of row 5');
    });

    it('Excel\'s title padded with separators is passed over, said, and changes no decision', () => {
        const titled = run(write('padded.csv', [...PADDED_TITLE, HEADER, ...ROWS]), 'padded');
        expect(titled.result.status).toBe(0);
        expect(titled.result.stdout).toContain(`padded.csv: the header is on row 4; the 2 rows above it (a title) are not households and were passed over.`);
        expect(titled.result.stdout).toContain('Read 8 households: 6 decided + 2 rejected.');
        expect(titled.decisions()).toBe(untitled.decisions());
        expect(titled.rejects()).toEqual(shifted(3));
    });

    it('a bare title line (no separator) is passed over too, and said in Bahasa Indonesia', () => {
        const titled = run(write('bare.csv', [...BARE_TITLE, HEADER, ...ROWS]), 'bare', ['--lang', 'id', '--csv', 'plain']);
        expect(titled.result.status).toBe(0);
        expect(titled.result.stdout).toContain('bare.csv: judul kolom ada di baris 4; 2 baris di atasnya (judul tabel) bukan data KPM dan dilewati.');
        expect(readCsv(path.join(dir, 'bare-out.csv')).map((d) => [d.id, d.status, d.rank])).toEqual(
            readCsv(path.join(dir, 'untitled-out.csv')).map((d) => [d.id, d.status, d.rank]),
        );
    });

    it('the HTML report says where the header stood', () => {
        const report = path.join(dir, 'padded.html');
        const titled = run(path.join(dir, 'padded.csv'), 'padded-report', ['--report', report]);
        expect(titled.result.status).toBe(0);
        expect(readFileSync(report, 'utf8')).toContain('<li>The header is on row 4; the 2 rows above it (a title) are not households and were not read</li>');
    });

    it('--format json gives where the header stood', () => {
        const titled = run(path.join(dir, 'padded.csv'), 'padded-json', ['--format', 'json']);
        expect(titled.result.status).toBe(0);
        const summary = JSON.parse(titled.result.stdout) as { header?: unknown; counts: unknown };
        expect(summary.header).toEqual({ row: 4, skipped: 2 });
        expect(summary.counts).toEqual({ read: 8, decided: 6, rejected: 2 });
        expect(titled.result.stderr).toContain('the header is on row 4');
        const plain = JSON.parse(run(path.join(dir, 'untitled.csv'), 'untitled-json', ['--format', 'json']).result.stdout) as { header?: unknown };
        expect(plain.header).toBeUndefined();
    });

    it('the DuckDB engine passes the title over alike: the same decisions and rejects', () => {
        const duck = run(path.join(dir, 'padded.csv'), 'padded-duckdb', ['--engine', 'duckdb']);
        expect(duck.result.status).toBe(0);
        expect(duck.result.stdout).toContain('the header is on row 4; the 2 rows above it (a title)');
        expect(duck.decisions()).toBe(untitled.decisions());
        expect(duck.rejects()).toEqual(shifted(3));
    });

    it('a title with commas above a table separated by `;`: --delimiter says which, for both engines', () => {
        const data = write('commas.csv', ['Data KPM PKH, Kabupaten Jember, 2024', HEADER, ...ROWS]);
        // the separator is taken from the first line that has one: the title's commas
        expect(run(data, 'commas-guessed').result.status).toBe(1);
        for (const engine of ['js', 'duckdb']) {
            const titled = run(data, `commas-${engine}`, ['--delimiter', ';', '--engine', engine]);
            expect(titled.result.status).toBe(0);
            expect(titled.result.stdout).toContain('commas.csv: the header is on row 2; the row above it (a title) is not households and was passed over.');
            expect(titled.decisions()).toBe(untitled.decisions());
            expect(titled.rejects()).toEqual(shifted(1));
        }
    });

    it('a header not found in the first rows is reported at the row that names the most columns', () => {
        const misnamed = HEADER.replace('anggota', 'jumlah_anggota');
        const result = run(write('misnamed.csv', [...PADDED_TITLE, misnamed, ...ROWS]), 'misnamed').result;
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('misnamed.csv:4: the data has no column for members ("anggota"). Columns found on row 4, the row that names the most: no_kpm, kabupaten, penghasilan, jumlah_anggota, catatan.');
        const deep = run(write('deep.csv', [...Array.from({ length: 25 }, (_, i) => `Baris judul ${i + 1}`), HEADER, ...ROWS]), 'deep').result;
        expect(deep.status).toBe(1);
        expect(deep.stderr).toContain('deep.csv: the data has no column for id ("no_kpm")');
    });

    (soffice === undefined ? it.skip : it)('a workbook saved by LibreOffice Calc with the title above: the same decisions, rejects on the sheet\'s rows', () => {
        const [workbook] = saveAsWorkbooksLikeExcelIndonesian([path.join(dir, 'padded.csv')]);
        const titled = run(workbook!, 'workbook');
        expect(titled.result.status).toBe(0);
        expect(titled.result.stdout).toContain('the header is on row 4; the 2 rows above it (a title)');
        expect(titled.decisions()).toBe(untitled.decisions());
        // Calc reads `Rp 1.500.000` as a number; the refused amount and the repeat keep their rows
        expect(titled.rejects().map((r) => [r.row, r.column, r.value])).toEqual([['9', 'penghasilan', 'dua juta'], ['11', 'no_kpm', 'A004']]);
        const duck = run(workbook!, 'workbook-duckdb', ['--engine', 'duckdb']);
        expect(duck.result.status).toBe(0);
        expect(duck.decisions()).toBe(untitled.decisions());
        expect(duck.rejects()).toEqual(titled.rejects());
    }, 120_000);

    it('a workbook whose first sheet is a cover: the other sheets are named, and --sheet reads the table below its title', async () => {
        const book = new ExcelJS.Workbook();
        const cover = book.addWorksheet('Petunjuk');
        cover.addRow(['Petunjuk pengisian data KPM']);
        cover.addRow(['Isi satu baris per KPM; jangan mengubah judul kolom.']);
        const table = book.addWorksheet('Data KPM');
        table.addRow(['DATA KPM PKH KABUPATEN JEMBER TAHUN 2024']);
        table.mergeCells('A1:E1');
        table.addRow([]);
        table.addRow(HEADER.split(';'));
        for (const row of ROWS) table.addRow(row.split(';').map((cell) => (cell === '' ? null : cell)));
        const workbook = path.join(dir, 'cover.xlsx');
        await book.xlsx.writeFile(workbook);

        const first = run(workbook, 'cover');
        expect(first.result.status).toBe(1);
        expect(first.result.stderr).toContain('The workbook has other sheets: Data KPM; choose the table\'s with --sheet NAME.');
        const duck = run(workbook, 'cover-duckdb', ['--engine', 'duckdb', '--lang', 'id']);
        expect(duck.result.status).toBe(1);
        expect(duck.result.stderr).toContain('Buku kerja ini memiliki lembar lain: Data KPM; pilih lembar tabelnya dengan --sheet NAMA.');

        const chosen = run(workbook, 'cover-sheet', ['--sheet', 'data kpm']);
        expect(chosen.result.status).toBe(0);
        expect(chosen.result.stdout).toContain('the header is on row 3; the row above it (a title) is not households and was passed over.');
        expect(chosen.decisions()).toBe(untitled.decisions());
        expect(chosen.rejects()).toEqual(shifted(2));
    });
});
