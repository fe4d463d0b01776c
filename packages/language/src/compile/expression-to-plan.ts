import { parseIsoDate, parseMoneyText, parseNumberText, parsePercentText, type Expr, type ValueType } from '@kaidah/engine';
import {
    isArithmetic,
    isCaseload,
    isColumn,
    isComparison,
    isConstant,
    isDateLiteral,
    isLogical,
    isMinus,
    isMoneyLiteral,
    isNameRef,
    isNegation,
    isNumberLiteral,
    isParenthesized,
    isPercentLiteral,
    isQuantity,
    isRounding,
    isSince,
    isTextLiteral,
    isValue,
    isYesNoLiteral,
    type Expression,
} from '../generated/ast.js';
import type { TypeLookup } from '../types/infer-type.js';
import { planText } from '../keywords/translate.js';
import { recordAsWritten } from './written-text.js';

/** Thrown when a checked rule file still cannot be compiled; validation should have reported why. */
export class CompileError extends Error {}

const comparisonOperators = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '!=': '!=', '≠': '!=' } as const;
const arithmeticOperators = { '+': '+', '-': '-', '×': '*', '*': '*', 'of': '*', '/': '/' } as const;

/**
 * Turns a checked expression into the Plan's plain form, carrying the type the checker inferred and
 * the English text; how its file writes it is recorded beside the Plan (written-text.ts).
 */
export function expressionToPlan(expr: Expression, types: TypeLookup): Expr {
    const compiled = compileExpression(expr, types);
    recordAsWritten(compiled, expr);
    return compiled;
}

function compileExpression(expr: Expression, types: TypeLookup): Expr {
    const text = planText(expr);
    const type = typeOf(expr, text, types);
    if (isParenthesized(expr)) return { ...expressionToPlan(expr.inner, types), text };
    if (isMoneyLiteral(expr)) return { kind: 'literal', type, value: literalNumber(parseMoneyText(expr.value), text), text };
    if (isPercentLiteral(expr)) return { kind: 'literal', type, value: literalNumber(parsePercentText(expr.value), text), text };
    if (isNumberLiteral(expr)) return { kind: 'literal', type, value: literalNumber(parseNumberText(expr.value), text), text };
    if (isDateLiteral(expr)) return { kind: 'literal', type, value: literalNumber(parseIsoDate(expr.value), text), text };
    if (isCaseload(expr)) return { kind: 'caseload', type: 'count', text };
    if (isSince(expr)) return { kind: 'since', type: 'number', unit: expr.unit, operand: expressionToPlan(expr.operand, types), text };
    if (isTextLiteral(expr)) return { kind: 'literal', type, value: expr.value, text };
    if (isYesNoLiteral(expr)) return { kind: 'literal', type, value: expr.value === 'yes', text };
    if (isNegation(expr)) return { kind: 'not', type: 'yesno', operand: expressionToPlan(expr.operand, types), text };
    if (isMinus(expr)) return { kind: 'negate', type, operand: expressionToPlan(expr.operand, types), text };
    if (isRounding(expr)) return { kind: 'round', type, mode: expr.mode ?? 'nearest', operand: expressionToPlan(expr.operand, types), text };
    if (isLogical(expr)) {
        return { kind: 'logical', type: 'yesno', op: expr.operator, left: expressionToPlan(expr.left, types), right: expressionToPlan(expr.right, types), text };
    }
    if (isComparison(expr)) {
        const op = comparisonOperators[expr.operator];
        return { kind: 'comparison', type: 'yesno', op, left: expressionToPlan(expr.left, types), right: expressionToPlan(expr.right, types), text };
    }
    if (isArithmetic(expr)) {
        const op = arithmeticOperators[expr.operator];
        return { kind: 'arithmetic', type, op, left: expressionToPlan(expr.left, types), right: expressionToPlan(expr.right, types), text };
    }
    if (isNameRef(expr)) {
        const target = expr.ref.ref;
        const name = expr.ref.$refText;
        if (isColumn(target)) return { kind: 'column', type, name, text };
        if (isConstant(target)) return { kind: 'constant', type, name, text };
        if (isValue(target)) return { kind: 'value', type, name, text };
        if (isQuantity(target)) return { kind: 'quantity', type, name, text };
    }
    throw new CompileError(`cannot compile \`${text}\``);
}

function typeOf(expr: Expression, text: string, types: TypeLookup): ValueType {
    const type = types.typeOf(expr);
    if (type === 'error') throw new CompileError(`\`${text}\` has no type`);
    return type;
}

function literalNumber(parsed: { value: number } | { error: string }, text: string): number {
    if ('error' in parsed) throw new CompileError(`\`${text}\` is not a number`);
    return parsed.value;
}
