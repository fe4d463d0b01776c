/**
 * Selection over a caseload: targets per district, per sub-district and per facilitator, targets
 * worked out from the caseload, rewards, and the same result whether households come one at a time
 * (QuotaSelection) or all at once (allocateQuotas).
 */
import { describe, expect, it } from 'vitest';
import type { Expr, Plan, TargetPlan } from '../plan/plan.js';
import type { HouseholdResult } from '../evaluation/evaluate.js';
import { allocateQuotas } from './allocate.js';
import { describeUnitSummary, explainStatus } from '../text/status-sentences.js';
import { QuotaSelection } from './selection.js';
import { arith, column, pct, pkhPlan } from '../plan-fixtures.test.js';

const PROBOLINGGO = 'Kabupaten Probolinggo';
const caseload: Expr = { kind: 'caseload', type: 'count', text: 'households' };
/** `round down(10% of households)`, as the language compiles it. */
const tenPercentOfCaseload: Expr = {
    kind: 'round',
    type: 'count',
    mode: 'down',
    operand: arith('*', pct(0.1), caseload, 'count'),
    text: 'round down(10% of households)',
};

/** The PKH plan with sub-district and facilitator columns, and the given targets in Probolinggo. */
function unitPlan(targets: TargetPlan[], rewards: { category: string; amount: number }[] = []): Plan {
    const plan = pkhPlan();
    plan.schema.columns.splice(2, 0, column('subdistrict', 'text', 'kecamatan'), column('facilitator', 'text', 'id_pendamping'));
    plan.schema.subdistrictColumn = 'subdistrict';
    plan.schema.facilitatorColumn = 'facilitator';
    plan.districts[0]!.targets = targets;
    plan.districts[0]!.rewards = rewards;
    return plan;
}

/** Selection reads key, district, category, rank value and the unit columns (slots 2 and 3). */
function result(key: string, subdistrict: string, facilitator: string, category?: string, rankValue?: number, district = PROBOLINGGO): HouseholdResult {
    return { key, district, benefit: 0, components: [], category, rankValue, values: [key, district, subdistrict, facilitator] };
}

describe('targets per facilitator', () => {
    const plan = unitPlan([{ category: 'mandiri', value: 2, formula: '2', per: 'facilitator' }]);
    const results = [
        result('A1', 'Dringu', 'PDP-1', 'mandiri', 1_500_000),
        result('A2', 'Dringu', 'PDP-1', 'mandiri', 2_500_000),
        result('A3', 'Dringu', 'PDP-1', 'mandiri', 2_000_000),
        result('B1', 'Leces', 'PDP-2', 'mandiri', 9_000_000),
        result('C1', 'Leces', 'pdp-3 ', 'alamiah'), // a facilitator with no self-reliant candidate
        result('C2', 'Leces', 'PDP-3'),
    ];
    const allocation = allocateQuotas(plan, results);
    const status = (key: string) => allocation.households[results.findIndex((r) => r.key === key)]!;

    it('ranks each facilitator\'s own candidates and proposes the top of each', () => {
        expect(status('A2')).toEqual({ status: 'proposed', district: PROBOLINGGO, category: 'mandiri', rank: 1, of: 3, per: 'facilitator', unit: 'PDP-1' });
        expect(status('A3')).toMatchObject({ status: 'proposed', rank: 2, of: 3 });
        expect(status('A1')).toMatchObject({ status: 'reserve', rank: 3, of: 3 });
        // B1 has the highest income of all, but is ranked only among PDP-2's households
        expect(status('B1')).toMatchObject({ status: 'proposed', rank: 1, of: 1, unit: 'PDP-2' });
    });

    it('gives every facilitator in the data a target, with shortfall and surplus per facilitator', () => {
        const summary = allocation.districts[0]!.categories[0]!;
        expect(summary).toMatchObject({ target: 6, candidates: 4, proposed: 3, reserve: 1, shortfall: 3, surplus: 1, per: 'facilitator' });
        expect(summary.units).toEqual([
            { unit: 'PDP-1', households: 3, target: 2, candidates: 3, proposed: 2, reserve: 1, shortfall: 0, surplus: 1 },
            { unit: 'PDP-2', households: 1, target: 2, candidates: 1, proposed: 1, reserve: 0, shortfall: 1, surplus: 0 },
            // `pdp-3 ` and `PDP-3` are one facilitator, named as first written
            { unit: 'pdp-3', households: 2, target: 2, candidates: 0, proposed: 0, reserve: 0, shortfall: 2, surplus: 0 },
        ]);
    });

    it('says where the household ranked and the target per facilitator, in both languages', () => {
        const i = results.findIndex((r) => r.key === 'A1');
        expect(explainStatus(allocation, i, 'en')).toBe('ranked 3 of 3 among the households of facilitator PDP-1; target 2 per facilitator: reserve');
        expect(explainStatus(allocation, i, 'id')).toBe('peringkat 3 dari 3 pada pendamping PDP-1; target 2 per pendamping: cadangan');
    });

    it('sums the units up for the summary line', () => {
        const district = allocation.districts[0]!;
        expect(describeUnitSummary(district, district.categories[0]!, 'en')).toBe(
            'Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: target 2 per facilitator in 3 facilitators: 2 short of their target (shortfall 3 in all), 1 with more candidates than their target',
        );
        expect(describeUnitSummary(district, district.categories[1]!, 'en')).toBeUndefined();
    });
});

describe('targets worked out from the caseload', () => {
    it('per sub-district: 10% of each sub-district\'s households, rounded down as written', () => {
        const plan = unitPlan([{ category: 'alamiah', expr: tenPercentOfCaseload, formula: 'round down(10% of households)', per: 'subdistrict' }]);
        // Dringu: 25 households (target 2), 3 natural candidates; Leces: 9 households (target 0), 1 candidate
        const results = [
            ...Array.from({ length: 22 }, (_, i) => result(`D${String(i).padStart(2, '0')}`, 'Dringu', 'P1')),
            result('N1', 'Dringu', 'P1', 'alamiah'),
            result('N2', 'Dringu', 'P1', 'alamiah'),
            result('N3', 'Dringu', 'P1', 'alamiah'),
            ...Array.from({ length: 8 }, (_, i) => result(`L${i}`, 'Leces', 'P2')),
            result('N4', 'Leces', 'P2', 'alamiah'),
        ];
        const allocation = allocateQuotas(plan, results);
        const summary = allocation.districts[0]!.categories[1]!;
        expect(summary.units).toEqual([
            { unit: 'Dringu', households: 25, target: 2, candidates: 3, proposed: 2, reserve: 1, shortfall: 0, surplus: 1 },
            { unit: 'Leces', households: 9, target: 0, candidates: 1, proposed: 0, reserve: 1, shortfall: 0, surplus: 1 },
        ]);
        expect(summary).toMatchObject({ target: 2, proposed: 2, reserve: 2, usesCaseload: true });
        const n3 = results.findIndex((r) => r.key === 'N3');
        expect(explainStatus(allocation, n3, 'en')).toBe(
            'ranked 3 of 3 in sub-district Dringu; target 2 per sub-district (round down(10% of households), 25 households): reserve',
        );
        expect(explainStatus(allocation, n3, 'id')).toBe(
            'peringkat 3 dari 3 di kecamatan Dringu; target 2 per kecamatan (round down(10% of households), 25 KPM): cadangan',
        );
    });

    it('per district: 10% of the district\'s decided households', () => {
        const plan = unitPlan([{ category: 'alamiah', expr: tenPercentOfCaseload, formula: 'round down(10% of households)' }]);
        const results = [
            ...Array.from({ length: 35 }, (_, i) => result(`S${i}`, 'Dringu', 'P1')),
            ...Array.from({ length: 5 }, (_, i) => result(`N${i}`, 'Dringu', 'P1', 'alamiah')),
        ];
        const allocation = allocateQuotas(plan, results);
        // 40 households: round down(4) = 4 of the 5 candidates
        expect(allocation.districts[0]!.categories[1]).toMatchObject({ target: 4, candidates: 5, proposed: 4, reserve: 1, surplus: 1 });
        expect(explainStatus(allocation, 35, 'en')).toBe(
            'ranked 1 of 5 in Kabupaten Probolinggo; target 4 (round down(10% of households), 40 households): proposed',
        );
    });
});

describe('rewards', () => {
    it('add up each proposed graduate\'s reward into a budget per district and overall', () => {
        const plan = unitPlan([{ category: 'mandiri', value: 2, formula: '2' }], [{ category: 'mandiri', amount: 1_500_000 }]);
        const results = ['A', 'B', 'C'].map((key, i) => result(key, 'Dringu', 'P1', 'mandiri', i));
        const allocation = allocateQuotas(plan, results);
        // 2 proposed (the third is reserve and gets nothing) × Rp 1.500.000
        expect(allocation.districts[0]!.categories[0]).toMatchObject({ proposed: 2, reward: 1_500_000, budget: 3_000_000 });
        expect(allocation.districts[0]!.budget).toBe(3_000_000);
        expect(allocation.districts[1]!.budget).toBeUndefined();
        expect(allocation.totals.budget).toBe(3_000_000);
    });

    it('leave no budget at all where no district sets one', () => {
        expect(allocateQuotas(unitPlan([]), [result('A', 'D', 'P', 'mandiri', 1)]).totals.budget).toBeUndefined();
    });
});

describe('QuotaSelection', () => {
    /** A deterministic mix of districts, units, categories and rank values (with ties and NaN). */
    function mixedResults(count: number): HouseholdResult[] {
        let state = 7;
        const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
        return Array.from({ length: count }, (_, i) => {
            const pick = next(10);
            const district = ['Kabupaten Probolinggo', 'Kabupaten Pringsewu', 'Kabupaten Lumajang'][next(3)]!;
            const category = pick < 4 ? 'mandiri' : pick < 6 ? 'alamiah' : undefined;
            const rank = pick === 0 ? NaN : next(5) * 100_000;
            return result(`K${String(next(500)).padStart(3, '0')}-${i}`, `S${next(4)}`, `F${next(6)}`, category, category === 'mandiri' ? rank : undefined, district);
        });
    }

    it('gives the same statuses and figures one at a time as allocateQuotas all at once', () => {
        const plan = unitPlan([
            { category: 'mandiri', value: 3, formula: '3', per: 'facilitator' },
            { category: 'alamiah', expr: tenPercentOfCaseload, formula: 'round down(10% of households)', per: 'subdistrict' },
        ]);
        const results = mixedResults(2000);
        const all = allocateQuotas(plan, results);
        const selection = new QuotaSelection(plan);
        const statuses = results.map((r, i) => selection.place(r, i * 10));
        const selected = selection.finish();
        let candidate = 0;
        statuses.forEach((status, i) => {
            if (status === undefined) {
                expect(selected.positionOf(candidate)).toBe(i * 10);
                expect(selected.keyOf(candidate)).toBe(results[i]!.key);
                expect(selected.statusOf(candidate)).toEqual(all.households[i]);
                expect(selected.isProposed(candidate)).toBe(all.households[i]!.status === 'proposed');
                candidate++;
            } else {
                expect(status).toEqual(all.households[i]);
            }
        });
        expect(selected.candidates).toBe(candidate);
        expect(selected.allocation.districts).toEqual(all.districts);
        expect(selected.allocation.totals).toEqual(all.totals);
        expect(selected.allocation.households).toEqual([]);
    });

    it('decides stays and unknown districts at once, and candidates only when finished', () => {
        const selection = new QuotaSelection(unitPlan([]));
        expect(selection.place(result('S', 'D', 'P'), 0)).toEqual({ status: 'stays', district: PROBOLINGGO });
        expect(selection.place(result('X', 'D', 'P', 'mandiri', 1, 'Kabupaten Lumajang'), 1)).toEqual({ status: 'no-district', district: 'Kabupaten Lumajang', category: 'mandiri' });
        expect(selection.place(result('C', 'D', 'P', 'mandiri', 1), 2)).toBeUndefined();
        expect(selection.candidates).toBe(1);
        const selected = selection.finish();
        expect(selected.statusOf(0)).toMatchObject({ status: 'proposed', rank: 1, of: 1 });
        expect(() => selection.place(result('L', 'D', 'P'), 3)).toThrow(/finished/);
    });

    it('refuses a target per facilitator when the schema has no facilitator column', () => {
        const plan = pkhPlan();
        plan.districts[0]!.targets = [{ category: 'mandiri', value: 10, formula: '10', per: 'facilitator' }];
        expect(() => new QuotaSelection(plan)).toThrow(/no facilitator column/);
    });
});
