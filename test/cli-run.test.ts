import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

/** A Probolinggo file whose self-reliant quota is 2, for the tie fixture (see fixtures/data/clean-ties.md). */
function tiesRules(dir: string): string {
    writeFileSync(path.join(dir, 'ties.kaidah'), 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 1\n  target self_reliant = 2\n}\n');
    return path.join(dir, 'ties.kaidah');
}

describe('kaidah run: quotas, ties and explanations', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'decisions.csv');
    const result = kaidah(['run', tiesRules(dir), '--data', path.join(fixturesDir, 'data/clean-ties.csv'), '--out', out]);
    const decisions = () => new Map(readCsv(out).map((row) => [row.id, row]));

    it('succeeds and accounts for every row', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        expect(result.stdout).toContain('Proposed 4, in reserve 2, staying in the programme 2.');
    });

    it('proposes the top of the ranking and breaks the income tie on the key', () => {
        const rows = decisions();
        const statusOf = (id: string) => [rows.get(id)?.status, rows.get(id)?.rank, rows.get(id)?.candidates];
        expect(statusOf('3513000000000101')).toEqual(['proposed', '1', '4']);
        expect(statusOf('3513000000000102')).toEqual(['proposed', '2', '4']);
        expect(statusOf('3513000000000105')).toEqual(['reserve', '3', '4']);
        expect(statusOf('3513000000000103')).toEqual(['reserve', '4', '4']);
    });

    it('puts each household in the first category whose condition holds; no target means no limit', () => {
        const rows = decisions();
        expect(rows.get('3513000000000104')).toMatchObject({ category: 'natural', category_label: 'Graduasi Alamiah', status: 'proposed' });
        expect(rows.get('3513000000000106')).toMatchObject({ category: 'natural', status: 'proposed' });
        expect(rows.get('3513000000000107')).toMatchObject({ category: '', status: 'stays' });
        expect(rows.get('3513000000000108')).toMatchObject({ category: '', status: 'stays' });
    });

    it('computes the annual benefit per household, written the Indonesian way', () => {
        const benefits = Object.fromEntries([...decisions()].map(([id, row]) => [id.slice(-3), row.benefit]));
        expect(benefits).toEqual({
            '105': 'Rp 900.000', '101': 'Rp 3.900.000', '102': 'Rp 2.400.000', '103': 'Rp 1.500.000',
            '104': 'Rp 0', '106': 'Rp 2.900.000', '107': 'Rp 4.800.000', '108': 'Rp 900.000',
        });
    });

    it('explains the conditions that held, with their values', () => {
        const why = decisions().get('3513000000000101')!.explanation;
        expect(why).toContain('Graduasi Sejahtera Mandiri');
        expect(why).toContain('monthly_income Rp 2.100.000 ≥ 2 × poverty_line Rp 1.165.864');
        expect(why).toContain('p2k2_attendance 92% ≥ 80%');
        expect(why).toContain('Ranked 1 of 4 in Kabupaten Probolinggo; target 2: proposed.');
    });

    it('prints the district summary with target, candidates, proposed and shortfall', () => {
        const line = result.stdout.split('\n').find((l) => l.includes('Graduasi Sejahtera Mandiri'))!;
        const cells = line.split('│').map((c) => c.trim()).filter((c) => c !== '');
        expect(cells).toEqual(['Graduasi Sejahtera Mandiri', '2', '4', '2', '2', '0']);
    });
});

describe('kaidah run: bad rows', () => {
    const dir = scratchCopyOfExamples();
    const out = path.join(dir, 'decisions.csv');
    const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', path.join(fixturesDir, 'data/malformed.csv'), '--out', out]);

    it('decides the good rows and counts the rejected ones: read = decided + rejected', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 10 households: 4 decided + 6 rejected.');
        // Households are written as they are decided: the others in data order, then the graduation
        // candidates (…203 is self-reliant), once ranked.
        expect(readCsv(out).map((row) => row.id)).toEqual(['3513000000000201', '3513000000000206', '3513000000000210', '3513000000000203']);
    });

    it('writes each reject with file, row, column, value and reason', () => {
        const rejects = readCsv(path.join(dir, 'decisions.rejects.csv'));
        expect(rejects.map((r) => [r.row, r.column, r.value])).toEqual([
            ['3', 'sd', 'dua'],
            ['5', 'kehadiran_p2k2', '120'],
            ['6', 'punya_usaha', 'mungkin'],
            ['8', 'no_peserta', '3.51E+15'],
            ['9', '', ''], // 14 fields under a header of 15: rejected for its shape, not for a cell
            ['10', 'lansia', '-1'],
        ]);
        expect(rejects.every((r) => r.file.endsWith('malformed.csv') && r.reason.length > 10)).toBe(true);
        expect(rejects[3].reason).toMatch(/spreadsheet/i);
        expect(result.stderr).toContain('malformed.csv:3: column sd = "dua"');
    });
});

describe('kaidah run: data problems that stop the run', () => {
    it('lists the columns found when a required column is missing', () => {
        const dir = scratchCopyOfExamples();
        const data = path.join(dir, 'short.csv');
        writeFileSync(data, 'no_peserta,kabupaten\n1,Kabupaten Probolinggo\n');
        const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('the data has no column for subdistrict ("kecamatan")');
        expect(result.stderr).toContain('Columns found: no_peserta, kabupaten.');
    });

    it('refuses to run rules with errors', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'broken.kaidah'), 'use "pkh-2024.kaidah"\nvalue x = eldery\n');
        const result = kaidah(['run', path.join(dir, 'broken.kaidah'), '--data', path.join(dir, 'data/probolinggo-sample.csv')]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('KDH003');
        expect(result.stderr).toContain('1 error in the rules; nothing was run.');
    });

    it('neutralises spreadsheet formulas in the decisions file', () => {
        const dir = scratchCopyOfExamples();
        const data = path.join(dir, 'evil.csv');
        const header = readFileSync(path.join(fixturesDir, 'data/clean-ties.csv'), 'utf8').split('\n')[0];
        writeFileSync(data, `${header}\n=HYPERLINK("http://x"),Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,100000,50,tidak,2\n`);
        const out = path.join(dir, 'out.csv');
        expect(kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data, '--out', out]).status).toBe(0);
        expect(readCsv(out)[0].id).toBe('\'=HYPERLINK("http://x")');
    });
});

describe('kaidah run: CSV as officers export it', () => {
    it('reads a semicolon-separated file with a BOM and Windows line endings', () => {
        const dir = scratchCopyOfExamples();
        const lines = readFileSync(path.join(fixturesDir, 'data/clean-ties.csv'), 'utf8').trim().split('\n');
        const data = path.join(dir, 'excel-id.csv');
        writeFileSync(data, '\uFEFF' + lines.map((l) => l.replaceAll(',', ';')).join('\r\n') + '\r\n');
        const out = path.join(dir, 'out.csv');
        const result = kaidah(['run', tiesRules(dir), '--data', data, '--out', out]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Read 8 households: 8 decided + 0 rejected.');
        expect(readCsv(out).find((r) => r.id === '3513000000000101')?.status).toBe('proposed');
    });
});

describe('kaidah run --on: values that change by date', () => {
    const dir = scratchCopyOfExamples();
    const header = readFileSync(path.join(fixturesDir, 'data/clean-ties.csv'), 'utf8').split('\n')[0];
    const data = path.join(dir, 'dated.csv');
    // One pregnant mother with a business, income Rp 1.150.000, full P2K2 attendance, decile 2.
    writeFileSync(data, `${header}\n3513000000000900,Kabupaten Probolinggo,Dringu,PDP-3513-0001,1,0,0,0,0,0,0,1150000,100,ya,2\n`);
    const decide = (on?: string) => {
        const out = path.join(dir, `out-${on ?? 'default'}.csv`);
        const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', data, '--out', out, ...(on ? ['--on', on] : [])]);
        return { result, row: result.status === 0 ? readCsv(out)[0] : undefined };
    };

    it('uses the program year by default: Rp 3.000.000 for a pregnant mother, poverty line Rp 582.932', () => {
        const { row } = decide();
        expect(row).toMatchObject({ benefit: 'Rp 3.000.000', status: 'stays' });
        // 2 × Rp 582.932 = Rp 1.165.864 > Rp 1.150.000: not self-reliant in 2024.
        expect(row!.explanation).toContain('monthly_income Rp 1.150.000 ≥ 2 × poverty_line Rp 1.165.864');
    });

    it('uses the 2023 poverty line on 2023-06-01: 2 × Rp 550.458 = Rp 1.100.916, so she qualifies', () => {
        const { row } = decide('2023-06-01');
        expect(row).toMatchObject({ category: 'self_reliant', status: 'proposed' });
        expect(row!.explanation).toContain('2 × poverty_line Rp 1.100.916');
    });

    it('refuses 2019: the rules give no poverty line before March 2023 (KDH025)', () => {
        const { result } = decide('2019-06-01');
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('`poverty_line` has no value on 2019-06-01: its first value applies from 2023-03-01.');
    });

    it('refuses a date before any amount applies, saying from when (KDH025)', () => {
        const { result } = decide('2018-06-01');
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('KDH025');
        expect(result.stderr).toContain('has no value on 2018-06-01: its first value applies from 2019-01-01');
    });

    it('refuses a malformed date as a usage error', () => {
        expect(decide('31-12-2024').result.status).toBe(2);
    });
});
