/**
 * Why each family is where it is: decision sentences in both languages, `kaidah explain` for one
 * family's full trace, facilitator worklists, and `--mask` for NIK/KK-like numbers in every output.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const data = (name: string) => path.join(fixturesDir, 'data', name);

function rules(dir: string, name: string, body: string): string {
    const file = path.join(dir, `${name}.kaidah`);
    writeFileSync(file, `use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n${body}}\n`);
    return file;
}

const tiesBody = '  facilitators 1\n  target self_reliant = 2\n';
const unitsBody = '  facilitators 3\n  target self_reliant = 2 per facilitator\n  target natural = round down(10% of households) per subdistrict\n';

describe('decision sentences in Indonesian (--lang id)', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out.csv');
    const result = kaidah(['--lang', 'id', 'run', rules(dir, 'ties', tiesBody), '--data', data('clean-ties.csv'), '--out', out]);
    const rows = new Map(readCsv(out).map((row) => [row.id!.slice(-3), row]));

    it('gives the category with its values, then the rank and the target', () => {
        expect(result.status).toBe(0);
        expect(rows.get('105')!.explanation).toBe(
            'Graduasi Sejahtera Mandiri: has_business bernilai ya; monthly_income Rp 1.500.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%. Peringkat 3 dari 4 di Kabupaten Probolinggo; target 2: cadangan.',
        );
    });

    it('says why a family stays, condition by condition', () => {
        expect(rows.get('108')!.explanation).toBe(
            'KPM tidak memenuhi kategori graduasi mana pun. Graduasi Alamiah: eligible_members 1 = 0 tidak terpenuhi dan ' +
                'welfare_decile 2 > 4 tidak terpenuhi; Graduasi Sejahtera Mandiri: monthly_income Rp 1.165.863 ≥ 2 × poverty_line ' +
                'Rp 1.165.864 tidak terpenuhi. Tetap menjadi KPM.',
        );
    });

    it('also takes --lang after the command', () => {
        const after = kaidah(['run', rules(dir, 'ties2', tiesBody), '--data', data('clean-ties.csv'), '--lang', 'id']);
        expect(after.stdout).toContain('Dibaca 8 KPM: 8 diputuskan + 0 ditolak.');
    });
});

describe('kaidah explain: one family\'s full trace', () => {
    const dir = scratchCopyOfExamples();
    const file = rules(dir, 'units', unitsBody);
    const en = kaidah(['explain', file, '--data', data('units.csv'), '--id', '3513000000000301']);

    it('prints every value, with the column labels and the formulas of worked-out values', () => {
        expect(en.stderr).toBe('');
        expect(en.status).toBe(0);
        expect(en.stdout).toMatch(/^Household 3513000000000301\n {2}Kabupaten Probolinggo · sub-district Dringu · facilitator PDP-A · Row 2 of /);
        expect(en.stdout).toMatch(/monthly_income +Rp 2\.000\.000 +Penghasilan per bulan/);
        expect(en.stdout).toMatch(/eligible_members +1 +\(worked out: pregnant \+ early_child \+ elementary/);
    });

    it('prints every category with every condition and its values, and the one that decided', () => {
        expect(en.stdout).toContain('1. Graduasi Alamiah (natural): does not hold');
        expect(en.stdout).toContain('✗ welfare_decile 2 > 4');
        expect(en.stdout).toContain('2. Graduasi Sejahtera Mandiri (self_reliant): holds ← the household\'s category');
        expect(en.stdout).toContain('✓ p2k2_attendance 90% ≥ 80%');
    });

    it('prints the ranking within the facilitator\'s caseload, and the decision', () => {
        expect(en.stdout).toContain('Ranking: by monthly_income, highest first; this household: Rp 2.000.000');
        expect(en.stdout).toContain('ranked 3 of 4 among the households of facilitator PDP-A; target 2 per facilitator: reserve');
        expect(en.stdout).toMatch(/Decision: reserve\n$/);
    });

    it('shows the benefit components paid, and those the cap leaves unpaid', () => {
        const dir2 = scratchCopyOfExamples();
        const many = path.join(dir2, 'many.csv');
        const header = readFileSync(data('clean-ties.csv'), 'utf8').split('\n')[0];
        // 1 pregnant, 2 pupils, 2 elderly: five members qualify, four are paid, one pupil is not
        writeFileSync(many, `${header}\n3513000000000801,Kabupaten Probolinggo,Dringu,PDP-A,1,0,2,0,0,0,2,700000,90,tidak,1\n`);
        const result = kaidah(['explain', rules(dir2, 'p', tiesBody), '--data', many, '--id', '3513000000000801']);
        expect(result.stdout).toContain('Benefit: Rp 8.700.000 a year (at most 4 members are paid, the highest amounts first)');
        expect(result.stdout).toContain('paid      2 × elderly Rp 2.400.000 = Rp 4.800.000');
        expect(result.stdout).toContain('not paid  1 × elementary Rp 900.000: over the cap on paid members');
        expect(result.stdout).toContain('Ranking: not ranked (no graduation category)');
        expect(result.stdout).toContain('Decision: stays');
    });

    it('speaks Indonesian with --lang id', () => {
        const id = kaidah(['--lang', 'id', 'explain', file, '--data', data('units.csv'), '--id', '3513000000000313']);
        expect(id.status).toBe(0);
        expect(id.stdout).toContain('KPM 3513000000000313');
        expect(id.stdout).toContain('1. Graduasi Alamiah (natural): terpenuhi ← kategori KPM ini');
        expect(id.stdout).toContain('peringkat 2 dari 2 di kecamatan Leces; target 1 per kecamatan (round down(10% of households), 10 KPM): cadangan');
        expect(id.stdout).toContain('Keputusan: cadangan');
    });

    it('says so when the id is not in the data, or its row was rejected', () => {
        const missing = kaidah(['explain', file, '--data', data('units.csv'), '--id', '3513000000009999']);
        expect(missing.status).toBe(1);
        expect(missing.stderr).toContain('No household with id 3513000000009999 in');
        const rejected = kaidah(['explain', path.join(dir, 'probolinggo.kaidah'), '--data', data('malformed.csv'), '--id', '3513000000000202']);
        expect(rejected.status).toBe(1);
        expect(rejected.stdout).toContain('Household 3513000000000202 (row 3) was rejected and has no decision:');
        expect(rejected.stdout).toContain('elementary (column "sd"): "dua" is not a number');
    }, 60_000);
});

describe('facilitator worklists', () => {
    const dir = scratchCopyOfExamples();
    const file = rules(dir, 'units', unitsBody);
    const folder = path.join(dir, 'worklists');
    const single = path.join(dir, 'worklists.csv');
    const result = kaidah(['run', file, '--data', data('units.csv'), '--worklists', folder]);

    it('writes one file per facilitator with candidates: proposed first in rank order, then the reserve', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Worklists for 3 facilitators written to ${folder}.`);
        expect(readdirSync(folder).sort()).toEqual(['.kaidah-worklists', 'PDP-A.csv', 'PDP-B.csv', 'PDP-C.csv']);
        const a = readCsv(path.join(folder, 'PDP-A.csv'));
        expect(a.map((r) => [r.visit, r.id!.slice(-3), r.category, r.status, r.rank])).toEqual([
            ['1', '305', 'natural', 'proposed', '1'],
            ['2', '302', 'self_reliant', 'proposed', '1'],
            ['3', '304', 'self_reliant', 'proposed', '2'],
            ['4', '306', 'natural', 'reserve', '2'],
            ['5', '307', 'natural', 'reserve', '3'],
            ['6', '301', 'self_reliant', 'reserve', '3'],
            ['7', '303', 'self_reliant', 'reserve', '4'],
        ]);
        expect(readCsv(path.join(folder, 'PDP-C.csv')).map((r) => r.id)).toEqual(['3513000000000313']);
    });

    it('gives the reason each family is on the list', () => {
        const a = readCsv(path.join(folder, 'PDP-A.csv'));
        expect(a[1]).toMatchObject({ facilitator: 'PDP-A', district: 'Kabupaten Probolinggo', subdistrict: 'Dringu' });
        expect(a[1]!.reason).toBe('Graduasi Sejahtera Mandiri. Ranked 1 of 4 among the households of facilitator PDP-A; target 2 per facilitator: proposed.');
    });

    it('writes one file with a facilitator column when given a .csv file', () => {
        const one = kaidah(['run', file, '--data', data('units.csv'), '--worklists', single]);
        expect(one.status).toBe(0);
        const rows = readCsv(single);
        expect(rows.map((r) => `${r.facilitator} ${r.visit} ${r.id!.slice(-3)}`)).toEqual([
            'PDP-A 1 305', 'PDP-A 2 302', 'PDP-A 3 304', 'PDP-A 4 306', 'PDP-A 5 307', 'PDP-A 6 301', 'PDP-A 7 303',
            'PDP-B 1 312', 'PDP-B 2 311',
            'PDP-C 1 313',
        ]);
    });
});

describe('--mask: NIK and KK numbers in every output', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out.csv');
    const folder = path.join(dir, 'lists');
    const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data('malformed.csv'), '--out', out, '--worklists', folder, '--mask']);

    it('masks ids in the decisions, the rejects, the worklists and on the terminal', () => {
        expect(result.status).toBe(0);
        const decisions = readCsv(out);
        expect(decisions.map((r) => r.id)).toEqual(['3513********0201', '3513********0206', '3513********0210', '3513********0203']);
        const everything = [
            readFileSync(out, 'utf8'),
            readFileSync(path.join(dir, 'out.rejects.csv'), 'utf8'),
            ...readdirSync(folder).map((f) => readFileSync(path.join(folder, f), 'utf8')),
            result.stdout,
            result.stderr,
        ].join('\n');
        expect(everything).not.toMatch(/\d{16}/);
        expect(readCsv(path.join(folder, 'PDP-3513-0002.csv'))[0]!.id).toBe('3513********0203');
    });

    it('masks the trace of kaidah explain', () => {
        const explained = kaidah(['explain', path.join(dir, 'probolinggo.kaidah'), '--data', data('clean-ties.csv'), '--id', '3513000000000101', '--mask']);
        expect(explained.stdout).toContain('Household 3513********0101');
        expect(explained.stdout).not.toMatch(/\d{16}/);
    });
});
