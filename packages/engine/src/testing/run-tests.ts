/**
 * Running officers' tests (`Plan.tests`) against the Plan they were compiled with.
 *
 * A test gives a household field by field (see test-household.ts), a table of cases (see
 * case-table.ts: each row is a case of its own), or neither (only district figures). Each
 * expectation is compared with what the engine works out; a failing one carries the expected and the
 * actual value, and every case with a household carries the household's explanation, so an officer
 * sees why a family landed where it did.
 *
 * Comparisons follow the engine's: numbers compare with a tolerance of a billionth (so `0,1 × 3`
 * equals `0,3`), text ignoring case and surrounding spaces, and a number without a value (a division
 * by zero) fails every comparison, `!=` included.
 */
import type { ComparisonOperator, DistrictPlan, ExpectationPlan, Plan, TargetPlan, TestPlan, Value, ValueType } from '../plan/plan.js';
import { evaluatorFor, type HouseholdResult } from '../evaluation/evaluate.js';
import { evaluateConstants, evaluateFormula } from '../evaluation/formulas.js';
import { explainBenefit, explainHousehold } from '../text/explain.js';
import { normaliseDistrictName } from '../evaluation/districts.js';
import { writtenText } from '../notation/written-text.js';
import type { Lang } from '../messages/messages.js';
import { testHouseholdValues } from './test-household.js';
import type { CaseTable, CellProblem, TableProblem } from './case-table.js';

/** What the rules gave for an expectation. */
export type Actual =
    | { kind: 'category'; category: string | null }
    | { kind: 'value'; value: Value; type: ValueType }
    | { kind: 'target'; value: number }
    /** The district has no target for the category: every candidate is proposed. */
    | { kind: 'no-target' }
    /** The target depends on the caseload (`households`), and the test gives none (`households 1.200`). */
    | { kind: 'target-needs-caseload'; formula: string }
    | { kind: 'district-not-in-rules'; district: string }
    | { kind: 'unknown-name'; name: string };

export interface ExpectationResult {
    expectation: ExpectationPlan;
    passed: boolean;
    actual: Actual;
}

export interface EvaluatedHousehold {
    result: HouseholdResult;
    /** Why the household is in its category or in none, in the requested language. */
    explanation: string;
    /** The benefit as a sum of components, in the requested language. */
    benefit: string;
}

/** One case: the test itself, or one row of its table of cases. */
export interface CaseResult {
    test: TestPlan;
    /** For a row of a table of cases: its row in the file (the header is row 1). */
    row?: number;
    /** For a row of a table of cases: the key it gives, if any. */
    key?: string;
    passed: boolean;
    expectations: ExpectationResult[];
    /** Cells of the row, or the table as a whole, that could not be read: the case fails. */
    problems: (CellProblem | TableProblem | { kind: 'table-not-read'; file: string })[];
    /** The household evaluated, when the case has one (not for a test of district figures only). */
    household?: EvaluatedHousehold;
}

export interface RunTestOptions {
    lang: Lang;
    /** The test's table of cases, read by the caller; required when `test.table` is set. */
    table?: CaseTable;
    /** Called with every household evaluated, e.g. to collect coverage. */
    onHousehold?: (result: HouseholdResult) => void;
}

/** Runs one test: one result, or one per row of its table of cases. */
export function runTest(plan: Plan, test: TestPlan, options: RunTestOptions): CaseResult[] {
    if (test.table === undefined) {
        const needsHousehold = test.household !== undefined || test.expectations.some((e) => e.kind !== 'target');
        return [runCase(plan, test, {
            fields: test.household ?? {},
            key: `test-${test.line}`,
            expectations: test.expectations,
            needsHousehold,
        }, options)];
    }
    const table = options.table;
    if (table === undefined) {
        return [{ test, passed: false, expectations: [], problems: [{ kind: 'table-not-read', file: test.table }] }];
    }
    if (table.problems.length > 0) {
        return [{ test, passed: false, expectations: [], problems: table.problems }];
    }
    return table.cases.map((tableCase) => {
        const result = runCase(plan, test, {
            fields: { ...test.household, ...tableCase.fields },
            key: `test-${test.line}-row-${tableCase.row}`,
            expectations: [...test.expectations, ...tableCase.expectations],
            needsHousehold: true,
        }, options);
        result.row = tableCase.row;
        if (tableCase.key !== undefined) result.key = tableCase.key;
        if (tableCase.problems.length > 0) {
            result.problems.push(...tableCase.problems);
            result.passed = false;
        }
        return result;
    });
}

interface CaseInput {
    fields: Record<string, Value>;
    key: string;
    expectations: ExpectationPlan[];
    needsHousehold: boolean;
}

function runCase(plan: Plan, test: TestPlan, input: CaseInput, options: RunTestOptions): CaseResult {
    let household: EvaluatedHousehold | undefined;
    if (input.needsHousehold) {
        const result = evaluatorFor(plan).evaluate(testHouseholdValues(plan, input.fields, input.key));
        options.onHousehold?.(result);
        household = {
            result,
            explanation: explainHousehold(plan, result, options.lang),
            benefit: explainBenefit(plan, result, options.lang),
        };
    }
    const expectations = input.expectations.map((expectation) => checkExpectation(plan, expectation, household?.result, test.households));
    return {
        test,
        passed: expectations.every((e) => e.passed),
        expectations,
        problems: [],
        ...(household ? { household } : {}),
    };
}

function checkExpectation(plan: Plan, expectation: ExpectationPlan, result: HouseholdResult | undefined, households: number | undefined): ExpectationResult {
    switch (expectation.kind) {
        case 'category': {
            const category = result?.category ?? null;
            return { expectation, passed: category === expectation.category, actual: { kind: 'category', category } };
        }
        case 'benefit': {
            const benefit = result?.benefit ?? 0;
            return { expectation, passed: compareExpected(benefit, expectation.op, expectation.value), actual: { kind: 'value', value: benefit, type: 'money' } };
        }
        case 'value': {
            const actual = valueNamed(plan, expectation.name, result);
            if (actual === undefined) return { expectation, passed: false, actual: { kind: 'unknown-name', name: expectation.name } };
            return { expectation, passed: compareExpected(actual.value, expectation.op, expectation.value), actual: { kind: 'value', ...actual } };
        }
        case 'target':
            return checkTarget(plan, expectation, households);
    }
}

/**
 * A target worked out from the caseload (`10% of households`), for the test's own caseload
 * (`households 1.200`): the households of the unit the target is counted on.
 */
function targetForCaseload(plan: Plan, district: DistrictPlan, target: TargetPlan, households: number | undefined): number | undefined {
    if (target.expr === undefined || households === undefined) return undefined;
    const value = evaluateFormula(target.expr, {
        constants: evaluateConstants(plan, district.constants),
        quantities: new Map(district.quantities.map((q) => [q.name, q.value])),
        evaluationDate: plan.evaluationDate,
        households,
    });
    return typeof value === 'number' ? value : undefined;
}

function checkTarget(plan: Plan, expectation: Extract<ExpectationPlan, { kind: 'target' }>, households: number | undefined): ExpectationResult {
    const wanted = normaliseDistrictName(expectation.district);
    const district = plan.districts.find((d) => normaliseDistrictName(d.name) === wanted);
    if (district === undefined) {
        return { expectation, passed: false, actual: { kind: 'district-not-in-rules', district: expectation.district } };
    }
    const target = district.targets.find((t) => t.category === expectation.category);
    if (target === undefined) return { expectation, passed: false, actual: { kind: 'no-target' } };
    const value = target.value ?? targetForCaseload(plan, district, target, households);
    if (value === undefined) {
        return { expectation, passed: false, actual: { kind: 'target-needs-caseload', formula: writtenText(target) } };
    }
    return { expectation, passed: compareExpected(value, '=', expectation.value), actual: { kind: 'target', value } };
}

/**
 * A name an expectation compares: a column or derived value of the household, a constant, or a
 * quantity of the household's district.
 */
function valueNamed(plan: Plan, name: string, result: HouseholdResult | undefined): { value: Value; type: ValueType } | undefined {
    const evaluator = evaluatorFor(plan);
    const slot = evaluator.slots.findIndex((s) => s.name === name);
    if (slot >= 0 && result !== undefined) return { value: result.values[slot]!, type: evaluator.slots[slot]!.type };
    const district = plan.districts.find((d) => normaliseDistrictName(d.name) === normaliseDistrictName(result?.district ?? ''));
    const constant = plan.constants.find((c) => c.name === name);
    // the household's district may give a national constant its own value
    if (constant !== undefined) return { value: evaluateConstants(plan, district?.constants).get(name)!, type: constant.type };
    const quantity = district?.quantities.find((q) => q.name === name);
    if (quantity !== undefined) return { value: quantity.value, type: quantity.type };
    const declared = plan.districts.some((d) => d.quantities.some((q) => q.name === name));
    return declared ? { value: NaN, type: 'number' } : undefined;
}

function sameNumber(a: number, b: number): boolean {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `actual op expected`, as the engine compares. */
export function compareExpected(actual: Value, op: ComparisonOperator, expected: Value): boolean {
    if (typeof actual === 'number' && typeof expected === 'number') {
        if (Number.isNaN(actual) || Number.isNaN(expected)) return false;
        const same = sameNumber(actual, expected);
        switch (op) {
            case '=':
                return same;
            case '!=':
                return !same;
            case '<':
                return actual < expected && !same;
            case '<=':
                return actual < expected || same;
            case '>':
                return actual > expected && !same;
            case '>=':
                return actual > expected || same;
        }
    }
    if (typeof actual === 'string' && typeof expected === 'string' && (op === '=' || op === '!=')) {
        const same = actual.trim().toLowerCase() === expected.trim().toLowerCase();
        return op === '=' ? same : !same;
    }
    switch (op) {
        case '=':
            return actual === expected;
        case '!=':
            return actual !== expected;
        case '<':
            return actual < expected;
        case '<=':
            return actual <= expected;
        case '>':
            return actual > expected;
        case '>=':
            return actual >= expected;
    }
}
