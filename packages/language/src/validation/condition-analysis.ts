import { formatIsoDate, formatNumber, formatPercent, formatRupiah, parseIsoDate, parseMoneyText, parseNumberText, parsePercentText } from '@kaidah/engine';
import {
    isArithmetic,
    isColumn,
    isComparison,
    isConstant,
    isDateLiteral,
    isLogical,
    isMoneyLiteral,
    isNameRef,
    isNegation,
    isNumberLiteral,
    isParenthesized,
    isPercentLiteral,
    isRounding,
    isValue,
    type Column,
    type Constant,
    type Value,
    type Comparison,
    type Expression,
    type Referable,
} from '../generated/ast.js';
import { definitionDependencies, dependenciesFirst } from '../types/dependencies-first.js';
import type { TypeLookup } from '../types/infer-type.js';
import { isComparable } from '../types/kaidah-types.js';
import {
    add,
    closed,
    everything,
    intersect,
    isEmpty,
    isSubset,
    mirrored,
    multiplyNonNegative,
    nonNegative,
    point,
    satisfying,
    tightenToIntegers,
    type Interval,
} from '../types/intervals.js';
import type { ValueRange } from './diagnostics.js';
import { expressionText } from './expression-text.js';

/**
 * What can be known about conditions from literals and declared ranges alone, without data:
 * `welfare_decile > 10` never holds when deciles run from 1 to 10; a count is never below 0;
 * a later category whose condition implies an earlier one's can never be chosen.
 */
export type Verdict = 'always' | 'never' | 'unknown';

/** A comparison whose outcome is fixed, with the range that fixes it. */
export interface FixedComparison {
    node: Expression;
    verdict: 'always' | 'never';
    subject: string;
    range: ValueRange;
}

/** The value of an expression built only from literals and constants, or undefined. */
export function constantValue(expr: Expression | undefined, known = new Map<Referable, number | undefined>()): number | undefined {
    if (!expr) return undefined;
    if (isNumberLiteral(expr)) return valueOf(parseNumberText(expr.value));
    if (isMoneyLiteral(expr)) return valueOf(parseMoneyText(expr.value));
    if (isPercentLiteral(expr)) return valueOf(parsePercentText(expr.value));
    if (isDateLiteral(expr)) return valueOf(parseIsoDate(expr.value));
    if (isParenthesized(expr)) return constantValue(expr.inner, known);
    if (isArithmetic(expr)) {
        const left = constantValue(expr.left, known);
        const right = constantValue(expr.right, known);
        if (left === undefined || right === undefined) return undefined;
        switch (expr.operator) {
            case '+': return left + right;
            case '-': return left - right;
            case '/': return right === 0 ? undefined : left / right;
            default: return left * right;
        }
    }
    if (isNameRef(expr)) {
        const target = expr.ref.ref;
        // A constant that changes by date has no single value to reason with.
        if (!isSingleValued(target)) return undefined;
        if (!known.has(target)) {
            // Constants it builds on first, without recursion (a chain may be thousands long, in
            // any order); one still being worked out closes a cycle and has no value.
            const order = dependenciesFirst<Constant>(target, singleValuedDependencies, (c) => known.has(c));
            for (const constant of order) known.set(constant, undefined);
            for (const constant of order) known.set(constant, constantValue(constant.values[0].value, known));
        }
        return known.get(target);
    }
    return undefined;
}

function isSingleValued(target: Referable | undefined): target is Constant {
    return isConstant(target) && target.values.length === 1;
}

function singleValuedDependencies(constant: Constant): Constant[] {
    return definitionDependencies(constant).filter(isSingleValued);
}

function valueOf(parsed: { value: number } | { error: string }): number | undefined {
    return 'value' in parsed ? parsed.value : undefined;
}

interface Range {
    interval: Interval;
    integral: boolean;
}

/** The values an expression can take for any household, from column types and declared ranges. */
export function rangeOf(expr: Expression | undefined, known = new Map<Referable, Range>()): Range {
    const unknown = { interval: everything, integral: false };
    if (!expr) return unknown;
    const constant = constantValue(expr);
    if (constant !== undefined) return { interval: point(constant), integral: Number.isInteger(constant) };
    if (isParenthesized(expr)) return rangeOf(expr.inner, known);
    if (isRounding(expr)) return { interval: rangeOf(expr.operand, known).interval, integral: true };
    if (isArithmetic(expr)) {
        const left = rangeOf(expr.left, known);
        const right = rangeOf(expr.right, known);
        const integral = left.integral && right.integral;
        if (expr.operator === '+') return { interval: add(left.interval, right.interval), integral };
        if (expr.operator === '×' || expr.operator === '*' || expr.operator === 'of') {
            return { interval: multiplyNonNegative(left.interval, right.interval), integral };
        }
        return unknown;
    }
    if (isNameRef(expr)) {
        const target = expr.ref.ref;
        if (isColumn(target)) return columnRange(target);
        if (isValue(target)) {
            if (!known.has(target)) {
                // As for constants: the values it builds on first, without recursion; a value still
                // being worked out closes a cycle and narrows nothing.
                const order = dependenciesFirst<Value>(target, valueDependencies, (v) => known.has(v));
                for (const value of order) known.set(value, unknown);
                for (const value of order) known.set(value, rangeOf(value.expression, known));
            }
            return known.get(target)!;
        }
    }
    return unknown;
}

function valueDependencies(value: Value): Value[] {
    return definitionDependencies(value).filter(isValue);
}

function columnRange(column: Column): Range {
    const declared = column.min && column.max ? closedOrEverything(constantValue(column.min), constantValue(column.max)) : everything;
    switch (column.type) {
        case 'count': return { interval: intersect(nonNegative, declared), integral: true };
        case 'percent': return { interval: intersect(closed(0, 1), declared), integral: false };
        case 'yes/no': return { interval: closed(0, 1), integral: true };
        default: return { interval: declared, integral: false };
    }
}

/** A reversed range was reported by the range check; it narrows nothing. */
function closedOrEverything(lo: number | undefined, hi: number | undefined): Interval {
    return lo === undefined || hi === undefined || lo > hi ? everything : closed(lo, hi);
}

/** A yes/no test on one subject: the subject's text, the numbers that pass, and the subject's range. */
interface Atom {
    subject: string;
    passes: Interval;
    range: Range;
}

function atomOf(expr: Expression, types: TypeLookup): Atom | undefined {
    if (isComparison(expr)) return comparisonAtom(expr, types);
    if (isNameRef(expr) && types.typeOf(expr) === 'yesno') {
        return { subject: expressionText(expr), passes: point(1), range: { interval: closed(0, 1), integral: true } };
    }
    if (isNegation(expr) && isNameRef(expr.operand) && types.typeOf(expr.operand) === 'yesno') {
        return { subject: expressionText(expr.operand), passes: point(0), range: { interval: closed(0, 1), integral: true } };
    }
    return undefined;
}

function comparisonAtom(comparison: Comparison, types: TypeLookup): Atom | undefined {
    const right = constantValue(comparison.right);
    const left = constantValue(comparison.left);
    const [subject, op, bound] = right !== undefined && left === undefined
        ? [comparison.left, comparison.operator, right]
        : left !== undefined && right === undefined ? [comparison.right, mirrored(comparison.operator), left] : [];
    if (!subject || bound === undefined || !op) return undefined;
    // A comparison the type check refuses (`p2k2_attendance >= 80`) is reported there, not judged here.
    const subjectType = types.typeOf(subject);
    const boundType = types.typeOf(subject === comparison.left ? comparison.right : comparison.left);
    if (subjectType === 'error' || boundType === 'error' || !isComparable(op, subjectType, boundType)) return undefined;
    const passes = satisfying(op, bound);
    if (!passes) return undefined;
    const range = rangeOf(subject);
    return { subject: expressionText(subject), passes: range.integral ? tightenToIntegers(passes) : passes, range };
}

function verdictOf(atom: Atom): Verdict {
    const possible = atom.range.integral ? tightenToIntegers(atom.range.interval) : atom.range.interval;
    if (isEmpty(intersect(possible, atom.passes))) return 'never';
    if (isSubset(possible, atom.passes)) return 'always';
    return 'unknown';
}

/** Whether a condition always holds, never holds, or depends on the household; and the comparisons that decide it. */
export function analyseCondition(expr: Expression | undefined, types: TypeLookup, fixed: FixedComparison[] = []): Verdict {
    if (!expr) return 'unknown';
    if (isParenthesized(expr)) return analyseCondition(expr.inner, types, fixed);
    if (isLogical(expr)) {
        const left = analyseCondition(expr.left, types, fixed);
        const right = analyseCondition(expr.right, types, fixed);
        if (expr.operator === 'and') {
            if (left === 'never' || right === 'never') return 'never';
            return left === 'always' && right === 'always' ? 'always' : 'unknown';
        }
        if (left === 'always' || right === 'always') return 'always';
        return left === 'never' && right === 'never' ? 'never' : 'unknown';
    }
    if (isNegation(expr) && !isNameRef(expr.operand)) {
        const inner = analyseCondition(expr.operand, types, fixed);
        return inner === 'always' ? 'never' : inner === 'never' ? 'always' : 'unknown';
    }
    const atom = atomOf(expr, types);
    if (!atom || !isComparison(expr)) return atom ? verdictOf(atom) : 'unknown';
    const verdict = verdictOf(atom);
    if (verdict !== 'unknown') {
        fixed.push({ node: expr, verdict, subject: atom.subject, range: describeRange(atom.range.interval, types.typeOf(subjectNode(expr))) });
    }
    return verdict;
}

function subjectNode(comparison: Comparison): Expression {
    return constantValue(comparison.right) !== undefined ? comparison.left : comparison.right;
}

/** The bounds of a range, each written as a figure of the subject's type. */
function describeRange(interval: Interval, type: string): ValueRange {
    const show = (n: number) => (type === 'percent' ? formatPercent(n) : type === 'money' ? formatRupiah(n) : type === 'date' ? formatIsoDate(n) : formatNumber(n));
    return {
        ...(Number.isFinite(interval.lo) ? { lo: show(interval.lo) } : {}),
        ...(Number.isFinite(interval.hi) ? { hi: show(interval.hi) } : {}),
    };
}

/**
 * A condition as alternatives (`or`) of requirements on subjects (`and`), as far as literals allow;
 * undefined when it is too tangled to say. Subjects not tested against a literal are kept by their
 * text, so identical tests still match.
 */
type Requirements = Map<string, Interval>;

const maxAlternatives = 32;

export function alternativesOf(expr: Expression | undefined, types: TypeLookup): Requirements[] | undefined {
    if (!expr) return undefined;
    if (isParenthesized(expr)) return alternativesOf(expr.inner, types);
    if (isLogical(expr)) {
        const left = alternativesOf(expr.left, types);
        const right = alternativesOf(expr.right, types);
        if (!left || !right) return undefined;
        if (expr.operator === 'or') return left.length + right.length > maxAlternatives ? undefined : [...left, ...right];
        if (left.length * right.length > maxAlternatives) return undefined;
        return left.flatMap((a) => right.map((b) => combine(a, b)));
    }
    const atom = atomOf(expr, types);
    if (atom) {
        const possible = atom.range.integral ? tightenToIntegers(atom.range.interval) : atom.range.interval;
        return [new Map([[atom.subject, intersect(possible, atom.passes)]])];
    }
    return [new Map([[expressionText(expr), point(1)]])];
}

function combine(a: Requirements, b: Requirements): Requirements {
    const merged = new Map(a);
    for (const [subject, interval] of b) merged.set(subject, merged.has(subject) ? intersect(merged.get(subject)!, interval) : interval);
    return merged;
}

/** Whether every household meeting `later` also meets `earlier`. */
export function implies(later: Requirements[], earlier: Requirements[]): boolean {
    return later.every((alternative) => isImpossible(alternative) || earlier.some((required) => meets(alternative, required)));
}

function isImpossible(requirements: Requirements): boolean {
    return [...requirements.values()].some(isEmpty);
}

function meets(alternative: Requirements, required: Requirements): boolean {
    for (const [subject, interval] of required) {
        const given = alternative.get(subject);
        if (!given || !isSubset(given, interval)) return false;
    }
    return true;
}
