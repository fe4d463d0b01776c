import type { Range, TextEdit } from 'vscode-languageserver-types';

/**
 * The edits that turn `before` into `after`, one per run of changed lines, so that an editor keeps
 * the cursor, folds and selections outside them, and formatting a range can keep only the runs
 * inside it. Beyond `maxChanges` changed lines the search stops and one edit replaces the middle.
 */
export function lineEdits(before: string, after: string, maxChanges = 500): TextEdit[] {
    if (before === after) return [];
    const a = splitLines(before);
    const b = splitLines(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const hunks = diffHunks(a.slice(start, endA), b.slice(start, endB), maxChanges)
        ?? [{ fromA: 0, toA: endA - start, fromB: 0, toB: endB - start }];
    return hunks.map((h) => ({
        range: lineRange(start + h.fromA, start + h.toA),
        newText: b.slice(start + h.fromB, start + h.toB).join(''),
    }));
}

/**
 * Lines, each with its own line break (LF, CRLF or CR, as editors count lines), so that a line
 * differs from the same text ending another way, and a last line without a break from one with.
 */
function splitLines(text: string): string[] {
    return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Whole lines `from` up to (not including) `to`. Replacing them replaces their line breaks too. */
function lineRange(from: number, to: number): Range {
    return { start: { line: from, character: 0 }, end: { line: to, character: 0 } };
}

interface Hunk {
    fromA: number;
    toA: number;
    fromB: number;
    toB: number;
}

/** Myers' difference algorithm on lines; undefined when more than `maxChanges` lines differ. */
function diffHunks(a: string[], b: string[], maxChanges: number): Hunk[] | undefined {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, maxChanges);
    const offset = max + 1;
    let v: Int32Array = new Int32Array(2 * max + 3);
    const trace: Int32Array[] = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    if (!found) return undefined;
    trace.push(v);
    // Walk back through the trace to mark which lines of each side are kept.
    const keptA = new Uint8Array(n);
    const keptB = new Uint8Array(m);
    let x = n;
    let y = m;
    for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
        v = trace[d];
        const k = x - y;
        const previousK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
        if (d === 0) {
            while (x > 0 && y > 0) {
                keptA[--x] = 1;
                keptB[--y] = 1;
            }
            break;
        }
        const previousX = v[offset + previousK];
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            keptA[--x] = 1;
            keptB[--y] = 1;
        }
        x = previousX;
        y = previousY;
    }
    const hunks: Hunk[] = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && keptA[i] && keptB[j]) {
            i++;
            j++;
            continue;
        }
        const hunk = { fromA: i, toA: i, fromB: j, toB: j };
        while (i < n && !keptA[i]) i++;
        while (j < m && !keptB[j]) j++;
        hunk.toA = i;
        hunk.toB = j;
        hunks.push(hunk);
    }
    return hunks;
}
