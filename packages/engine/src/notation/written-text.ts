/**
 * Rule code as its file writes it. A Plan's `text` (of an expression) and `formula` (of a target)
 * use the English keywords, so that the same rules written in either language compile to one Plan.
 * The words a reader sees are the file's: the compiler records, beside the Plan, the text of each
 * part whose file writes it otherwise (`tahun sejak tanggal_lahir`, `bulatkan ke bawah(10% dari
 * jumlah keluarga)`), and every output that quotes rule code asks for it (display.ts).
 *
 * The record is kept by object, outside the Plan's data: Plans of both languages stay deep-equal and
 * JSON-safe. A copy of a Plan (a worker thread's, one read back from JSON) has no record of its own:
 * `writtenTextsOf` gives the record as plain data to send with it, `restoreWrittenTexts` puts it back
 * on the copy. A Plan without a record is quoted with its own English text.
 */
import type { Expr, Plan, TargetPlan } from '../plan/plan.js';

/** A part of a Plan that quotes rule code. */
export type WrittenPart = Expr | TargetPlan;

/** Parts whose rule file writes them otherwise than their English text. */
const written = new WeakMap<object, string>();

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

/** A Plan's record as plain data: the position of each recorded part in `objectsOf` order, and its text. */
export type WrittenTexts = [position: number, text: string][];

export function writtenTextsOf(plan: Plan): WrittenTexts {
    const texts: WrittenTexts = [];
    let position = 0;
    for (const object of objectsOf(plan)) {
        const text = written.get(object);
        if (text !== undefined) texts.push([position, text]);
        position++;
    }
    return texts;
}

/** Puts `writtenTextsOf(original)` back on a copy of the original Plan, before anything explains with the copy (explainers keep their texts). */
export function restoreWrittenTexts(copy: Plan, texts: WrittenTexts): void {
    if (texts.length === 0) return;
    let next = 0;
    let position = 0;
    for (const object of objectsOf(copy)) {
        if (position === texts[next]![0]) {
            written.set(object, texts[next]![1]);
            if (++next === texts.length) return;
        }
        position++;
    }
}

/** Every object of a Plan, depth first in the order of its keys: the same order in a copy. */
function* objectsOf(value: unknown): Generator<object> {
    if (value === null || typeof value !== 'object') return;
    yield value;
    for (const inner of Array.isArray(value) ? value : Object.values(value)) yield* objectsOf(inner);
}
