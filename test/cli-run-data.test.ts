/**
 * `kaidah run` on data as officers really have it: Indonesian Excel's semicolon CSV with decimal
 * commas, quoted fields, headers written differently, Excel workbooks (a chosen sheet, a mangled
 * 16-digit id), JSON and NDJSON, and files that are mostly garbage (--max-rejects).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples, type CliResult } from './support/run-cli.js';

const data = (name: string) => path.join(fixturesDir, 'data', name);

/** Probolinggo with a self-reliant target of 2, as in test/cli-run.test.ts. */
function targetOfTwo(dir: string): string {
    writeFileSync(path.join(dir, 'ties.kaidah'), 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 1\n  target self_reliant = 2\n}\n');
    return path.join(dir, 'ties.kaidah');
}

const decisionsOf = (file: string) => new Map(readCsv(file).map((row) => [row.id!.slice(-3), row]));

describe('CSV from Indonesian Excel: semicolons, decimal commas, BOM, CRLF, money and yes/no written every way', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out.csv');
    const result = kaidah(['run', targetOfTwo(dir), '--data', data('excel-id.csv'), '--out', out]);

    it('reads every household and skips the row of bare separators', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
    });

    it('reads Rp1.500.000, 2.100.000, 1500000, "1.165.863", Rp 1.800.000 and IDR 2.500.000 as money', () => {
        const rows = decisionsOf(out);
        expect(rows.get('402')!.explanation).toContain('monthly_income Rp 2.100.000 ≥ 2 × poverty_line Rp 1.165.864');
        expect(rows.get('401')!.explanation).toContain('monthly_income Rp 1.500.000 ≥');
        expect(rows.get('404')!.explanation).toContain('monthly_income Rp 1.165.863 ≥ 2 × poverty_line Rp 1.165.864 does not hold');
        expect(rows.get('408')!.benefit).toBe('Rp 1.500.000');
    });

    it('reads 85,5 as 85,5% and 79,9 as just under 80%', () => {
        const rows = decisionsOf(out);
        expect(rows.get('401')!.explanation).toContain('p2k2_attendance 85,5% ≥ 80%');
        expect(rows.get('405')!.explanation).toContain('p2k2_attendance 79,9% ≥ 80% does not hold');
    });

    it('reads Y, yes, 1 and ya as yes; T, 0 and no as no', () => {
        const rows = decisionsOf(out);
        expect(['401', '402', '403'].map((id) => rows.get(id)!.category)).toEqual(['self_reliant', 'self_reliant', 'self_reliant']);
        expect(rows.get('406')!.category).toBe('natural');
        expect(rows.get('407')!.explanation).toContain('has_business is no');
        expect(rows.get('408')!.explanation).toContain('has_business is no');
    });

    it('ranks by income, the tie between …401 and …403 broken on the key', () => {
        const rows = decisionsOf(out);
        expect(['402', '401', '403'].map((id) => [rows.get(id)!.rank, rows.get(id)!.status])).toEqual([
            ['1', 'proposed'], ['2', 'proposed'], ['3', 'reserve'],
        ]);
    });
});

describe('quoted fields with separators, quotes and line breaks', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out.csv');
    const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data('quoted.csv'), '--out', out]);

    it('keeps commas, quotes and line breaks inside the field', () => {
        expect(result.status).toBe(0);
        const rows = decisionsOf(out);
        expect(rows.get('501')).toMatchObject({ subdistrict: 'Kraksaan, Kota', category: 'self_reliant' });
        expect(rows.get('502')!.subdistrict).toBe('Kraksaan\nblok "B"');
    });

    it('reports a bad row on the line it starts on, after a record of two lines', () => {
        expect(result.stdout).toContain('Read 4 households: 3 decided + 1 rejected.');
        expect(result.stderr).toContain('quoted.csv:5: column sd = "dua"');
        expect(readCsv(path.join(dir, 'out.rejects.csv')).map((r) => [r.row, r.column, r.value])).toEqual([['5', 'sd', 'dua']]);
    });
});

describe('--delimiter', () => {
    it('overrides the separator found in the header', () => {
        const dir = scratchCopyOfExamples();
        // read as commas, the semicolon file has one column only, and says so
        const result = kaidah(['run', targetOfTwo(dir), '--data', data('excel-id.csv'), '--delimiter', ',']);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('Columns found: no_peserta;kabupaten;kecamatan;');
        const semicolons = kaidah(['run', targetOfTwo(dir), '--data', data('excel-id.csv'), '--delimiter', ';']);
        expect(semicolons.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
    }, 60_000);

    it('reads tab-separated files, and refuses a separator it does not know', () => {
        const dir = scratchCopyOfExamples();
        const file = path.join(dir, 'tabs.tsv');
        writeFileSync(file, readFileSync(data('clean-ties.csv'), 'utf8').replaceAll(',', '\t'));
        expect(kaidah(['run', targetOfTwo(dir), '--data', file, '--delimiter', 'tab']).stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        expect(kaidah(['run', targetOfTwo(dir), '--data', file]).stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        const refused = kaidah(['run', targetOfTwo(dir), '--data', file, '--delimiter', '|']);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('--delimiter |');
    }, 90_000);
});

describe('headers written differently', () => {
    it('match the mapped header or the column name, ignoring case, spaces and underscores', () => {
        const dir = scratchCopyOfExamples();
        const [, ...rows] = readFileSync(data('clean-ties.csv'), 'utf8').trim().split('\n');
        const file = path.join(dir, 'headers.csv');
        // NO PESERTA (mapped header, spaced and upper case), district and monthly_income (names, not headers)
        writeFileSync(file, ['NO PESERTA,District,Kecamatan ,id pendamping,IBU_HAMIL,anak usia dini,SD,smp,sma,disabilitas,lansia,Monthly Income,kehadiran_p2k2,punya_usaha,DESIL', ...rows].join('\n'));
        const out = path.join(dir, 'out.csv');
        const result = kaidah(['run', targetOfTwo(dir), '--data', file, '--out', out]);
        expect(result.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        expect(decisionsOf(out).get('101')!.status).toBe('proposed');
    });
});

describe('Excel workbooks', () => {
    const dir = scratchCopyOfExamples();
    const workbook = path.join(dir, 'kpm.xlsx');
    const header = readFileSync(data('clean-ties.csv'), 'utf8').split('\n')[0]!.split(',');
    let first: CliResult;
    let second: CliResult;

    beforeAll(async () => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('Data KPM');
        sheet.addRow(header);
        // ids as text; money and percentages as numbers, one percentage formatted as a percentage
        sheet.addRow(['3513000000000601', 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 0, 0, 1, 0, 0, 0, 0, 2_100_000, 92, 'ya', 2]);
        const percent = sheet.addRow(['3513000000000602', 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 0, 1, 0, 0, 0, 0, 0, 1_500_000, 0.855, true, 3]);
        percent.getCell(13).numFmt = '0.0%';
        // a 16-digit id typed into Excel as a number: it keeps 15 digits and shows 3.51E+15
        sheet.addRow([3513000000000603, 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 0, 0, 1, 0, 0, 0, 0, 900_000, 80, 'tidak', 2]);
        sheet.addRow(['3513000000000604', 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 0, 0, 0, 0, 0, 0, 0, 500_000, 40, 'tidak', 1]);
        const other = book.addWorksheet('Susulan');
        other.addRow(header);
        other.addRow(['3513000000000701', 'Kabupaten Probolinggo', 'Dringu', 'PDP-3513-0002', 0, 0, 1, 0, 0, 0, 0, 700_000, 90, 'tidak', 2]);
        await book.xlsx.writeFile(workbook);
        first = kaidah(['run', targetOfTwo(dir), '--data', workbook, '--out', path.join(dir, 'first.csv')]);
        second = kaidah(['run', targetOfTwo(dir), '--data', workbook, '--sheet', 'susulan', '--out', path.join(dir, 'second.csv')]);
    }, 90_000);

    it('reads the first sheet by default, numbers and percentages as they are shown', () => {
        expect(first.stdout).toContain('Read 4 households: 3 decided + 1 rejected.');
        const rows = decisionsOf(path.join(dir, 'first.csv'));
        expect(rows.get('601')!.explanation).toContain('monthly_income Rp 2.100.000 ≥');
        expect(rows.get('601')!.explanation).toContain('p2k2_attendance 92% ≥ 80%');
        expect(rows.get('602')!.explanation).toContain('p2k2_attendance 85,5% ≥ 80%');
        expect(rows.get('604')!.category).toBe('natural');
    });

    it('rejects a 16-digit id that the spreadsheet stored as a number, saying the digits are lost', () => {
        const rejects = readCsv(path.join(dir, 'first.rejects.csv'));
        expect(rejects).toHaveLength(1);
        expect(rejects[0]).toMatchObject({ row: '4', column: 'no_peserta', value: '3.51E+15' });
        expect(rejects[0]!.reason).toMatch(/spreadsheet.*lost its digits/);
    });

    it('reads the sheet named with --sheet, and lists the sheets when the name is wrong', () => {
        expect(second.stdout).toContain('Read 1 household: 1 decided + 0 rejected.');
        expect(decisionsOf(path.join(dir, 'second.csv')).get('701')!.subdistrict).toBe('Dringu');
        const wrong = kaidah(['run', targetOfTwo(dir), '--data', workbook, '--sheet', 'Januari']);
        expect(wrong.status).toBe(1);
        expect(wrong.stderr).toContain('the workbook has no sheet "Januari". Sheets found: Data KPM, Susulan.');
    }, 60_000);
});

describe('JSON and NDJSON', () => {
    const dir = scratchCopyOfExamples();
    const [headerLine, ...lines] = readFileSync(data('clean-ties.csv'), 'utf8').trim().split('\n');
    const header = headerLine!.split(',');
    /** The clean-ties households as objects with typed values, as an API would send them. */
    const objects = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => {
        const name = header[i]!;
        if (name === 'no_peserta' || name === 'kabupaten' || name === 'kecamatan' || name === 'id_pendamping') return [name, cell];
        if (name === 'punya_usaha') return [name, cell === 'ya'];
        return [name, Number(cell)];
    })));
    const csv = kaidah(['run', targetOfTwo(dir), '--data', data('clean-ties.csv'), '--out', path.join(dir, 'csv.csv')]);

    it('decides a JSON array of households exactly as the same households in CSV', () => {
        const file = path.join(dir, 'kpm.json');
        writeFileSync(file, JSON.stringify(objects, null, 2));
        const out = path.join(dir, 'json.csv');
        const result = kaidah(['run', targetOfTwo(dir), '--data', file, '--out', out]);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        expect(readCsv(out)).toEqual(readCsv(path.join(dir, 'csv.csv')));
        expect(csv.status).toBe(0);
    });

    it('reads NDJSON line by line, and rejects a line that is not a household', () => {
        const file = path.join(dir, 'kpm.ndjson');
        const ndjson = objects.map((o) => JSON.stringify(o));
        ndjson.splice(3, 0, '{"no_peserta": "3513000000000999", oops');
        writeFileSync(file, ndjson.join('\n') + '\n');
        const out = path.join(dir, 'ndjson.csv');
        const result = kaidah(['run', targetOfTwo(dir), '--data', file, '--out', out]);
        expect(result.stdout).toContain('Read 9 households: 8 decided + 1 rejected.');
        expect(readCsv(path.join(dir, 'ndjson.rejects.csv'))[0]).toMatchObject({ row: '4', column: '' });
        expect(readCsv(path.join(dir, 'ndjson.rejects.csv'))[0]!.reason).toContain('not valid JSON');
        const sorted = (rows: Record<string, string>[]) => [...rows].sort((a, b) => a.id!.localeCompare(b.id!));
        expect(sorted(readCsv(out))).toEqual(sorted(readCsv(path.join(dir, 'csv.csv'))));
    });
});

describe('--max-rejects: a file that is mostly garbage', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'decisions.csv');
    // yesterday's decisions: a real earlier output, which a later run may replace (an unknown file it may not)
    kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', path.join(dir, 'data/probolinggo-sample.csv'), '--out', out]);
    const yesterday = readFileSync(out, 'utf8');
    // malformed.csv: rows on lines 3, 5, 6, 8, 9 and 10 are bad
    const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data('malformed.csv'), '--out', out, '--max-rejects', '2']);

    it('stops at the third rejected row, says so and exits 1', () => {
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('Stopped: 3 of the 5 rows read so far were rejected, more than --max-rejects 2 allows.');
        expect(result.stdout).not.toContain('Read ');
    });

    it('still writes what was rejected, and no decisions', () => {
        expect(readCsv(path.join(dir, 'decisions.rejects.csv')).map((r) => r.row)).toEqual(['3', '5', '6']);
        expect(result.stderr).toContain('3 rejected rows so far are listed with row, column and reason in');
        expect(yesterday).toMatch(/^id,district,/);
        expect(readFileSync(out, 'utf8')).toBe(yesterday);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('lets a run with fewer rejects through', () => {
        const through = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data('malformed.csv'), '--out', out, '--max-rejects', '6']);
        expect(through.status).toBe(0);
        expect(through.stdout).toContain('Read 10 households: 4 decided + 6 rejected.');
        expect(existsSync(out)).toBe(true);
    }, 60_000);
});
