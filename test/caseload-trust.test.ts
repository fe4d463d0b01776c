/**
 * Decisions an officer can trust on a real export (issue 9): every household once, districts
 * matched as officers write them, a run with no district matched refused, `--strict` for CI, and
 * the evaluation date with the dated values it picked. Data as Indonesian Excel saves CSV: `;`,
 * a BOM, CRLF, money with `Rp` and dot thousands, decimal commas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const HEADER = ['no_peserta', 'kabupaten', 'kecamatan', 'id_pendamping', 'ibu_hamil', 'anak_usia_dini', 'sd', 'smp', 'sma', 'disabilitas', 'lansia', 'penghasilan_bulanan', 'kehadiran_p2k2', 'punya_usaha', 'desil'];

/** The first `count` households of the Probolinggo sample, as field arrays. */
function sampleRows(count: number): string[][] {
    const lines = readFileSync(path.join(examplesDir, 'data/probolinggo-sample.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(HEADER.join(','));
    return lines.slice(1, count + 1).map((line) => line.split(','));
}

/** Money as `Rp 1.067.000`, attendance with a decimal comma, `;`, BOM and CRLF: a CSV from Indonesian Excel. */
function writeExcelCsv(file: string, rows: string[][]): void {
    const money = (text: string) => `Rp ${text.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
    const lines = [HEADER, ...rows.map((r) => r.map((cell, i) => (i === 11 ? money(cell) : i === 12 ? `${cell},0` : cell)))];
    writeFileSync(file, '\uFEFF' + lines.map((l) => l.join(';')).join('\r\n') + '\r\n');
}

function rulesFor(dir: string, district: string, name = 'trust'): string {
    const file = path.join(dir, `${name}.kaidah`);
    writeFileSync(file, `use "pkh-2024.kaidah"\n\n${district} {\n  facilitators 1\n  target self_reliant = 2\n}\n`);
    return file;
}

const withDistrict = (rows: string[][], spelling: (i: number) => string) => rows.map((r, i) => [r[0]!, spelling(i), ...r.slice(2)]);

describe('every household once', () => {
    const dir = scratchCopyOfExamples();
    const rows = sampleRows(20);
    const data = [...rows, rows[2]!, [...rows[5]!.slice(0, 11), '999000', ...rows[5]!.slice(12)], withDistrict([rows[6]!], () => 'KAB. PROBOLINGGO')[0]!];
    writeExcelCsv(path.join(dir, 'twice.csv'), data);
    const out = path.join(dir, 'out.csv');
    const result = kaidah(['run', rulesFor(dir, 'district "Kabupaten Probolinggo"'), '--data', path.join(dir, 'twice.csv'), '--out', out]);
    const rejects = readCsv(path.join(dir, 'out.rejects.csv'));

    it('counts each row once: 23 read = 19 decided + 4 rejected', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 23 households: 19 decided + 4 rejected.');
    });

    it('rejects an identical repeat as a duplicate of its row, and decides the household once', () => {
        const decisions = readCsv(out);
        expect(decisions.filter((d) => d.id === rows[2]![0]).length).toBe(1);
        expect(rejects).toContainEqual(expect.objectContaining({ row: '22', column: 'no_peserta', value: rows[2]![0], reason: 'duplicate of row 4' }));
        // the district spelled another way is the same district: the same data
        expect(rejects).toContainEqual(expect.objectContaining({ row: '24', reason: 'duplicate of row 8' }));
    });

    it('decides neither row when the repeat has different data, and lists both', () => {
        const key = rows[5]![0]!;
        const reason = `row 7 and row 23 both have household ${key} with different data; neither is decided, as nobody can tell which is right`;
        expect(rejects.filter((r) => r.value === key).map((r) => [r.row, r.reason])).toEqual([['7', reason], ['23', reason]]);
        expect(readCsv(out).some((d) => d.id === key)).toBe(false);
    });

    it('says so in Bahasa Indonesia', () => {
        const id = kaidah(['run', path.join(dir, 'trust.kaidah'), '--data', path.join(dir, 'twice.csv'), '--out', path.join(dir, 'id.csv')], { env: { LANG: 'id_ID.UTF-8' } });
        expect(id.status).toBe(0);
        // Indonesian Excel's CSV: `;` between cells
        const reasons = (parse(readFileSync(path.join(dir, 'id.rejects.csv'), 'utf8'), { columns: true, bom: true, delimiter: [';', ','] }) as Record<string, string>[])
            .map((r) => r.reason);
        expect(reasons).toContain('duplikat baris 4');
        expect(reasons).toContain(`baris 7 dan baris 23 sama-sama memuat KPM ${rows[5]![0]} dengan data berbeda; keduanya tidak diputuskan, karena tidak dapat diketahui mana yang benar`);
    });

    it('ranks and proposes a household listed twice once (the same decisions as without the repeat)', () => {
        const once = path.join(dir, 'once.csv');
        writeExcelCsv(once, rows.filter((_, i) => i !== 5));
        kaidah(['run', path.join(dir, 'trust.kaidah'), '--data', once, '--out', path.join(dir, 'once-out.csv')]);
        const byId = (file: string) => readCsv(file).map((d) => [d.id, d.status, d.rank, d.candidates]).sort();
        expect(byId(out)).toEqual(byId(path.join(dir, 'once-out.csv')));
    });

    it('--strict fails the run after writing the outputs, saying why', () => {
        const strict = kaidah(['run', path.join(dir, 'trust.kaidah'), '--data', path.join(dir, 'twice.csv'), '--out', path.join(dir, 'strict.csv'), '--strict']);
        expect(strict.status).toBe(1);
        expect(strict.stderr).toContain('--strict: 4 rows were rejected; the outputs are written, but the run fails.');
        expect(readCsv(path.join(dir, 'strict.csv')).length).toBe(19);
    });
});

describe('districts matched the way officers write them', () => {
    const dir = scratchCopyOfExamples();
    const rows = sampleRows(12);
    const spellings = ['KAB. JEMBER', 'Kab Jember', 'kabupaten  jember', '3509', '35.09', 'JEMBER', 'Kab.Jember', 'Kabupaten Jember', 'KAB JEMBR', 'KAB JEMBR', 'PROBOLINGGO', 'Kota Malang'];
    writeExcelCsv(path.join(dir, 'jember.csv'), withDistrict(rows, (i) => spellings[i]!));
    const rules = rulesFor(dir, 'district "Kabupaten Jember" code 3509');
    const result = kaidah(['run', rules, '--data', path.join(dir, 'jember.csv')]);

    it('matches Kab./KAB./case/spacing, the region code and an unambiguous bare name', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/Kabupaten Jember\s*│\s*8 │/);
        expect(result.stdout).toContain('in districts without rules 4');
    });

    it('names each spelling that matched nothing, with did-you-mean, and never guesses a kabupaten-and-kota name', () => {
        expect(result.stdout).toContain('4 households are in no district of the rules; their district as written in the data:');
        expect(result.stdout).toContain('"KAB JEMBR": 2 households — did you mean `Kabupaten Jember`?');
        expect(result.stdout).toContain('"PROBOLINGGO": 1 household\n');
        expect(result.stdout).toContain('"Kota Malang": 1 household\n');
    });

    it('says why a bare PROBOLINGGO is not matched when the rules declare Kabupaten Probolinggo', () => {
        const probolinggo = rulesFor(dir, 'district "Kabupaten Probolinggo"\n{ facilitators 1 }\ndistrict "Kabupaten Jember" code 3509', 'both');
        const run = kaidah(['run', probolinggo, '--data', path.join(dir, 'jember.csv')]);
        expect(run.stdout).toContain('"PROBOLINGGO": 1 household — not matched to `Kabupaten Probolinggo`: "PROBOLINGGO" is the name of both a kabupaten and a kota in Indonesia; write "Kabupaten …" or "Kota …", or the region code');
    });

    it('refuses a run in which no row matches any district, naming the spellings', () => {
        writeExcelCsv(path.join(dir, 'none.csv'), withDistrict(rows, (i) => (i < 8 ? 'PROBOLINGGO' : 'Kab. Probolinggo')));
        const none = kaidah(['run', rules, '--data', path.join(dir, 'none.csv'), '--out', path.join(dir, 'none-out.csv')]);
        expect(none.status).toBe(1);
        expect(none.stderr).toContain('"PROBOLINGGO": 8 households');
        expect(none.stderr).toContain('"Kab. Probolinggo": 4 households');
        expect(none.stderr).toContain('No row of');
        expect(none.stderr).toContain('matches a district of the rules (Kabupaten Jember), so nothing can be proposed.');
    });

    it('shows the unmatched spellings with did-you-mean, and the poverty line in force, in the HTML report', () => {
        const report = path.join(dir, 'report.html');
        expect(kaidah(['run', rules, '--data', path.join(dir, 'jember.csv'), '--report', report]).status).toBe(0);
        const page = readFileSync(report, 'utf8');
        expect(page).toContain('KAB JEMBR (2) — did you mean `Kabupaten Jember`?');
        expect(page).toContain('poverty_line = Rp 582.932 (in force from 1 March 2024)');
    });

    it('--strict fails a run that leaves rows in no district', () => {
        const strict = kaidah(['run', rules, '--data', path.join(dir, 'jember.csv'), '--strict']);
        expect(strict.status).toBe(1);
        expect(strict.stderr).toContain('--strict: 4 households are in no district of the rules; the outputs are written, but the run fails.');
    });
});

describe('the evaluation date and the dated values it picked', () => {
    const dir = scratchCopyOfExamples();
    writeExcelCsv(path.join(dir, 'few.csv'), sampleRows(5));
    const rules = rulesFor(dir, 'district "Kabupaten Probolinggo"');

    it('prints 31 December of the program year and the poverty line in force', () => {
        const result = kaidah(['run', rules, '--data', path.join(dir, 'few.csv')]);
        expect(result.stdout).toContain('Evaluated for 31 December 2024 (31 December of the program year; choose another date with --on).');
        expect(result.stdout).toContain('  poverty_line = Rp 582.932 (in force from 1 March 2024)');
    });

    it('prints the --on date, in Bahasa Indonesia too', () => {
        const result = kaidah(['run', rules, '--data', path.join(dir, 'few.csv'), '--on', '2024-06-30'], { env: { LANG: 'id_ID.UTF-8' } });
        expect(result.stdout).toContain('Dievaluasi per 30 Juni 2024 (--on).');
        expect(result.stdout).toContain('  poverty_line = Rp 582.932 (berlaku sejak 1 Maret 2024)');
    });
});
