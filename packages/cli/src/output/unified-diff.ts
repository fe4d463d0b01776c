/**
 * A unified diff of two texts, as `git diff` and `diff -u` print it (`kaidah fmt --diff`). Lines are
 * compared after the common start and end are set aside, so a formatter's few local changes cost
 * little even in a national file of thousands of lines.
 */

type Edit = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

export function unifiedDiff(before: string, after: string, name: string): string {
    if (before === after) return '';
    const edits = lineEdits(splitLines(before), splitLines(after));
    const out = [`--- a/${name}`, `+++ b/${name}`];
    for (const hunk of hunks(edits)) out.push(...hunk);
    return `${out.join('\n')}\n`;
}

function splitLines(text: string): string[] {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
}

/** The edits turning `a` into `b`: a longest common subsequence of the lines between a common start and end. */
function lineEdits(a: string[], b: string[]): Edit[] {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    const x = a.slice(start, a.length - end);
    const y = b.slice(start, b.length - end);
    // lengths of the longest common subsequences of the suffixes, row by row
    const width = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * width);
    for (let i = x.length - 1; i >= 0; i--) {
        for (let j = y.length - 1; j >= 0; j--) {
            lcs[i * width + j] = x[i] === y[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
        }
    }
    const edits: Edit[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        if (i < x.length && j < y.length && x[i] === y[j]) {
            edits.push({ kind: ' ', line: x[i++]! });
            j++;
        } else if (j < y.length && (i === x.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
            edits.push({ kind: '+', line: y[j++]! });
        } else {
            edits.push({ kind: '-', line: x[i++]! });
        }
    }
    // removals before additions within a change, as diff -u prints them
    for (const line of a.slice(a.length - end)) edits.push({ kind: ' ', line });
    return reorder(edits);
}

function reorder(edits: Edit[]): Edit[] {
    const out: Edit[] = [];
    for (let k = 0; k < edits.length;) {
        if (edits[k]!.kind === ' ') {
            out.push(edits[k++]!);
            continue;
        }
        const run: Edit[] = [];
        while (k < edits.length && edits[k]!.kind !== ' ') run.push(edits[k++]!);
        out.push(...run.filter((e) => e.kind === '-'), ...run.filter((e) => e.kind === '+'));
    }
    return out;
}

/** Groups the changes with three lines of context around each, merging groups that touch. */
function hunks(edits: Edit[]): string[][] {
    const changed = edits.map((e, k) => (e.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
    const result: string[][] = [];
    let k = 0;
    while (k < changed.length) {
        const first = Math.max(0, changed[k]! - CONTEXT);
        let last = changed[k]!;
        while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * CONTEXT) last = changed[++k]!;
        k++;
        const end = Math.min(edits.length, last + CONTEXT + 1);
        let oldLine = 1;
        let newLine = 1;
        for (const e of edits.slice(0, first)) {
            if (e.kind !== '+') oldLine++;
            if (e.kind !== '-') newLine++;
        }
        const body = edits.slice(first, end);
        const oldCount = body.filter((e) => e.kind !== '+').length;
        const newCount = body.filter((e) => e.kind !== '-').length;
        result.push([
            `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`,
            ...body.map((e) => `${e.kind}${e.line}`),
        ]);
    }
    return result;
}

/** `start,count` as diff -u writes it: an empty side starts one line earlier; a count of 1 is left out. */
function range(start: number, count: number): string {
    if (count === 0) return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
