/**
 * The meaning of a Plan expression, compiled once into closures.
 *
 * Names are resolved when an expression is compiled (a column becomes a slot index, a constant its
 * value), so evaluating a household is a chain of closure calls over one array with no lookup by
 * name. Sub-expressions whose operands are all constant are folded into their value.
 *
 * Semantics that officers may ask about:
 * - Division by zero gives NaN ("undefined" in explanations); every comparison involving NaN is
 *   false, `!=` included, so a household never qualifies because of a division by zero.
 * - `=` and `!=` on text ignore case and surrounding spaces (`"Ya "` = `"ya"`).
 * - Rounding is to a whole number: `nearest` rounds halves away from zero, `down` is floor, `up` is
 *   ceiling. Floating-point noise is removed first, so `0,1 × 3 × 10` rounds up to 3, not 4.
 * - Dates are day numbers, so they compare (`=` included) and subtract as numbers. `years since`,
 *   `months since` and `days since` count up to the Plan's evaluation date; see `counterSince` for
 *   birthdays, leap days and dates in the future.
 */
import type { ArithmeticOperator, ComparisonOperator, Expr, RoundingMode, Value } from '../plan/plan.js';
import { counterSince } from '../notation/dates.js';

/** A compiled expression over a household's slots: its columns, then its derived values. */
export type RowFunction = (slots: Value[]) => Value;

export interface CompiledExpr {
    fn: RowFunction;
    /** True when the value does not depend on the household (folded at compile time). */
    constant: boolean;
}

/** How names resolve where an expression is compiled. Called at compile time only. */
export interface NameScope {
    /** Slot index of a column or derived value; throws where such references are not allowed. */
    slot(kind: 'column' | 'value', name: string): number;
    constant(name: string): Value;
    /** A constant some district gives its own value, read per household district; undefined for the others. */
    varyingConstant?(name: string): CompiledExpr | undefined;
    /** Constant in target formulas; per household district in household expressions. */
    quantity(name: string): CompiledExpr;
    /** The day `since` counts up to (days since 1970-01-01); throws where there is none. */
    evaluationDay(): number;
    /** The caseload of the unit a target is counted on; throws outside target formulas. */
    caseload?(): number;
}

const NO_SLOTS: Value[] = [];

/**
 * Compiles `expr`. With a `registry`, every node of the tree is recorded with its closure, so that
 * explanations can evaluate any sub-expression of the Plan without compiling it again.
 */
export function compileExpr(expr: Expr, scope: NameScope, registry?: Map<Expr, RowFunction>): CompiledExpr {
    const compiled = compileNode(expr, scope, registry);
    registry?.set(expr, compiled.fn);
    return compiled;
}

function constantValue(value: Value): CompiledExpr {
    return { fn: () => value, constant: true };
}

/** Folds a node whose operands are all constant into its value. */
function folded(fn: RowFunction, isConstant: boolean): CompiledExpr {
    return isConstant ? constantValue(fn(NO_SLOTS)) : { fn, constant: false };
}

function compileNode(expr: Expr, scope: NameScope, registry: Map<Expr, RowFunction> | undefined): CompiledExpr {
    switch (expr.kind) {
        case 'literal':
            return constantValue(expr.value);
        case 'constant':
            return scope.varyingConstant?.(expr.name) ?? constantValue(scope.constant(expr.name));
        case 'column':
        case 'value': {
            const slot = scope.slot(expr.kind, expr.name);
            return { fn: (slots) => slots[slot]!, constant: false };
        }
        case 'quantity':
            return scope.quantity(expr.name);
        case 'arithmetic': {
            const left = compileExpr(expr.left, scope, registry);
            const right = compileExpr(expr.right, scope, registry);
            return folded(arithmetic(expr.op, left.fn, right.fn), left.constant && right.constant);
        }
        case 'comparison': {
            const left = compileExpr(expr.left, scope, registry);
            const right = compileExpr(expr.right, scope, registry);
            const onText = expr.left.type === 'text' || expr.right.type === 'text';
            const fn = onText && (expr.op === '=' || expr.op === '!=')
                ? textEquality(expr.op, left, right)
                : comparison(expr.op, left.fn, right.fn);
            return folded(fn, left.constant && right.constant);
        }
        case 'logical': {
            const left = compileExpr(expr.left, scope, registry);
            const right = compileExpr(expr.right, scope, registry);
            const l = left.fn;
            const r = right.fn;
            const fn: RowFunction = expr.op === 'and'
                ? (slots) => (l(slots) as boolean) && (r(slots) as boolean)
                : (slots) => (l(slots) as boolean) || (r(slots) as boolean);
            return folded(fn, left.constant && right.constant);
        }
        case 'not': {
            const operand = compileExpr(expr.operand, scope, registry);
            const fn = operand.fn;
            return folded((slots) => !(fn(slots) as boolean), operand.constant);
        }
        case 'negate': {
            const operand = compileExpr(expr.operand, scope, registry);
            const fn = operand.fn;
            return folded((slots) => -(fn(slots) as number), operand.constant);
        }
        case 'round': {
            const operand = compileExpr(expr.operand, scope, registry);
            const fn = operand.fn;
            const round = ROUNDING[expr.mode];
            return folded((slots) => round(fn(slots) as number), operand.constant);
        }
        case 'since': {
            const operand = compileExpr(expr.operand, scope, registry);
            const fn = operand.fn;
            const count = counterSince(expr.unit, scope.evaluationDay());
            return folded((slots) => count(fn(slots) as number), operand.constant);
        }
        case 'caseload': {
            if (!scope.caseload) throw new Error('`households` is only known in a target formula');
            return constantValue(scope.caseload());
        }
    }
}

function arithmetic(op: ArithmeticOperator, l: RowFunction, r: RowFunction): RowFunction {
    switch (op) {
        case '+':
            return (slots) => (l(slots) as number) + (r(slots) as number);
        case '-':
            return (slots) => (l(slots) as number) - (r(slots) as number);
        case '*':
            return (slots) => (l(slots) as number) * (r(slots) as number);
        case '/':
            return (slots) => {
                const divisor = r(slots) as number;
                return divisor === 0 ? NaN : (l(slots) as number) / divisor;
            };
    }
}

/** Numbers, yes/no, and the ordering of text (plain code-point order). NaN compares false. */
function comparison(op: ComparisonOperator, l: RowFunction, r: RowFunction): RowFunction {
    switch (op) {
        case '<':
            return (slots) => l(slots) < r(slots);
        case '<=':
            return (slots) => l(slots) <= r(slots);
        case '>':
            return (slots) => l(slots) > r(slots);
        case '>=':
            return (slots) => l(slots) >= r(slots);
        case '=':
            return (slots) => l(slots) === r(slots);
        case '!=':
            return (slots) => {
                const a = l(slots);
                const b = r(slots);
                return a === a && b === b && a !== b; // `x === x` is false only for NaN
            };
    }
}

function normaliseText(value: Value): string {
    return String(value).trim().toLowerCase();
}

/** Text equality ignoring case and surrounding spaces; a constant side is normalised once. */
function textEquality(op: '=' | '!=', left: CompiledExpr, right: CompiledExpr): RowFunction {
    const equal = op === '=';
    if (right.constant || left.constant) {
        const [fixed, varying] = right.constant ? [right, left] : [left, right];
        const expected = normaliseText(fixed.fn(NO_SLOTS));
        const fn = varying.fn;
        return (slots) => (normaliseText(fn(slots)) === expected) === equal;
    }
    const l = left.fn;
    const r = right.fn;
    return (slots) => (normaliseText(l(slots)) === normaliseText(r(slots))) === equal;
}

/**
 * Removes floating-point noise before rounding: a value within a relative 1e-9 of a whole number
 * is that whole number (`0,1 × 3 × 10` is 3.0000000000000004, which must not round up to 4).
 */
function snapToWhole(x: number): number {
    const whole = Math.round(x);
    return Math.abs(x - whole) <= 1e-9 * Math.max(1, Math.abs(x)) ? whole : x;
}

const ROUNDING: Readonly<Record<RoundingMode, (x: number) => number>> = {
    // halves are snapped too, so that 2,675 × 2 and friends round as written
    nearest: (x) => {
        const halves = snapToWhole(x * 2) / 2;
        return (halves < 0 ? -Math.round(-halves) : Math.round(halves)) + 0; // + 0 turns -0 into 0
    },
    down: (x) => Math.floor(snapToWhole(x)),
    up: (x) => Math.ceil(snapToWhole(x)),
};
