import { describe, expect, it } from 'vitest';
import { DistrictMatcher } from '../evaluation/districts.js';
import { payingOrder } from '../evaluation/benefit.js';
import { pkhPlan } from '../plan-fixtures.test.js';
import { summariseCounts, unmatchedSpellings, type DistrictCounts } from './summaries.js';

const none = (categories: number): DistrictCounts => ({
    households: 0, stays: 0, categories: Array(categories).fill(undefined), units: Array(categories).fill(undefined),
});

describe('summaries from plain counts (what the SQL back end hands the engine)', () => {
    it('words a district target, a target per unit summed over its units, rewards and totals', () => {
        const plan = pkhPlan();
        plan.districts[1]!.targets = [
            { category: 'mandiri', value: 2, formula: '2' },
            { category: 'alamiah', formula: '10% of households', per: 'facilitator' },
        ];
        plan.districts[1]!.rewards = [{ category: 'mandiri', amount: 1_000_000 }];
        const allocation = summariseCounts(plan, {
            households: 20,
            districts: [
                none(2),
                {
                    households: 19, stays: 10,
                    categories: [{ target: 2, candidates: 5, proposed: 2, reserve: 3 }, undefined],
                    units: [undefined, [
                        { unit: 'Budi', households: 12, target: 1.5, candidates: 1, proposed: 1, reserve: 0 },
                        { unit: '', households: 7, target: 0.5, candidates: 1, proposed: 0, reserve: 1 },
                    ]],
                },
            ],
            unmatched: 1,
            unmatchedDistricts: [{ district: 'Kab. Antah', households: 1 }],
        });
        const [mandiri, alamiah] = allocation.districts[1]!.categories;
        expect(mandiri).toEqual({
            category: 'mandiri', label: mandiri!.label, candidates: 5, proposed: 2, reserve: 3, shortfall: 0, surplus: 3,
            target: 2, formula: '2', reward: 1_000_000, budget: 2_000_000,
        });
        expect(alamiah).toMatchObject({ target: 2, per: 'facilitator', usesCaseload: true, candidates: 2, proposed: 1, reserve: 1, shortfall: 0.5, surplus: 0.5 });
        expect(allocation.districts[1]!.budget).toBe(2_000_000);
        expect(allocation.totals).toEqual({ households: 20, proposed: 3, reserve: 4, stays: 10, unmatched: 1, budget: 2_000_000 });
    });

    it('shows the most frequent unmatched spellings first, first appearance among equals, and sums the rest', () => {
        const plan = pkhPlan();
        const met = Array.from({ length: 12 }, (_, i) => ({ district: `Kota ${i}`, households: i === 5 ? 3 : 1 }));
        const { unmatchedDistricts, unmatchedMore } = unmatchedSpellings(new DistrictMatcher(plan.districts), met, 4);
        expect(unmatchedDistricts.map((u) => u.district)).toEqual(['Kota 5', 'Kota 0', 'Kota 1', 'Kota 2', 'Kota 3', 'Kota 4', 'Kota 6', 'Kota 7', 'Kota 8', 'Kota 9']);
        expect(unmatchedMore).toEqual({ spellings: 2, households: 2 + 4 });
    });
});

describe('paying order', () => {
    it('puts the highest amounts first, ties in declaration order', () => {
        expect(payingOrder([900_000, 3_000_000, 2_400_000, 2_400_000, 3_000_000])).toEqual([1, 4, 2, 3, 0]);
    });
});
