/**
 * Formulas with no household: the Plan's constants, and district figures such as a target
 * (`facilitators × 10`, `round down(10% of households)`). The language evaluates them when it
 * compiles districts; quota allocation, for a target that depends on the caseload.
 */
import type { ConstantDef, Expr, Plan, Value } from '../plan/plan.js';
import { parseIsoDate } from '../notation/dates.js';
import { compileExpr, type NameScope } from './expressions.js';

/**
 * The Plan's evaluation date as a day number, for compiling `since`. Parsed when first needed, at
 * prepare time, then remembered: a Plan without `since` may have no date ('').
 */
export function evaluationDayOf(date: string | undefined): () => number {
    let day: number | undefined;
    return () => {
        if (day !== undefined) return day;
        if (!date) throw new Error('The Plan counts time since a date (`years since …`), but has no evaluation date');
        const parsed = parseIsoDate(date);
        if ('error' in parsed) throw new Error(`The Plan's evaluation date "${date}" is not a date written YYYY-MM-DD`);
        return (day = parsed.value);
    };
}

function referenceNotAllowed(where: string): NameScope['slot'] {
    return (kind, name) => {
        throw new Error(`${where} cannot refer to the ${kind} "${name}": it has no household`);
    };
}

/**
 * The Plan's constants, in declaration order. A constant may use other constants in any order;
 * a cycle is a programming error in the Plan.
 */
export function evaluateConstants(plan: Plan, overrides: readonly ConstantDef[] = []): Map<string, Value> {
    // a district's own value of a national constant replaces it; constants defined from it follow
    const definitions = new Map([...plan.constants, ...overrides].map((c) => [c.name, c]));
    const known = new Map<string, Value>();
    const inProgress = new Set<string>();
    const scope: NameScope = {
        slot: referenceNotAllowed('A constant'),
        constant: valueOf,
        quantity(name) {
            throw new Error(`A constant cannot refer to the district quantity "${name}"`);
        },
        evaluationDay: evaluationDayOf(plan.evaluationDate),
    };
    function valueOf(name: string): Value {
        const existing = known.get(name);
        if (existing !== undefined) return existing;
        const definition = definitions.get(name);
        if (definition === undefined) throw new Error(`Unknown constant "${name}" in the Plan`);
        if (inProgress.has(name)) throw new Error(`Constant "${name}" is defined in terms of itself`);
        inProgress.add(name);
        const value = compileExpr(definition.expr, scope).fn([]);
        inProgress.delete(name);
        known.set(name, value);
        return value;
    }
    return new Map(plan.constants.map((c) => [c.name, valueOf(c.name)]));
}

/**
 * Evaluates a formula that has no household: a district target such as `facilitators × 10`.
 * Used by the language when it compiles districts; a column or derived value in it is a
 * programming error and throws. `since` in it needs `env.evaluationDate` (`YYYY-MM-DD`).
 */
export function evaluateFormula(
    expr: Expr,
    env: { constants: Map<string, Value>; quantities: Map<string, Value>; evaluationDate?: string; households?: number },
): Value {
    const scope: NameScope = {
        slot: referenceNotAllowed('A district formula'),
        constant(name) {
            const value = env.constants.get(name);
            if (value === undefined) throw new Error(`Unknown constant "${name}" in a district formula`);
            return value;
        },
        quantity(name) {
            const value = env.quantities.get(name);
            if (value === undefined) throw new Error(`Unknown quantity "${name}" in a district formula`);
            return { fn: () => value, constant: true };
        },
        evaluationDay: evaluationDayOf(env.evaluationDate),
        ...(env.households === undefined ? {} : { caseload: () => env.households! }),
    };
    return compileExpr(expr, scope).fn([]);
}
