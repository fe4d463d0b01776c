import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff.js';

/** Applies a unified diff as `patch` would, checking every context and removed line against the text. */
function applyDiff(before: string, diff: string): string {
    if (diff === '') return before;
    const lines = before === '' ? [] : before.replace(/\n$/, '').split('\n');
    const out: string[] = [];
    let at = 0;
    const body = diff.replace(/\n$/, '').split('\n').slice(2);
    for (const line of body) {
        const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
        if (hunk) {
            const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
            while (at < start) out.push(lines[at++]!);
            continue;
        }
        const [kind, text] = [line[0], line.slice(1)];
        if (kind === '+') out.push(text);
        else {
            expect(lines[at]).toBe(text);
            if (kind === ' ') out.push(text);
            at++;
        }
    }
    while (at < lines.length) out.push(lines[at++]!);
    return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

describe('unifiedDiff', () => {
    it('prints hunks with three lines of context, as diff -u does', () => {
        const lines = (text: string) => `${text.split('').join('\n')}\n`;
        // two changes six lines apart share one hunk (diff -u prints the same)
        expect(unifiedDiff(lines('abcdefghij'), lines('abcdEfghijk'), 'x.kaidah')).toBe([
            '--- a/x.kaidah', '+++ b/x.kaidah',
            '@@ -2,9 +2,10 @@', ' b', ' c', ' d', '-e', '+E', ' f', ' g', ' h', ' i', ' j', '+k', '',
        ].join('\n'));
        // further apart, two hunks
        expect(unifiedDiff(lines('abcdefghijklm'), lines('aBcdefghijklM'), 'x.kaidah')).toBe([
            '--- a/x.kaidah', '+++ b/x.kaidah',
            '@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e',
            '@@ -10,4 +10,4 @@', ' j', ' k', ' l', '-m', '+M', '',
        ].join('\n'));
        expect(unifiedDiff(lines('abc'), lines('abc'), 'x.kaidah')).toBe('');
    });

    it('turns any text into any other when applied (property)', () => {
        const text = fc.array(fc.constantFrom('use "x"', '', 'district "A" {', '  facilitators  1', '}', 'test "t" {'), { maxLength: 25 })
            .map((lines) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`));
        fc.assert(fc.property(text, text, (before, after) => {
            expect(applyDiff(before, unifiedDiff(before, after, 'f.kaidah'))).toBe(after);
        }), { numRuns: 500 });
    });
});
