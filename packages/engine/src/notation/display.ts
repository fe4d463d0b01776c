/**
 * How expressions are shown to officers: the text as the officer wrote it, with the operators
 * typed in ASCII shown as mathematical signs (`>=` as `≥`, `*` as `×`). Text inside quotes is kept.
 */
import type { ComparisonOperator } from '../plan/plan.js';

const OPERATOR_SIGNS: Readonly<Record<ComparisonOperator, string>> = {
    '<': '<',
    '<=': '≤',
    '>': '>',
    '>=': '≥',
    '=': '=',
    '!=': '≠',
};

export function operatorSign(op: ComparisonOperator): string {
    return OPERATOR_SIGNS[op];
}

/** `2 * poverty_line` → `2 × poverty_line`; `x >= "a*b"` → `x ≥ "a*b"`. */
export function displayText(text: string): string {
    let out = '';
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quote !== '') {
            out += c;
            if (c === quote) quote = '';
            continue;
        }
        const pair = text.slice(i, i + 2);
        if (pair === '>=' || pair === '<=' || pair === '!=') {
            out += pair === '>=' ? '≥' : pair === '<=' ? '≤' : '≠';
            i++;
        } else if (c === '*') {
            out += '×';
        } else {
            if (c === '"' || c === "'") quote = c;
            out += c;
        }
    }
    return out;
}
