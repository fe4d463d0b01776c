import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan.js';
import type { HouseholdResult } from '../evaluation/evaluate.js';
import { allocateQuotas } from './allocate.js';
import { PRINGSEWU, PROBOLINGGO, allocationResult as result, pkhPlan, smallTargets } from '../plan-fixtures.test.js';


function statusByKey(plan: Plan, results: HouseholdResult[]) {
    const allocation = allocateQuotas(plan, results);
    return Object.fromEntries(results.map((r, i) => [r.key, allocation.households[i]]));
}

describe('ranking within district and category', () => {
    const candidates = [
        result('C', PRINGSEWU, 'mandiri', 1_500_000),
        result('A', PRINGSEWU, 'mandiri', 1_500_000),
        result('B', PRINGSEWU, 'mandiri', 2_000_000),
        result('D', PRINGSEWU, 'mandiri', 1_200_000),
    ];

    it('proposes the best up to the target, breaking ties by key; the rest are reserve', () => {
        expect(statusByKey(smallTargets(), candidates)).toEqual({
            B: { status: 'proposed', district: PRINGSEWU, category: 'mandiri', rank: 1, of: 4 },
            A: { status: 'proposed', district: PRINGSEWU, category: 'mandiri', rank: 2, of: 4 },
            C: { status: 'reserve', district: PRINGSEWU, category: 'mandiri', rank: 3, of: 4 },
            D: { status: 'reserve', district: PRINGSEWU, category: 'mandiri', rank: 4, of: 4 },
        });
    });

    it('ranks ascending when the category says so, still breaking ties by key', () => {
        const plan = smallTargets();
        plan.graduations[0]!.rank!.descending = false;
        const ranks = statusByKey(plan, candidates);
        expect(['D', 'A', 'C', 'B'].map((k) => ranks[k]!.rank)).toEqual([1, 2, 3, 4]);
    });

    it('ranks by a text, in plain string order, a missing text last', () => {
        const plan = smallTargets();
        plan.graduations[0]!.rank = { expr: { kind: 'column', type: 'text', name: 'village', text: 'village' }, descending: false };
        const text = (key: string, village?: string): HouseholdResult => ({ ...result(key, PRINGSEWU, 'mandiri'), ...(village === undefined ? {} : { rankValue: village }) });
        const ranks = statusByKey(plan, [text('A', 'Wonorejo'), text('B'), text('C', 'Ambulu'), text('D', 'Wonorejo')]);
        expect(['C', 'A', 'D', 'B'].map((k) => ranks[k]!.rank)).toEqual([1, 2, 3, 4]);
        plan.graduations[0]!.rank!.descending = true;
        const descending = statusByKey(plan, [text('A', 'Wonorejo'), text('B'), text('C', 'Ambulu'), text('D', 'Wonorejo')]);
        expect(['A', 'D', 'C', 'B'].map((k) => descending[k]!.rank)).toEqual([1, 2, 3, 4]);
    });

    it('ranks by key, as plain strings, when the category has no rank', () => {
        const ranks = statusByKey(smallTargets(), [
            result('K2', PRINGSEWU, 'alamiah'),
            result('K10', PRINGSEWU, 'alamiah'),
            result('K1', PRINGSEWU, 'alamiah'),
        ]);
        expect(ranks).toEqual({
            K1: { status: 'proposed', district: PRINGSEWU, category: 'alamiah', rank: 1, of: 3 },
            K10: { status: 'reserve', district: PRINGSEWU, category: 'alamiah', rank: 2, of: 3 },
            K2: { status: 'reserve', district: PRINGSEWU, category: 'alamiah', rank: 3, of: 3 },
        });
    });

    it('puts an undefined rank value last, whatever the direction', () => {
        const ranks = statusByKey(smallTargets(), [
            result('A', PRINGSEWU, 'mandiri', NaN),
            result('B', PRINGSEWU, 'mandiri', 100),
        ]);
        expect(ranks['B']!.rank).toBe(1);
        expect(ranks['A']!.rank).toBe(2);
    });

    it('gives the same result whatever the input order', () => {
        const plan = smallTargets();
        const forward = statusByKey(plan, candidates);
        const backward = statusByKey(plan, [...candidates].reverse());
        expect(backward).toEqual(forward);
    });

    it('proposes the whole part of a fractional target', () => {
        const plan = smallTargets();
        plan.districts[1]!.targets[0]!.value = 2.7;
        expect(allocateQuotas(plan, candidates).districts[1]!.categories[0]!.proposed).toBe(2);
    });
});

describe('district summary', () => {
    // Probolinggo: 300 self-reliant candidates against a target of 2.580, 5 natural (no target), 7 stay.
    const results = [
        ...Array.from({ length: 300 }, (_, i) => result(`P${String(i).padStart(3, '0')}`, PROBOLINGGO, 'mandiri', 1_200_000 + i)),
        ...Array.from({ length: 5 }, (_, i) => result(`N${i}`, PROBOLINGGO, 'alamiah')),
        ...Array.from({ length: 7 }, (_, i) => result(`S${i}`, PROBOLINGGO)),
        result('X1', 'Kabupaten Lumajang', 'mandiri', 3_000_000),
        result('X2', 'kabupaten lumajang'),
        result('X3', ''),
        result('Y1', '  kabupaten   PROBOLINGGO ', 'alamiah'),
    ];
    const allocation = allocateQuotas(pkhPlan(), results);
    const probolinggo = allocation.districts[0]!;

    it('reports the shortfall: target 2.580 with 300 candidates leaves 2.280 to find', () => {
        expect(probolinggo.categories[0]).toEqual({
            category: 'mandiri',
            label: 'Graduasi Sejahtera Mandiri',
            target: 2580,
            formula: 'facilitators * 10',
            candidates: 300,
            proposed: 300,
            reserve: 0,
            shortfall: 2280,
            surplus: 0,
        });
    });

    it('proposes every candidate of a category without a target', () => {
        expect(probolinggo.categories[1]).toEqual({
            category: 'alamiah',
            label: 'Graduasi Alamiah',
            candidates: 6,
            proposed: 6,
            reserve: 0,
            shortfall: 0,
            surplus: 0,
        });
    });

    it('matches districts ignoring case and spacing', () => {
        expect(allocation.households[results.length - 1]).toEqual({
            status: 'proposed',
            district: PROBOLINGGO,
            category: 'alamiah',
            rank: 6,
            of: 6,
        });
    });

    it('counts households of districts not in the rules, and loses nobody', () => {
        expect(allocation.unmatched).toBe(3);
        expect(allocation.unmatchedDistricts).toEqual([
            { district: 'Kabupaten Lumajang', households: 2 },
            { district: '', households: 1 },
        ]);
        expect(allocation.households.filter((h) => h.status === 'no-district')).toHaveLength(3);
        expect(probolinggo).toMatchObject({ district: PROBOLINGGO, households: 313, stays: 7 });
        expect(allocation.districts[1]).toMatchObject({ district: PRINGSEWU, households: 0, stays: 0 });
        expect(allocation.districts[1]!.categories.map((c) => c.shortfall)).toEqual([1000, 2000]);
        const t = allocation.totals;
        expect(t).toEqual({ households: 316, proposed: 306, reserve: 0, stays: 7, unmatched: 3 });
        expect(t.proposed + t.reserve + t.stays + t.unmatched).toBe(t.households);
        expect(allocation.households).toHaveLength(results.length);
        expect(allocation.households.every((h) => h !== undefined)).toBe(true);
    });

    it('reports the surplus when candidates exceed the target', () => {
        const many = Array.from({ length: 5 }, (_, i) => result(`M${i}`, PRINGSEWU, 'mandiri', i));
        const summary = allocateQuotas(smallTargets(), many).districts[1]!.categories[0]!;
        expect(summary).toMatchObject({ target: 2, candidates: 5, proposed: 2, reserve: 3, shortfall: 0, surplus: 3 });
    });

    it('refuses a category the plan does not declare', () => {
        expect(() => allocateQuotas(pkhPlan(), [result('A', PROBOLINGGO, 'paksa')])).toThrow(/paksa/);
    });
});
