/**
 * Targets per facilitator, per sub-district and worked out from the caseload, rewards and the
 * budget, on test/fixtures/data/units.csv (see units.md for every figure, worked out by hand).
 * Targets per district are in test/cli-run.test.ts and test/field-figures.test.ts.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const units = path.join(fixturesDir, 'data/units.csv');

function rules(dir: string, name: string, body: string): string {
    const file = path.join(dir, `${name}.kaidah`);
    writeFileSync(file, `use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 3\n${body}}\n`);
    return file;
}

/** The cells of the summary line of a category: target, candidates, proposed, reserve, shortfall. */
function summaryLine(stdout: string, label: string): string[] {
    const line = stdout.split('\n').find((l) => l.includes(label))!;
    const cells = line.split('│').map((c) => c.trim()).filter((c) => c !== '');
    return cells.slice(cells.indexOf(label) + 1);
}

const byId = (file: string) => new Map(readCsv(file).map((row) => [row.id!.slice(-3), row]));
const placed = (rows: Map<string, Record<string, string>>, ids: string[]) => ids.map((id) => `${id} ${rows.get(id)!.status} ${rows.get(id)!.rank}/${rows.get(id)!.candidates}`);

describe('targets per facilitator and per sub-district, with a reward', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'out.csv');
    const file = rules(dir, 'units', [
        '  target self_reliant = 2 per facilitator',
        '  target natural = round down(10% of households) per subdistrict',
        '  reward self_reliant = Rp 1,5 juta',
        '',
    ].join('\n'));
    const result = kaidah(['run', file, '--data', units, '--out', out]);

    it('runs and accounts for every household', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 22 households: 22 decided + 0 rejected.');
        expect(result.stdout).toContain('Proposed 5, in reserve 5, staying in the programme 12.');
    });

    it('per facilitator: each facilitator\'s own candidates, top 2 by income, ties by key', () => {
        const rows = byId(out);
        expect(placed(rows, ['302', '304', '301', '303'])).toEqual(['302 proposed 1/4', '304 proposed 2/4', '301 reserve 3/4', '303 reserve 4/4']);
        expect(placed(rows, ['311'])).toEqual(['311 proposed 1/1']);
        expect(rows.get('304')!.explanation).toContain('Ranked 2 of 4 among the households of facilitator PDP-A; target 2 per facilitator: proposed.');
    });

    it('per sub-district: 10% of each sub-district\'s caseload, rounded down as written', () => {
        const rows = byId(out);
        // Dringu: 12 households → 1; Leces: 10 households → 1
        expect(placed(rows, ['305', '306', '307', '312', '313'])).toEqual([
            '305 proposed 1/3', '306 reserve 2/3', '307 reserve 3/3', '312 proposed 1/2', '313 reserve 2/2',
        ]);
        expect(rows.get('306')!.explanation).toContain(
            'Ranked 2 of 3 in sub-district Dringu; target 1 per sub-district (round down(10% of households), 12 households): reserve.',
        );
    });

    it('sums the units in the summary, shortfall counted per unit', () => {
        // self-reliant: targets 2 + 2 + 2; PDP-B is 1 short and PDP-C 2 short, though PDP-A has 2 in reserve
        expect(summaryLine(result.stdout, 'Graduasi Sejahtera Mandiri')).toEqual(['6', '5', '3', '2', '3']);
        expect(summaryLine(result.stdout, 'Graduasi Alamiah')).toEqual(['2', '5', '2', '3', '0']);
        expect(result.stdout).toContain(
            'Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: target 2 per facilitator in 3 facilitators: 2 short of their target (shortfall 3 in all), 1 with more candidates than their target',
        );
    });

    it('adds each proposed graduate\'s reward to a budget line: 3 × Rp 1.500.000', () => {
        expect(result.stdout).toContain('Rewards for graduates (budget):');
        expect(result.stdout).toContain('Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: 3 proposed × Rp 1.500.000 = Rp 4.500.000');
        expect(result.stdout).toContain('Total: Rp 4.500.000');
    });
});

describe('a district target worked out from the caseload', () => {
    it('10% of the district\'s 22 households, rounded down: 2', () => {
        const dir = scratchCopyOfExamples();
        const out = path.join(dir, 'out.csv');
        const result = kaidah(['run', rules(dir, 'share', '  target natural = round down(10% of households)\n'), '--data', units, '--out', out]);
        expect(result.status).toBe(0);
        expect(summaryLine(result.stdout, 'Graduasi Alamiah')).toEqual(['2', '5', '2', '3', '0']);
        const rows = byId(out);
        expect(placed(rows, ['305', '306', '307', '312', '313'])).toEqual([
            '305 proposed 1/5', '306 proposed 2/5', '307 reserve 3/5', '312 reserve 4/5', '313 reserve 5/5',
        ]);
        expect(rows.get('307')!.explanation).toContain(
            'Ranked 3 of 5 in Kabupaten Probolinggo; target 2 (round down(10% of households), 22 households): reserve.',
        );
        expect(result.stdout).not.toContain('Rewards for graduates');
    });

    it('in Indonesian: peringkat … di kecamatan …; target … per pendamping', () => {
        const dir = scratchCopyOfExamples();
        const out = path.join(dir, 'out.csv');
        const file = rules(dir, 'id', '  target self_reliant = 2 per facilitator\n  target natural = round down(10% of households) per subdistrict\n');
        const result = kaidah(['--lang', 'id', 'run', file, '--data', units, '--out', out]);
        expect(result.status).toBe(0);
        const rows = byId(out);
        expect(rows.get('301')!.explanation).toBe(
            'Graduasi Sejahtera Mandiri: has_business bernilai ya; monthly_income Rp 2.000.000 ≥ 2 × poverty_line Rp 1.165.864; p2k2_attendance 90% ≥ 80%. ' +
                'Peringkat 3 dari 4 pada pendamping PDP-A; target 2 per pendamping: cadangan.',
        );
        expect(rows.get('313')!.explanation).toBe(
            'Graduasi Alamiah: eligible_members 0 = 0. Peringkat 2 dari 2 di kecamatan Leces; target 1 per kecamatan (round down(10% of households), 10 KPM): cadangan.',
        );
        expect(result.stdout).toContain('Target yang dihitung per kecamatan atau per pendamping:');
    });
});

describe('the facilitators column, when the rules call the quantity pendamping', () => {
    const dir = scratchCopyOfExamples();
    const file = path.join(dir, 'pendamping.kaidah');
    writeFileSync(file, [
        'use "pkh-2024.kaidah"',
        '',
        'every district {',
        '  quantity pendamping count "Jumlah pendamping"',
        '}',
        '',
        'district "Kabupaten Probolinggo" {',
        '  pendamping 3',
        '  target self_reliant = pendamping × 1',
        '}',
        '',
    ].join('\n'));
    const result = kaidah(['--lang', 'id', 'run', file, '--data', path.join(fixturesDir, 'data/clean-ties.csv')]);

    it('shows the district\'s pendamping under Pendamping: 3, and the target 3 × 1', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const header = result.stdout.split('\n').find((l) => l.includes('Kabupaten/Kota'))!;
        expect(header.split('│').map((c) => c.trim()).filter((c) => c !== '').slice(0, 3)).toEqual(['Kabupaten/Kota', 'KPM', 'Pendamping']);
        const line = result.stdout.split('\n').find((l) => l.includes('Kabupaten Probolinggo'))!;
        // 8 households of clean-ties.csv (see clean-ties.md)
        expect(line.split('│').map((c) => c.trim()).filter((c) => c !== '').slice(0, 3)).toEqual(['Kabupaten Probolinggo', '8', '3']);
        expect(summaryLine(result.stdout, 'Graduasi Sejahtera Mandiri')[0]).toBe('3');
    });
});
