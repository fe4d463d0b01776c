/**
 * A district's own rules stay in the district (issue 10): Jember's own category and poverty line,
 * combined with the field reports' districts as `field-reports.kaidah` combines them, through
 * `kaidah check`, `run` and `explain`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const header = 'no_peserta,kabupaten,kecamatan,id_pendamping,ibu_hamil,anak_usia_dini,sd,smp,sma,disabilitas,lansia,penghasilan_bulanan,kehadiran_p2k2,punya_usaha,desil';
// income Rp 3.600.000 without a business: only Jember's own category takes such a family
const rows = [
    '3513000000000001,Kabupaten Probolinggo,Tegalsiwalan,P1,0,0,1,0,0,0,0,3600000,50,tidak,3',
    '3509000000000001,Kabupaten Jember,Ajung,J1,0,0,1,0,0,0,0,3600000,50,tidak,3',
    // Rp 1.200.000 with a business: twice the national line (Rp 1.165.864), not twice Jember's (Rp 1.202.468)
    '3509000000000002,Kab. Jember,Ajung,J1,0,0,1,0,0,0,0,1200000,85,ya,3',
    '3513000000000002,Kabupaten Probolinggo,Tegalsiwalan,P1,0,0,1,0,0,0,0,1200000,85,ya,3',
];

let dir: string;

beforeAll(() => {
    dir = scratchCopyOfExamples();
    writeFileSync(path.join(dir, 'all.kaidah'), 'use "field-reports.kaidah"\nuse "jember.kaidah"\n');
    writeFileSync(path.join(dir, 'households.csv'), [header, ...rows].join('\n') + '\n');
});

describe('a district\'s own category and poverty line, run with the other districts', () => {
    it('checks without problems', () => {
        const result = kaidah(['check', 'all.kaidah', 'jember.kaidah'], { cwd: dir });
        expect(result.stdout).toContain('2 rule files checked: no problems.');
        expect(result.status).toBe(0);
    });

    it('never puts a Probolinggo household in Jember\'s graduasi_mampu, and uses Jember\'s line only for Jember', () => {
        const result = kaidah(['run', 'all.kaidah', '--data', 'households.csv', '--out', 'decisions.csv'], { cwd: dir });
        expect(result.status).toBe(0);
        const decisions = new Map(readCsv(path.join(dir, 'decisions.csv')).map((d) => [d.id, d]));
        expect(decisions.get('3513000000000001')).toMatchObject({ category: '', status: 'stays' });
        expect(decisions.get('3509000000000001')).toMatchObject({ category: 'graduasi_mampu', status: 'proposed' });
        expect(decisions.get('3509000000000002')).toMatchObject({ category: '', status: 'stays' });
        expect(decisions.get('3513000000000002')).toMatchObject({ category: 'self_reliant', status: 'proposed' });
        expect(decisions.get('3509000000000002')!.explanation).toContain('2 × poverty_line Rp 1.202.468 does not hold');
        expect(decisions.get('3513000000000002')!.explanation).toContain('2 × poverty_line Rp 1.165.864');
        // Probolinggo's explanation does not name Jember's category
        expect(decisions.get('3513000000000001')!.explanation).not.toContain('Graduasi Mampu');
    });

    it('lists Jember\'s own category in Jember\'s summary only, with its target, and Jember\'s line beside the national one', () => {
        const result = kaidah(['run', 'all.kaidah', '--data', 'households.csv'], { cwd: dir });
        expect(result.stdout).toContain('  poverty_line = Rp 582.932 (in force from 1 March 2024)\n  poverty_line = Rp 601.234 in Kabupaten Jember (in force from 1 March 2024)\n');
        const lines = result.stdout.split('\n').filter((line) => line.includes('Graduasi Mampu'));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/Graduasi Mampu \(Jember\)\s+│\s+100 │\s+1 │\s+1 │/);
    });

    it('explains the order: the national categories, then Jember\'s own, marked as such', () => {
        const result = kaidah(['explain', 'all.kaidah', '--data', 'households.csv', '--id', '3509000000000001'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Graduation categories, in order (national first, then the district\'s own)');
        expect(result.stdout).toContain('  1. Graduasi Alamiah (natural): does not hold');
        expect(result.stdout).toContain('  2. Graduasi Sejahtera Mandiri (self_reliant): does not hold');
        expect(result.stdout).toContain('  3. Graduasi Mampu (Jember) (graduasi_mampu) [Kabupaten Jember only]: holds ← the household\'s category');
        const probolinggo = kaidah(['explain', 'all.kaidah', '--data', 'households.csv', '--id', '3513000000000001'], { cwd: dir });
        expect(probolinggo.stdout).not.toContain('graduasi_mampu');
    });

    it('shows in the report\'s rules that Jember\'s category is Jember\'s only, after the national ones', () => {
        const result = kaidah(['run', 'all.kaidah', '--data', 'households.csv', '--report', 'report.html'], { cwd: dir });
        expect(result.status).toBe(0);
        const report = readFileSync(path.join(dir, 'report.html'), 'utf8');
        const order = [...report.matchAll(/<li data-category="([a-z_]+)">/g)].map((m) => m[1]);
        expect(order).toEqual(['natural', 'self_reliant', 'graduasi_mampu']);
        expect(report).toContain('<code>graduasi_mampu</code> <span class="district-only">Kabupaten Jember only</span>');
        expect(report).toContain('the national categories first, then its district');
    });

    it('counts in coverage only the Jember households as reaching Jember\'s category', () => {
        const result = kaidah(['run', 'all.kaidah', '--data', 'households.csv', '--coverage'], { cwd: dir });
        // all four reach the national ones; of Jember's two, one is Graduasi Mampu
        expect(result.stdout).toMatch(/Graduasi Sejahtera Mandiri \(self_reliant\) │\s+4 │\s+1 │/);
        expect(result.stdout).toMatch(/Graduasi Mampu \(Jember\) \(graduasi_mampu\)  │\s+2 │\s+1 │/);
    });

    it('explains in Indonesian too', () => {
        const result = kaidah(['--lang', 'id', 'explain', 'all.kaidah', '--data', 'households.csv', '--id', '3509000000000001'], { cwd: dir });
        expect(result.stdout).toContain('  3. Graduasi Mampu (Jember) (graduasi_mampu) [khusus Kabupaten Jember]: terpenuhi');
    });
});

describe('the reproduction: Jember\'s category written beside its district block', () => {
    it('is a warning (KDH048) that names the district block to move it into', () => {
        writeFileSync(path.join(dir, 'jember-leaky.kaidah'), [
            'use "pkh-2024.kaidah"',
            '',
            'district "Kabupaten Jember" {',
            '  facilitators  300',
            '  target graduasi_mampu = 100',
            '}',
            '',
            'graduation graduasi_mampu "Graduasi Mampu (Jember)"',
            '  when monthly_income > Rp 3.500.000',
            '',
        ].join('\n'));
        const result = kaidah(['check', 'jember-leaky.kaidah'], { cwd: dir });
        expect(result.stdout).toContain('jember-leaky.kaidah:8:12: warning KDH048: `graduasi_mampu` applies to the households of every district, but this file sets up only "Kabupaten Jember"');
        expect(result.stdout).toContain('Move it into `district "Kabupaten Jember" { ... }` to keep it to this district.');
    });
});

describe('a test gives a caseload for targets worked out from households', () => {
    it('pins `round down(10% of households)` for `households 1.234`', () => {
        writeFileSync(path.join(dir, 'caseload.kaidah'), [
            'use "pkh-2024.kaidah"',
            '',
            'district "Kabupaten Pasuruan" {',
            '  facilitators  10',
            '  target natural = round down(10% of households)',
            '}',
            '',
            'test "10% of 1.234 households, rounded down" {',
            '  households 1.234',
            '  expect target natural of "Kabupaten Pasuruan" = 123',
            '}',
            '',
            'test "without a caseload the target cannot be pinned" {',
            '  expect target natural of "Kabupaten Pasuruan" = 123',
            '}',
            '',
        ].join('\n'));
        const result = kaidah(['test', 'caseload.kaidah'], { cwd: dir });
        expect(result.stdout).toContain('✓ 10% of 1.234 households, rounded down');
        expect(result.stdout).toContain('✗ without a caseload the target cannot be pinned');
        expect(result.stdout).toContain('give the test a caseload, e.g. `households 1.200` on its first line');
    });
});
