/**
 * The benefit in SQL (engine evaluation/benefit.ts): each component pays its amount per eligible
 * member, and with a cap only the highest-paying member slots are paid, ties in declaration order.
 * Amounts are figures of the rules, so the paying order is worked out here, once per district (an
 * amount may be a district's quantity or its own value of a constant), and the SQL only adds up.
 */
import { evaluateFormula, payingOrder, type Expr, type Plan, type Value } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import type { ExpressionCompiler } from './expressions.js';
import { constantsPerDistrict } from './district-rules.js';
import { SqlRefusal } from './refusal.js';

function usesHousehold(expr: Expr): boolean {
    switch (expr.kind) {
        case 'column':
        case 'value':
        case 'caseload':
            return true;
        case 'arithmetic':
        case 'comparison':
        case 'logical':
            return usesHousehold(expr.left) || usesHousehold(expr.right);
        case 'not':
        case 'negate':
        case 'round':
        case 'since':
            return usesHousehold(expr.operand);
        default:
            return false;
    }
}

/**
 * The benefit as an SQL expression over `members[k]` (helper columns holding each component's
 * whole eligible members) and the district index `kd`.
 */
export function benefitSql(d: Dialect, plan: Plan, constants: Map<string, Value>, members: string[], kd: string): string {
    const benefit = plan.benefit;
    if (benefit === undefined || benefit.components.length === 0) return d.number(0);
    for (const c of benefit.components) {
        if (usesHousehold(c.amount)) throw new SqlRefusal('household-dependent-amounts', c.name);
    }
    const amountsFor = (quantities: Map<string, Value>, inForce = constants) => benefit.components.map((c) =>
        Number(evaluateFormula(c.amount, { constants: inForce, quantities, evaluationDate: plan.evaluationDate })));
    const names = [...new Set(plan.districts.flatMap((district) => district.quantities.map((q) => q.name)))];
    const unknown = new Map<string, Value>(names.map((n) => [n, NaN]));
    const districtConstants = constantsPerDistrict(plan, constants);
    const perDistrict = plan.districts.map((district, i) => {
        const quantities = new Map(unknown);
        for (const q of district.quantities) quantities.set(q.name, q.value);
        return amountsFor(quantities, districtConstants[i]!);
    });
    const cap = benefit.maxMembers;
    const sumFor = (amounts: number[]) => {
        const order = payingOrder(amounts);
        const paid: string[] = [];
        let before = d.number(0);
        for (const k of order) {
            paid[k] = cap === undefined ? members[k]! : `least(${members[k]}, ${d.number(cap)} - least(${d.number(cap)}, ${before}))`;
            before = `(${before} + ${members[k]})`;
        }
        let sum = d.number(0);
        amounts.forEach((amount, k) => {
            sum = `(${sum} + (CASE WHEN ${paid[k]} = 0 THEN 0 ELSE ${paid[k]} * ${d.number(amount)} END))`;
        });
        return sum;
    };
    const forUnknown = sumFor(amountsFor(unknown));
    const distinct = new Map<string, number[]>();
    perDistrict.forEach((amounts, i) => {
        const sql = sumFor(amounts);
        distinct.set(sql, [...(distinct.get(sql) ?? []), i]);
    });
    if (distinct.size === 0) return forUnknown;
    if (distinct.size === 1 && distinct.has(forUnknown)) return forUnknown;
    const branches = [...distinct].map(([sql, ds]) => `WHEN ${kd} IN (${ds.join(', ')}) THEN ${sql}`);
    return `(CASE ${branches.join(' ')} ELSE ${forUnknown} END)`;
}

/** A component's eligible members as a whole number; a negative or undefined count pays nobody. */
export function wholeMembers(d: Dialect, compiler: ExpressionCompiler, expr: Expr): string {
    const x = compiler.compile(expr);
    const positive = x.nan ? `NOT ${d.isNaN(x.sql)} AND ${x.sql} > 0` : `${x.sql} > 0`;
    return `(CASE WHEN ${positive} THEN floor(${x.sql}) ELSE 0 END)`;
}
