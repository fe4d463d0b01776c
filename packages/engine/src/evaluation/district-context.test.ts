import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan.js';
import { prepareEvaluator } from './evaluate.js';
import { arith, cmp, col, column, con, num, rp } from '../plan-fixtures.test.js';

/**
 * A Plan with district scope written by hand, as a back end receives it: a national constant and
 * one derived from it, Jember's own line and category, Pasuruan's adapted condition.
 */
function scopedPlan(): Plan {
    const income = col('income', 'money');
    return {
        program: 'test',
        evaluationDate: '2024-12-31',
        schema: { columns: [column('id', 'text'), column('district', 'text'), column('income', 'money')], keyColumn: 'id', districtColumn: 'district' },
        constants: [
            { name: 'line', type: 'money', expr: rp(582_932) },
            { name: 'floor', type: 'money', expr: arith('*', num(2), con('line', 'money'), 'money') },
        ],
        values: [],
        graduations: [
            {
                name: 'self_reliant', label: 'Mandiri', condition: cmp('>=', income, con('floor', 'money')),
                adaptations: [{ district: 'Kabupaten Pasuruan', condition: cmp('>=', income, rp(2_000_000)) }],
            },
            { name: 'mampu', label: 'Mampu (Jember)', condition: cmp('>', income, rp(1_000_000)), district: 'Kabupaten Jember' },
        ],
        districts: [
            { name: 'Kabupaten Jember', code: '3509', quantities: [], targets: [], rewards: [], constants: [{ name: 'line', type: 'money', expr: rp(601_234) }] },
            { name: 'Kabupaten Pasuruan', quantities: [], targets: [], rewards: [] },
        ],
        tests: [],
    };
}

describe('district scope in the evaluator', () => {
    const evaluator = prepareEvaluator(scopedPlan());
    const categoryOf = (district: string, income: number) => evaluator.evaluate(['h', district, income]).category;

    it('uses a district\'s own constant, and the constants defined from it, for its households only', () => {
        // floor: 2 × Rp 582.932 = Rp 1.165.864 nationally, 2 × Rp 601.234 = Rp 1.202.468 in Jember
        expect(categoryOf('Kabupaten Malang', 1_165_864)).toBe('self_reliant');
        expect(categoryOf('Kabupaten Jember', 1_202_467)).toBe('mampu');
        expect(categoryOf('3509', 1_202_468)).toBe('self_reliant');
    });

    it('tries a district\'s own category after the national ones, for its households only', () => {
        expect(categoryOf('Kab. Jember', 1_100_000)).toBe('mampu');
        expect(categoryOf('Kabupaten Pasuruan', 1_100_000)).toBeUndefined();
        expect(categoryOf('', 1_100_000)).toBeUndefined();
    });

    it('uses a district\'s adapted condition in the national category\'s place', () => {
        expect(categoryOf('Kabupaten Pasuruan', 1_999_999)).toBeUndefined();
        expect(categoryOf('Kabupaten Pasuruan', 2_000_000)).toBe('self_reliant');
        expect(evaluator.categoriesFor('Kabupaten Pasuruan').map((c) => [c.graduation, c.adaptedBy ?? null])).toEqual([[0, 'Kabupaten Pasuruan']]);
        expect(evaluator.categoriesFor('Kabupaten Jember').map((c) => c.graduation)).toEqual([0, 1]);
        expect(evaluator.categoriesFor('Kabupaten Malang').map((c) => c.graduation)).toEqual([0]);
    });

    it('follows rows of interleaved districts', () => {
        const rows: [string, number, string | undefined][] = [
            ['Kabupaten Jember', 1_100_000, 'mampu'], ['Kabupaten Pasuruan', 1_100_000, undefined],
            ['Kabupaten Jember', 1_100_000, 'mampu'], ['Kabupaten Malang', 1_200_000, 'self_reliant'], ['Kabupaten Jember', 1_200_000, 'mampu'],
        ];
        for (const [district, income, category] of rows) expect(categoryOf(district, income), district).toBe(category);
    });
});
