/**
 * Coverage of the hand-built PKH Plan: mandiri = has_business and monthly_income ≥ 2 × poverty_line
 * and p2k2_attendance ≥ 80%; alamiah = eligible_members = 0 or decile > 4; at most 4 members paid.
 */
import { describe, expect, it } from 'vitest';
import { household, pkhPlan } from '../plan-fixtures.test.js';
import { prepareEvaluator } from '../evaluation/evaluate.js';
import { conditionStatus, createCoverage, mergeCoverage, neverFired } from './coverage.js';

describe('coverage', () => {
    const plan = pkhPlan();
    const evaluator = prepareEvaluator(plan);
    const coverage = createCoverage(plan);
    const households = [
        // h1 mandiri: all three conditions hold
        household({ key: 'h1', elementary: 1, business: true, income: 1_200_000, attendance: 0.85, decile: 3 }),
        // h2 alamiah: has_business fails (mandiri stops there); eligible_members = 0 holds (decile not looked at)
        household({ key: 'h2', business: false, income: 400_000, decile: 2 }),
        // h3 none: has_business holds, income fails (attendance not looked at); both alamiah conditions fail
        household({ key: 'h3', elementary: 2, business: true, income: 500_000, attendance: 0.9, decile: 2 }),
        // h4 none, capped: pregnant + early_childhood + 2 elderly fill the 4 paid places; the pupil is not paid
        household({ key: 'h4', pregnant: 1, early_childhood: 1, elderly: 2, elementary: 1, business: false, decile: 1 }),
    ];
    const results = households.map((values) => evaluator.evaluate(values));
    for (const result of results) coverage.record(result);
    const report = coverage.report();

    it('evaluates the households as expected', () => {
        expect(results.map((r) => r.category ?? '-')).toEqual(['mandiri', 'alamiah', '-', '-']);
    });

    it('counts categories reached and held, in the engine\'s order', () => {
        expect(report.households).toBe(4);
        expect(report.categories.map((c) => [c.name, c.reached, c.held])).toEqual([
            ['mandiri', 4, 1],
            ['alamiah', 3, 1],
        ]);
    });

    it('counts each atomic condition as it is evaluated, short-circuits included', () => {
        const rows = report.categories.flatMap((c) => c.conditions.map((x) => [x.text, x.evaluated, x.held, x.failed, conditionStatus(x)]));
        expect(rows).toEqual([
            ['has_business', 4, 2, 2, 'exercised'],
            ['monthly_income ≥ 2 × poverty_line', 2, 1, 1, 'exercised'],
            ['p2k2_attendance ≥ 80%', 1, 1, 0, 'held-only'],
            ['eligible_members = 0', 3, 1, 2, 'exercised'],
            ['decile > 4', 2, 0, 2, 'failed-only'],
        ]);
    });

    it('counts components eligible and paid after the cap', () => {
        expect(report.components.filter((c) => c.eligible > 0).map((c) => [c.name, c.eligible, c.paid])).toEqual([
            ['pregnant', 1, 1],
            ['early_childhood', 1, 1],
            ['elementary', 3, 2],
            ['elderly', 1, 1],
        ]);
    });

    it('lists what never fired', () => {
        const never = neverFired(report);
        expect(never.categories).toEqual([]);
        expect(never.conditions.map((c) => `${c.category.name}: ${c.condition.text}`)).toEqual(['alamiah: decile > 4']);
        expect(never.components.map((c) => c.name)).toEqual(['junior_high', 'senior_high', 'disability']);
    });

    it('a report is a snapshot; merging adds reports up by name', () => {
        const other = createCoverage(plan);
        other.record(results[0]!);
        const merged = mergeCoverage([report, other.report()]);
        expect(merged.households).toBe(5);
        expect(merged.categories[0]!.held).toBe(2);
        expect(merged.categories[0]!.conditions[2]!.held).toBe(2);
        expect(report.categories[0]!.held).toBe(1);
        const empty = createCoverage(plan).report();
        expect(empty.categories[1]!.conditions.map(conditionStatus)).toEqual(['never-evaluated', 'never-evaluated']);
    });

    it('is cheap enough for a caseload: 200.000 households in well under a second', () => {
        const many = createCoverage(plan);
        const start = performance.now();
        for (let i = 0; i < 50_000; i++) for (const result of results) many.record(result);
        expect(performance.now() - start).toBeLessThan(1500);
        expect(many.report().categories[0]!.reached).toBe(200_000);
    });
});
