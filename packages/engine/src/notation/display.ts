/**
 * How rule code is shown to officers: as its rule file writes it (written-text.ts), with the
 * operators typed in ASCII shown as mathematical signs (`>=` as `≥`, `*` as `×`). Text inside
 * quotes is kept.
 */
import type { ComparisonOperator, Expr, TargetPlan } from '../plan/plan.js';
import { writtenText } from './written-text.js';

export { writtenText };

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

/** An expression as officers read it: `tahun sejak tanggal_lahir ≥ 60`, `2 × poverty_line`. */
export function shownExpr(expr: Expr): string {
    return displayText(writtenText(expr));
}

/** A target's formula as officers read it: `facilitators × 10`, `bulatkan ke bawah(10% dari jumlah keluarga)`. */
export function shownFormula(target: TargetPlan): string {
    return displayText(writtenText(target)).trim();
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
