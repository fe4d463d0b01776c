import type { ValueType } from '@kaidah/engine';
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
    type Referable,
} from '../generated/ast.js';
import { dependenciesFirst, definitionDependencies, type Definition } from './dependencies-first.js';
import { arithmeticResult, columnTypeToValueType, type KaidahType } from './kaidah-types.js';

/**
 * The type of an expression, following references into constants and values. Returns `error` where
 * a mistake makes the type unknowable (an unresolved name, a unit mismatch, a cycle); the validator
 * reports the mistake itself, so callers treat `error` as "already reported".
 */
export function inferType(expr: Expression | undefined, known: KnownTypes, visiting: Set<Referable> = new Set()): KaidahType {
    if (!expr) return 'error';
    if (isMoneyLiteral(expr)) return 'money';
    if (isPercentLiteral(expr)) return 'percent';
    // A whole number written plainly (`10`, `1.000`) counts: `facilitators × 10` stays a count.
    if (isNumberLiteral(expr)) return expr.value.includes(',') ? 'number' : 'count';
    if (isDateLiteral(expr)) return 'date';
    if (isSince(expr)) return 'number';
    if (isCaseload(expr)) return 'count';
    if (isTextLiteral(expr)) return 'text';
    if (isYesNoLiteral(expr)) return 'yesno';
    if (isParenthesized(expr)) return inferType(expr.inner, known, visiting);
    if (isNegation(expr) || isLogical(expr) || isComparison(expr)) return 'yesno';
    if (isMinus(expr)) return inferType(expr.operand, known, visiting);
    if (isRounding(expr)) return roundedType(inferType(expr.operand, known, visiting));
    if (isArithmetic(expr)) {
        const left = inferType(expr.left, known, visiting);
        const right = inferType(expr.right, known, visiting);
        if (left === 'error' || right === 'error') return 'error';
        return arithmeticResult(expr.operator, left, right) ?? 'error';
    }
    if (isNameRef(expr)) return referableType(expr.ref.ref, known, visiting);
    return 'error';
}

/** Rounding a plain number gives a whole count; money and counts keep their unit. */
function roundedType(type: KaidahType): KaidahType {
    return type === 'number' ? 'count' : type;
}

/**
 * Types of constants and values already worked out: every check asks for the type of the names it
 * meets, and without remembering them a chain of values would be walked once per link. The
 * `KaidahTypeSystem` service keeps them until any document changes; a compile keeps its own.
 */
export interface KnownTypes {
    get(target: Referable): KaidahType | undefined;
    set(target: Referable, type: KaidahType): void;
}

export function referableType(target: Referable | undefined, known: KnownTypes, visiting: Set<Referable> = new Set()): KaidahType {
    if (!target) return 'error';
    if (isColumn(target) || isQuantity(target)) return columnTypeToValueType(target.type);
    const remembered = known.get(target);
    if (remembered !== undefined) return remembered;
    if (visiting.has(target) || !(isConstant(target) || isValue(target))) return 'error';
    // Everything the definition depends on is typed first, dependencies before dependants, so that
    // each formula finds the names it uses already known: no recursion along a chain of values.
    // Definitions still in `visiting` when named close a cycle (KDH016) and have no type.
    const order = dependenciesFirst<Definition>(target, definitionDependencies, (d) => known.get(d) !== undefined || visiting.has(d));
    for (const definition of order) visiting.add(definition);
    for (const definition of order) {
        const type = isConstant(definition) ? inferType(definition.values[0]?.value, known, visiting) : inferType(definition.expression, known, visiting);
        visiting.delete(definition);
        known.set(definition, type);
    }
    return known.get(target) ?? 'error';
}

export function isValueType(type: KaidahType): type is ValueType {
    return type !== 'error';
}

/** Where the compiler and the analyses look types up: the `KaidahTypeSystem` service, or one compile's own. */
export interface TypeLookup {
    typeOf(expr: Expression | undefined): KaidahType;
}

/** Types remembered for the length of one compile, for callers outside the language services. */
export function typesOfOneCompile(): TypeLookup {
    const known = new Map<Referable, KaidahType>();
    return { typeOf: (expr) => inferType(expr, known) };
}
