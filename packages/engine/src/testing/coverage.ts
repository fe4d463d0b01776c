/**
 * Coverage: which graduation categories, atomic conditions and benefit components a set of
 * households exercised — the households of officers' tests (`kaidah test --coverage`) or a whole
 * caseload (`kaidah run --coverage`). A rule that never fires on a district's whole caseload is
 * worth a look; a condition no test ever made fail is a condition no test pins.
 *
 * What is counted, per household, following the engine's own order of evaluation:
 * - A category is *reached* when no earlier category held (the engine looks at its condition), and
 *   *held* (fired) when it is the household's category.
 * - An atomic condition is a comparison or a yes/no value inside a category's condition (the
 *   leaves under `and`, `or` and `not`). It is *evaluated* when the engine gets to it: the category
 *   was reached, and `and`/`or` did not stop short before it (`a and b` looks at `b` only when `a`
 *   held; `a or b` only when `a` failed). Each evaluation counts as *held* or *failed*.
 *   A condition **fired** when it held at least once. It is **fully exercised** when it both held
 *   and failed: only then does some household show that it matters. **Never evaluated** means
 *   no household got that far.
 * - A benefit component is *eligible* for a household with at least one member counted for it,
 *   and *paid* (fired) when, after the cap on members, the household is paid for it.
 *
 * `record` costs a few closure calls per atomic condition reached, with no allocation: cheap enough
 * for every row of a caseload.
 */
import type { Expr, Plan } from '../plan/plan.js';
import { evaluatorFor, type HouseholdResult } from '../evaluation/evaluate.js';
import { shownExpr } from '../notation/display.js';

export interface ConditionCoverage {
    /** The condition as its file writes it, operators shown as signs (`monthly_income ≥ 2 × poverty_line`). */
    text: string;
    /** The Plan's expression node, for tools that point at it. */
    expr: Expr;
    evaluated: number;
    held: number;
    failed: number;
}

export interface CategoryCoverage {
    name: string;
    label: string;
    /** Households whose evaluation got to this category (no earlier category held). */
    reached: number;
    /** Households in this category. */
    held: number;
    /** The atomic conditions of the category's condition, left to right. */
    conditions: ConditionCoverage[];
}

export interface ComponentCoverage {
    name: string;
    label?: string;
    /** Households with at least one member counted for the component. */
    eligible: number;
    /** Households paid for it after the cap on paid members. */
    paid: number;
}

export interface CoverageReport {
    /** Households recorded. */
    households: number;
    categories: CategoryCoverage[];
    components: ComponentCoverage[];
}

export type ConditionStatus = 'exercised' | 'held-only' | 'failed-only' | 'never-evaluated';

export interface CoverageCollector {
    readonly plan: Plan;
    /** Records one household evaluated with this Plan (`Evaluator.evaluate`). */
    record(result: HouseholdResult): void;
    /** The counts so far (a snapshot: recording more does not change it). */
    report(): CoverageReport;
}

/** A condition compiled for coverage: returns its truth, counting its atoms' evaluations on the way. */
type CountingCondition = (result: HouseholdResult) => boolean;

export function createCoverage(plan: Plan): CoverageCollector {
    const evaluator = evaluatorFor(plan);
    let households = 0;

    const categories: CategoryCoverage[] = plan.graduations.map((g) => ({
        name: g.name,
        label: g.label,
        reached: 0,
        held: 0,
        conditions: [],
    }));

    function compileCounting(expr: Expr, conditions: ConditionCoverage[]): CountingCondition {
        if (expr.kind === 'logical') {
            const left = compileCounting(expr.left, conditions);
            const right = compileCounting(expr.right, conditions);
            return expr.op === 'and' ? (r) => left(r) && right(r) : (r) => left(r) || right(r);
        }
        if (expr.kind === 'not') {
            const operand = compileCounting(expr.operand, conditions);
            return (r) => !operand(r);
        }
        const counts: ConditionCoverage = { text: shownExpr(expr), expr, evaluated: 0, held: 0, failed: 0 };
        conditions.push(counts);
        return (r) => {
            const holds = evaluator.valueOf(expr, r) === true;
            counts.evaluated++;
            if (holds) counts.held++;
            else counts.failed++;
            return holds;
        };
    }

    const counting = plan.graduations.map((g, i) => compileCounting(g.condition, categories[i]!.conditions));

    const components: ComponentCoverage[] = (plan.benefit?.components ?? []).map((c) =>
        c.label === undefined ? { name: c.name, eligible: 0, paid: 0 } : { name: c.name, label: c.label, eligible: 0, paid: 0 });
    const memberExprs = (plan.benefit?.components ?? []).map((c) => c.members);
    const componentIndex = new Map(components.map((c, i) => [c.name, i]));

    return {
        plan,
        record(result) {
            households++;
            // the categories the household's district tries, up to its own; a district's adapted
            // condition is not the national one, so only reaching and holding are counted for it
            for (const tried of evaluator.categoriesFor(result.district)) {
                const g = tried.graduation;
                categories[g]!.reached++;
                if (tried.adaptedBy === undefined) counting[g]!(result);
                if (plan.graduations[g]!.name === result.category) {
                    categories[g]!.held++;
                    break;
                }
            }
            for (let k = 0; k < memberExprs.length; k++) {
                if ((evaluator.valueOf(memberExprs[k]!, result) as number) >= 1) components[k]!.eligible++;
            }
            for (const paid of result.components) {
                const k = componentIndex.get(paid.name);
                if (k !== undefined) components[k]!.paid++;
            }
        },
        report() {
            return {
                households,
                categories: categories.map((c) => ({ ...c, conditions: c.conditions.map((x) => ({ ...x })) })),
                components: components.map((c) => ({ ...c })),
            };
        },
    };
}

export function conditionStatus(condition: ConditionCoverage): ConditionStatus {
    if (condition.evaluated === 0) return 'never-evaluated';
    if (condition.held === 0) return 'failed-only';
    if (condition.failed === 0) return 'held-only';
    return 'exercised';
}

/**
 * Several reports as one: the reports of the Plans of several rule files (each test runs with the
 * Plan of the file that declares it). Categories and components are matched by name, conditions by
 * position and meaning; the order is that of first appearance.
 */
export function mergeCoverage(reports: CoverageReport[]): CoverageReport {
    const categories = new Map<string, CategoryCoverage>();
    const components = new Map<string, ComponentCoverage>();
    let households = 0;
    for (const report of reports) {
        households += report.households;
        for (const category of report.categories) {
            const merged = categories.get(category.name);
            if (merged === undefined) {
                categories.set(category.name, { ...category, conditions: category.conditions.map((c) => ({ ...c })) });
                continue;
            }
            merged.reached += category.reached;
            merged.held += category.held;
            category.conditions.forEach((condition, i) => {
                const atIndex = merged.conditions[i];
                // by meaning (the Plan's English text): `tahun sejak born` and `years since born` are one condition
                const same = atIndex !== undefined && atIndex.expr.text === condition.expr.text
                    ? atIndex
                    : merged.conditions.find((c) => c.expr.text === condition.expr.text);
                if (same === undefined) {
                    merged.conditions.push({ ...condition });
                } else {
                    same.evaluated += condition.evaluated;
                    same.held += condition.held;
                    same.failed += condition.failed;
                }
            });
        }
        for (const component of report.components) {
            const merged = components.get(component.name);
            if (merged === undefined) {
                components.set(component.name, { ...component });
            } else {
                merged.eligible += component.eligible;
                merged.paid += component.paid;
            }
        }
    }
    return { households, categories: [...categories.values()], components: [...components.values()] };
}

/** What never fired: categories no household was in, conditions that never held, components never paid. */
export function neverFired(report: CoverageReport): {
    categories: CategoryCoverage[];
    conditions: { category: CategoryCoverage; condition: ConditionCoverage }[];
    components: ComponentCoverage[];
} {
    return {
        categories: report.categories.filter((c) => c.held === 0),
        conditions: report.categories.flatMap((category) =>
            category.conditions.filter((condition) => condition.held === 0).map((condition) => ({ category, condition }))),
        components: report.components.filter((c) => c.paid === 0),
    };
}
