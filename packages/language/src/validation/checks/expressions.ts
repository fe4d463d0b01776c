import { formatPercent, parseIsoDate, parseMoneyText, parseNumberText, parsePercentText } from '@kaidah/engine';
import type { ValidationAcceptor } from 'langium';
import { isComparison, isNumberLiteral, type Arithmetic, type Comparison, type DateLiteral, type Expression, type Logical, type MoneyLiteral, type Negation, type NumberLiteral, type PercentLiteral, type Since } from '../../generated/ast.js';
import { arithmeticResult, isComparable, typeName, type KaidahType } from '../../types/kaidah-types.js';
import { keywordsOf, type Keywords } from '../../keywords/file-keywords.js';
import { constantValue } from '../condition-analysis.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';

/** For `monthly_income > 0`: the literal, to suggest `Rp 0` (a percentage has KDH045). */
function unitHint(type: KaidahType, other: Expression): { unit: 'money'; literal: string } | undefined {
    if (type !== 'money' || other.$type !== 'NumberLiteral') return undefined;
    return { unit: type, literal: expressionText(other) };
}

/**
 * A plain number meant as a percentage: up to 1 it is read as a fraction, as a spreadsheet stores
 * percentages (`0,8` → `80%`); above 1 as a number of percent (`85` → `85%`). A dot that cannot group
 * thousands (`0.8`) is taken for the decimal point it was meant to be.
 */
export function asPercentage(written: string): { fix: string; reading: 'fraction' | 'percent' } {
    const parsed = parseNumberText(written);
    const value = 'value' in parsed ? parsed.value : Number(written.replace(/,/g, '.'));
    const reading = value <= 1 ? 'fraction' : 'percent';
    return { fix: formatPercent(reading === 'fraction' ? value : value / 100), reading };
}

/** Whether a literal's value is kept exactly: past 2^53 a double skips whole numbers (and 1e309 is Infinity). */
function isExact(value: number, type: string): boolean {
    const whole = type === 'PercentLiteral' ? value * 100 : value;
    return Math.abs(whole) <= Number.MAX_SAFE_INTEGER;
}

/** Formulas: comparable sides (KDH006), percentages with percentages (KDH045), numbers kept exactly (KDH043), units that combine (KDH007), no division by zero (KDH035), yes/no where needed (KDH005), literals as written (KDH002, KDH028, KDH029). */
export function expressionChecks(v: KaidahValidator) {
    const checkNumberFormat = (literal: NumberLiteral | MoneyLiteral | PercentLiteral, parsed: { value: number } | { error: string }, accept: ValidationAcceptor): void => {
        if ('error' in parsed) {
            // Beside a percentage, KDH045 says what to write instead.
            if (literal.$type === 'NumberLiteral' && percentComparedWith(literal)) return;
            const suggestion = literal.value.replace(/\.(?=\d+$|\d+\s*%$|\d+\s*[a-z]+$)/, ',');
            v.report(accept, Diagnostics.numberFormat, { text: literal.value, suggestion }, { node: literal });
        } else if (!isExact(parsed.value, literal.$type)) {
            v.report(accept, Diagnostics.numberTooLarge, { text: literal.value }, { node: literal });
        }
    };

    /** `p2k2_attendance >= 0,8`: the comparison when `literal` stands against a percentage in one. */
    const percentComparedWith = (literal: NumberLiteral): Comparison | undefined => {
        const comparison = literal.$container;
        if (!isComparison(comparison)) return undefined;
        const other = comparison.left === literal ? comparison.right : comparison.left;
        return v.types.typeOf(other) === 'percent' ? comparison : undefined;
    };

    return {
        checkComparison: (comparison: Comparison, accept: ValidationAcceptor): void => {
            const left = v.types.typeOf(comparison.left);
            const right = v.types.typeOf(comparison.right);
            if (left === 'error' || right === 'error') return;
            const plain = [comparison.left, comparison.right].find(isNumberLiteral);
            if (plain && (left === 'percent' || right === 'percent') && left !== right) {
                const { fix, reading } = asPercentage(plain.value);
                v.report(accept, Diagnostics.percentVersusNumber, { text: expressionText(comparison), number: plain.value, fix, reading }, {
                    node: plain, data: { replacement: fix },
                });
                return;
            }
            if (!isComparable(comparison.operator, left, right)) {
                const hint = unitHint(left, comparison.right) ?? unitHint(right, comparison.left);
                v.report(accept, Diagnostics.incomparable, {
                    text: expressionText(comparison), left: shownType(comparison.left, left), right: shownType(comparison.right, right), operator: comparison.operator,
                    ...(hint ? { hint } : {}),
                }, { node: comparison });
            }
        },

        checkArithmetic: (arithmetic: Arithmetic, accept: ValidationAcceptor): void => {
            const left = v.types.typeOf(arithmetic.left);
            const right = v.types.typeOf(arithmetic.right);
            if (arithmetic.operator === '/' && constantValue(arithmetic.right) === 0) {
                v.report(accept, Diagnostics.divisionByZero, { text: expressionText(arithmetic) }, { node: arithmetic });
            }
            if (left === 'error' || right === 'error') return;
            if (!arithmeticResult(arithmetic.operator, left, right)) {
                const hint = sumHint(arithmetic.operator, expressionText(arithmetic.left), left, expressionText(arithmetic.right), right, keywordsOf(arithmetic));
                v.report(accept, Diagnostics.unitMismatch, {
                    text: expressionText(arithmetic), leftText: expressionText(arithmetic.left), left: shownType(arithmetic.left, left), right: shownType(arithmetic.right, right), operator: arithmetic.operator,
                    ...(hint ? { hint } : {}),
                }, { node: arithmetic });
            }
        },

        checkLogical: (logical: Logical, accept: ValidationAcceptor): void => {
            v.expectYesNo(logical.left, { place: 'logical', operator: logical.operator }, accept);
            v.expectYesNo(logical.right, { place: 'logical', operator: logical.operator }, accept);
        },

        checkNegation: (negation: Negation, accept: ValidationAcceptor): void => {
            v.expectYesNo(negation.operand, { place: 'not' }, accept);
        },

        checkNumberLiteral: (literal: NumberLiteral, accept: ValidationAcceptor): void => {
            checkNumberFormat(literal, parseNumberText(literal.value), accept);
        },

        checkMoneyLiteral: (literal: MoneyLiteral, accept: ValidationAcceptor): void => {
            checkNumberFormat(literal, parseMoneyText(literal.value), accept);
        },

        checkPercentLiteral: (literal: PercentLiteral, accept: ValidationAcceptor): void => {
            checkNumberFormat(literal, parsePercentText(literal.value), accept);
        },

        checkDateLiteral: (literal: DateLiteral, accept: ValidationAcceptor): void => {
            if ('error' in parseIsoDate(literal.value)) v.report(accept, Diagnostics.badDate, { text: literal.value }, { node: literal });
        },

        checkSince: (since: Since, accept: ValidationAcceptor): void => {
            const type = v.types.typeOf(since.operand);
            if (type !== 'error' && type !== 'date') {
                v.report(accept, Diagnostics.sinceNotDate, { unit: since.unit, text: expressionText(since.operand), type: typeName(type) }, { node: since.operand });
            }
        },
    };
}

/**
 * What an officer most likely meant by a sum that mixes units (KDH007): members counted are paid an
 * amount each (`monthly_income + elementary × Rp ...`), a percentage is a share of something
 * (`monthly_income + 10% of monthly_income`).
 */
function sumHint(operator: string, leftText: string, left: KaidahType, rightText: string, right: KaidahType, k: Keywords): string | undefined {
    if (operator !== '+' && operator !== '-') return undefined;
    const counted = (type: KaidahType) => type === 'count' || type === 'number';
    if (left === 'money' && counted(right)) return `${leftText} ${operator} ${rightText} × Rp ...`;
    if (counted(left) && right === 'money') return `${leftText} × Rp ... ${operator} ${rightText}`;
    if (left !== 'percent' && right === 'percent' && left !== 'text' && left !== 'yesno' && left !== 'date') return `${leftText} ${operator} ${rightText} ${k('of')} ${leftText}`;
    return undefined;
}
