/**
 * How rule code is shown to officers: as its rule file writes it, with the operators typed in
 * ASCII shown as mathematical signs (`>=` as `≥`, `*` as `×`). Text inside quotes is kept.
 *
 * A Plan's `text` (of an expression) and `formula` (of a target) use the English keywords, so that
 * the same rules written in either language compile to one Plan. The words a reader sees are the
 * file's: the compiler records, beside the Plan, the text of each part whose file writes it
 * otherwise (`tahun sejak tanggal_lahir`, `bulatkan ke bawah(10% dari jumlah keluarga)`), and every
 * output that quotes rule code asks `shownExpr` or `shownFormula`. The record is kept by object,
 * outside the Plan's data: Plans of both languages stay deep-equal and JSON-safe, and a Plan made by
 * hand or read back from JSON is quoted with its own English text.
 */
import type { ComparisonOperator, Expr, TargetPlan } from '../plan/plan.js';

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

/** A part of a Plan that quotes rule code. */
export type WrittenPart = Expr | TargetPlan;

/** Parts whose rule file writes them otherwise than their English text. */
const written = new WeakMap<WrittenPart, string>();

/**
 * For the compiler: `part` is written `text` in its rule file (its keywords in the file's language,
 * spacing normalised as the Plan's text is). Nothing to record when that is the Plan's own text.
 */
export function recordWrittenText(part: WrittenPart, text: string): void {
    if (text !== englishText(part)) written.set(part, text);
}

/** The text of a part as its rule file writes it (`bukan punya_usaha`), operators as typed. */
export function writtenText(part: WrittenPart): string {
    return written.get(part) ?? englishText(part);
}

function englishText(part: WrittenPart): string {
    return 'kind' in part ? part.text : part.formula;
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
