import type { ValueType } from '@kaidah/engine';

/** A type as the checker sees it: a value type, or `error` once a mistake has been reported. */
export type KaidahType = ValueType | 'error';

/** The schema spells yes/no with a slash; the Plan uses `yesno`. */
export function columnTypeToValueType(written: string): ValueType {
    return written === 'yes/no' ? 'yesno' : (written as ValueType);
}

const numericTypes: ReadonlySet<KaidahType> = new Set(['count', 'number', 'money', 'percent']);

export function isNumeric(type: KaidahType): boolean {
    return numericTypes.has(type);
}

/** Types written the way an officer reads them in a message. */
export function typeName(type: KaidahType): string {
    return type === 'yesno' ? 'yes/no' : type;
}

/**
 * The result of `left op right` for arithmetic, following units: money + money is money, money × a
 * number is money, money / money is a number, a percent of money is money. Undefined when the
 * combination has no meaning (money + count, money × money, anything with text or yes/no).
 */
export function arithmeticResult(op: string, left: ValueType, right: ValueType): ValueType | undefined {
    if (!isNumeric(left) || !isNumeric(right)) return undefined;
    switch (op) {
        case '+':
        case '-':
            return addResult(left, right);
        case '×':
        case '*':
            return multiplyResult(left, right);
        case 'of':
            return left === 'percent' ? multiplyResult(left, right) : undefined;
        case '/':
            return divideResult(left, right);
        default:
            return undefined;
    }
}

function addResult(left: ValueType, right: ValueType): ValueType | undefined {
    if (left === right) return left;
    const pair = new Set([left, right]);
    if (pair.has('count') && pair.has('number')) return 'number';
    return undefined;
}

function multiplyResult(left: ValueType, right: ValueType): ValueType | undefined {
    if (left === 'money' && right === 'money') return undefined;
    if (left === 'money' || right === 'money') return 'money';
    if (left === 'percent' && right === 'percent') return 'percent';
    if (left === 'count' && right === 'count') return 'count';
    return 'number';
}

function divideResult(left: ValueType, right: ValueType): ValueType | undefined {
    if (left === 'money') return right === 'money' ? 'number' : 'money';
    if (right === 'money') return undefined;
    if (left === 'percent' && right !== 'percent') return 'percent';
    return 'number';
}

/** Whether two operands can be compared with `op`: numbers with numbers of a compatible unit, text with text. */
export function isComparable(op: string, left: ValueType, right: ValueType): boolean {
    const ordering = op !== '=' && op !== '!=' && op !== '≠';
    if (left === 'text' || right === 'text' || left === 'yesno' || right === 'yesno') {
        return left === right && !ordering;
    }
    if (left === 'date' || right === 'date') return left === right;
    if (left === right) return true;
    // A plain number compares with counts, money and percentages (e.g. `welfare_decile > 4`, `income > 0`).
    if (left === 'number' || right === 'number') return true;
    return false;
}
