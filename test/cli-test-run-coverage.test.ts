/**
 * `kaidah run --coverage`: coverage on a whole caseload, checked against an independent count over
 * the CSV (plain arithmetic, nothing of Kaidah) of the national PKH rules.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah, readCsv } from './support/run-cli.js';

const POVERTY_LINE = 582_932;
/** In declaration order, with annual amounts: paid highest first, ties in this order, 4 members at most. */
const COMPONENTS = [
    ['pregnant', 'ibu_hamil', 3_000_000],
    ['early_child', 'anak_usia_dini', 3_000_000],
    ['elementary', 'sd', 900_000],
    ['junior_high', 'smp', 1_500_000],
    ['senior_high', 'sma', 2_000_000],
    ['disabled', 'disabilitas', 2_400_000],
    ['elderly', 'lansia', 2_400_000],
] as const;

describe('kaidah run --coverage', () => {
    const data = path.join(examplesDir, 'data/probolinggo-sample.csv');
    const result = kaidah(['run', path.join(examplesDir, 'probolinggo.kaidah'), '--data', data, '--coverage']);
    const rows = readCsv(data);
    const n = (value: number) => value.toLocaleString('de-DE');
    const cells = (first: string, second?: string) => result.stdout.split('\n')
        .map((l) => l.split('│').map((c) => c.trim()))
        .find((c) => c[1] === first && (second === undefined || c[2] === second))
        ?.slice(1, -1);

    const eligible = (row: Record<string, string>) => COMPONENTS.reduce((sum, [, column]) => sum + Number(row[column]), 0);
    const natural = rows.filter((r) => eligible(r) === 0 || Number(r.desil) > 4);
    const rest = rows.filter((r) => !natural.includes(r));
    const business = rest.filter((r) => r.punya_usaha === 'ya');
    const income = business.filter((r) => Number(r.penghasilan_bulanan) >= 2 * POVERTY_LINE);
    const attendance = income.filter((r) => Number(r.kehadiran_p2k2) >= 80);

    it('prints coverage after the summary', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Coverage on ${n(rows.length)} households`);
    });

    it('counts categories and conditions as the engine evaluates them', () => {
        expect(cells('Graduasi Alamiah (natural)')).toEqual(['Graduasi Alamiah (natural)', n(rows.length), n(natural.length), 'fired']);
        expect(cells('Graduasi Sejahtera Mandiri (self_reliant)')).toEqual([
            'Graduasi Sejahtera Mandiri (self_reliant)', n(rest.length), n(attendance.length), 'fired',
        ]);
        const zero = rows.filter((r) => eligible(r) === 0).length;
        expect(cells('natural', 'eligible_members = 0')!.slice(2, 5)).toEqual([n(rows.length), n(zero), n(rows.length - zero)]);
        const decileReached = rows.length - zero;
        expect(cells('', 'welfare_decile > 4')!.slice(2, 5)).toEqual([n(decileReached), n(natural.length - zero), n(decileReached - natural.length + zero)]);
        expect(cells('self_reliant', 'has_business')!.slice(2, 5)).toEqual([n(rest.length), n(business.length), n(rest.length - business.length)]);
        expect(cells('', 'monthly_income ≥ 2 × poverty_line')!.slice(2, 5)).toEqual([n(business.length), n(income.length), n(business.length - income.length)]);
        expect(cells('', 'p2k2_attendance ≥ 80%')!.slice(2, 5)).toEqual([n(income.length), n(attendance.length), n(income.length - attendance.length)]);
    });

    it('counts components eligible and paid after the cap of four', () => {
        const paid = new Map<string, number>(COMPONENTS.map(([name]) => [name, 0]));
        const order = [...COMPONENTS].sort((a, b) => b[2] - a[2]); // stable: ties keep declaration order
        for (const row of rows) {
            let left = 4;
            for (const [name, column] of order) {
                const members = Math.min(Number(row[column]), left);
                left -= members;
                if (members > 0) paid.set(name, paid.get(name)! + 1);
            }
        }
        for (const [name, column] of COMPONENTS) {
            const eligibleRows = rows.filter((r) => Number(r[column]) > 0).length;
            expect(cells(name)!.slice(0, 3)).toEqual([name, n(eligibleRows), n(paid.get(name)!)]);
        }
        // The cap bites: some households with pupils are not paid for them.
        expect(paid.get('elementary')!).toBeLessThan(rows.filter((r) => Number(r.sd) > 0).length);
    });
});
