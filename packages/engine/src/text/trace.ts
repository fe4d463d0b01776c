/**
 * The full trace of one household, for an officer who asks "why this family?" (`kaidah explain`):
 * every column and derived value, each benefit component with the members paid and those left
 * unpaid by the cap, every graduation category with every condition and its values (not only the
 * ones that decided, as a decision's sentence gives), and the value it was ranked by.
 *
 * First as data (`traceHousehold`), then as text (`renderTrace`). Values come from the closures the
 * evaluator compiled for the Plan, so the trace shows exactly what the run computed.
 */
import type { Expr, Plan, Value, ValueType } from '../plan/plan.js';
import { evaluatorFor, type HouseholdResult } from '../evaluation/evaluate.js';
import { formatNumber, formatRupiah, formatValue } from '../notation/format.js';
import { messagesFor, type Lang } from '../messages/messages.js';
import { operatorSign, shownExpr } from '../notation/display.js';
import { isLiteral, yesNoReference } from './conditions.js';

export interface TracedValue {
    name: string;
    label?: string;
    type: ValueType;
    value: Value;
    /** A value the rules work out (`value x = …`), with its formula; otherwise a column of the data. */
    formula?: string;
}

export interface TracedComponent {
    name: string;
    label?: string;
    /** Members who qualify. */
    eligible: number;
    /** Of those, members paid after the cap. */
    paid: number;
    /** Annual amount per member (Rupiah). */
    amount: number;
}

export type TracedCondition =
    | { kind: 'all' | 'any'; holds: boolean; conditions: TracedCondition[] }
    | { kind: 'not'; holds: boolean; condition: TracedCondition }
    /** One comparison or yes/no value, as a sentence with the household's values. */
    | { kind: 'fact'; holds: boolean; text: string };

export interface TracedCategory {
    name: string;
    label: string;
    holds: boolean;
    /** The household's category: the first that holds. */
    chosen: boolean;
    condition: TracedCondition;
    /** A district's own category: the district's name. */
    district?: string;
    /** A national category whose condition the household's district adapted: the district's name. */
    adaptedBy?: string;
}

export interface HouseholdTrace {
    key: string;
    district: string;
    values: TracedValue[];
    benefit: { total: number; cap?: number; components: TracedComponent[] };
    categories: TracedCategory[];
    /** The rank value of the household's category, when it has a category with a rank. */
    rank?: { text: string; descending: boolean; type: ValueType; value: Value };
}

/** Traces an evaluated household; `lang` only shapes the sentences of conditions. */
export function traceHousehold(plan: Plan, result: HouseholdResult, lang: Lang): HouseholdTrace {
    const evaluator = evaluatorFor(plan);
    const m = messagesFor(lang);
    const valueOf = (expr: Expr) => evaluator.valueOf(expr, result);
    const shown = (value: Value, type: ValueType) => (type === 'text' ? `"${String(value)}"` : formatValue(value, type, lang));
    const ownDistrict = evaluator.districtOf(result.district);

    const values: TracedValue[] = [
        ...plan.schema.columns.map((column, i): TracedValue => ({
            name: column.name,
            ...(column.label === undefined ? {} : { label: column.label }),
            type: column.type,
            value: result.values[i]!,
        })),
        // another district's own values are none of this household's business
        ...plan.values.flatMap((value, j): TracedValue[] => (value.district !== undefined && value.district !== ownDistrict ? [] : [{
            name: value.name,
            type: value.type,
            value: result.values[plan.schema.columns.length + j]!,
            formula: shownExpr(value.expr),
        }])),
    ];

    const paidByName = new Map(result.components.map((c) => [c.name, c]));
    const components: TracedComponent[] = (plan.benefit?.components ?? []).map((component) => {
        const members = valueOf(component.members) as number;
        const paid = paidByName.get(component.name);
        return {
            name: component.name,
            ...(component.label === undefined ? {} : { label: component.label }),
            eligible: members > 0 ? Math.floor(members) : 0,
            paid: paid?.members ?? 0,
            amount: paid?.amount ?? (valueOf(component.amount) as number),
        };
    });

    function side(expr: Expr): string {
        const text = shownExpr(expr);
        return isLiteral(expr) ? text : `${text} ${shown(valueOf(expr), expr.type)}`;
    }

    function fact(expr: Expr): TracedCondition {
        const holds = valueOf(expr) === true;
        if (expr.kind === 'comparison') {
            const reference = yesNoReference(expr);
            if (reference !== undefined) {
                return { kind: 'fact', holds, text: m.holdsAs(shownExpr(reference), valueOf(reference) === true ? m.yes : m.no) };
            }
            return { kind: 'fact', holds, text: `${side(expr.left)} ${operatorSign(expr.op)} ${side(expr.right)}` };
        }
        if (isLiteral(expr)) return { kind: 'fact', holds, text: shownExpr(expr) };
        return { kind: 'fact', holds, text: m.holdsAs(shownExpr(expr), holds ? m.yes : m.no) };
    }

    /** `a and b and c` is one list of three, not a nest of pairs. */
    function condition(expr: Expr): TracedCondition {
        if (expr.kind === 'logical') {
            const op = expr.op;
            const parts: Expr[] = [];
            const collect = (e: Expr) => {
                if (e.kind === 'logical' && e.op === op) {
                    collect(e.left);
                    collect(e.right);
                } else {
                    parts.push(e);
                }
            };
            collect(expr);
            return { kind: op === 'and' ? 'all' : 'any', holds: valueOf(expr) === true, conditions: parts.map(condition) };
        }
        if (expr.kind === 'not') return { kind: 'not', holds: valueOf(expr) === true, condition: condition(expr.operand) };
        return fact(expr);
    }

    // the categories tried for the household's district, in the order they are tried
    const categories = evaluator.categoriesFor(result.district).map((tried): TracedCategory => {
        const graduation = plan.graduations[tried.graduation]!;
        return {
            name: graduation.name,
            label: graduation.label,
            holds: valueOf(tried.condition) === true,
            chosen: graduation.name === result.category,
            condition: condition(tried.condition),
            ...(graduation.district !== undefined ? { district: graduation.district } : {}),
            ...(tried.adaptedBy !== undefined ? { adaptedBy: tried.adaptedBy } : {}),
        };
    });

    const trace: HouseholdTrace = {
        key: result.key,
        district: result.district,
        values,
        benefit: { total: result.benefit, components },
        categories,
    };
    if (plan.benefit?.maxMembers !== undefined) trace.benefit.cap = plan.benefit.maxMembers;
    const rank = plan.graduations.find((g) => g.name === result.category)?.rank;
    if (rank !== undefined) {
        trace.rank = { text: shownExpr(rank.expr), descending: rank.descending, type: rank.expr.type, value: valueOf(rank.expr) };
    }
    return trace;
}

export interface TraceContext {
    /** Lines under the title saying where the household is: district, sub-district, facilitator. */
    where?: string[];
    /** The household's status, in words (`proposed`), and the sentence that says why (`ranked 3 of 12 …`). */
    status?: string;
    statusSentence?: string;
}

/** The trace as text for a terminal, in the officer's language. */
export function renderTrace(trace: HouseholdTrace, lang: Lang, context: TraceContext = {}): string {
    const m = messagesFor(lang);
    const t = m.trace;
    const lines: string[] = [t.household(trace.key)];
    if (context.where !== undefined && context.where.length > 0) lines.push(`  ${context.where.join(' · ')}`);

    lines.push('', t.valuesTitle);
    const shownValues = trace.values.map((v) => (v.type === 'text' ? String(v.value) : formatValue(v.value, v.type, lang)));
    const width = Math.max(...trace.values.map((v) => v.name.length));
    const valueWidth = Math.min(32, Math.max(...shownValues.map((v) => v.length)));
    trace.values.forEach((v, i) => {
        // the value first, then what it is: the column's label, or the formula of a derived value
        const note = v.formula === undefined ? v.label ?? '' : `(${t.derived}: ${v.formula})`;
        lines.push(`  ${v.name.padEnd(width)}  ${shownValues[i]!.padEnd(valueWidth)}  ${note}`.trimEnd());
    });

    const benefit = trace.benefit;
    lines.push('', t.benefitTitle(formatRupiah(benefit.total)) + (benefit.cap === undefined ? '' : ` (${t.cap(formatNumber(benefit.cap))})`));
    const eligible = benefit.components.filter((c) => c.eligible > 0);
    if (eligible.length === 0) lines.push(`  ${t.noMemberQualifies}`);
    for (const c of eligible) {
        const name = c.label ?? c.name;
        if (c.paid > 0) lines.push(`  ${t.paid(formatNumber(c.paid), name, formatRupiah(c.amount), formatRupiah(c.paid * c.amount))}`);
        if (c.eligible > c.paid) lines.push(`  ${t.notPaid(formatNumber(c.eligible - c.paid), name, formatRupiah(c.amount))}`);
    }

    lines.push('', t.categoriesTitle);
    let decided = false;
    trace.categories.forEach((category, i) => {
        const verdict = category.holds ? t.categoryHolds : t.categoryFails;
        const note = category.chosen ? ` ${t.chosen}` : category.holds && decided ? ` ${t.earlierCategoryWins}` : '';
        const scope = category.district !== undefined ? ` [${t.districtOwn(category.district)}]`
            : category.adaptedBy !== undefined ? ` [${t.adaptedBy(category.adaptedBy)}]` : '';
        lines.push(`  ${i + 1}. ${category.label} (${category.name})${scope}: ${verdict}${note}`);
        renderCondition(category.condition, 6, lines, t);
        if (category.holds) decided = true;
    });

    lines.push('');
    if (trace.rank !== undefined) {
        const value = trace.rank.type === 'text' ? String(trace.rank.value) : formatValue(trace.rank.value, trace.rank.type, lang);
        lines.push(t.rankTitle(trace.rank.text, trace.rank.descending, value));
    } else if (!trace.categories.some((c) => c.chosen)) {
        lines.push(t.notRanked);
    }
    if (context.statusSentence !== undefined) lines.push(`  ${context.statusSentence}`);
    if (context.status !== undefined) lines.push('', t.decisionTitle(context.status));
    return lines.join('\n');
}

function renderCondition(condition: TracedCondition, indent: number, lines: string[], t: ReturnType<typeof messagesFor>['trace']): void {
    const pad = ' '.repeat(indent);
    const mark = condition.holds ? '✓' : '✗';
    switch (condition.kind) {
        case 'fact':
            lines.push(`${pad}${mark} ${condition.text}`);
            return;
        case 'not':
            lines.push(`${pad}${mark} ${t.notOf}`);
            renderCondition(condition.condition, indent + 4, lines, t);
            return;
        case 'all':
        case 'any':
            lines.push(`${pad}${mark} ${condition.kind === 'all' ? t.allOf : t.anyOf}`);
            for (const c of condition.conditions) renderCondition(c, indent + 4, lines, t);
            return;
    }
}
