/**
 * One mistake, one diagnostic (issue 10): a misspelled, duplicated or deleted keyword in any example
 * gives at most a few diagnostics, the first of them at the mistake, and a misspelling gets the
 * keyword meant ("did you mean `when`?").
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRules } from '../packages/language/test/rules-workspace.js';
import { exampleFiles } from '../packages/language/test/lsp/lsp-workspace.js';

const examples = exampleFiles();
const KEYWORDS = ['when', 'rank', 'by', 'graduation', 'district', 'target', 'expect', 'household', 'test', 'use', 'constant', 'value',
    'benefit', 'components', 'every', 'quantity', 'from', 'code', 'per', 'category', 'of', 'and', 'or', 'descending', 'column'];

interface Mistake {
    file: string;
    text: string;
    /** Line (0-based) and character where the mistake is. */
    line: number;
    character: number;
}

/** Each occurrence of a keyword outside comments and strings, as offsets. */
function keywordOffsets(text: string): { offset: number; word: string }[] {
    const found: { offset: number; word: string }[] = [];
    const masked = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"/g, (m) => ' '.repeat(m.length));
    for (const match of masked.matchAll(/[a-z_]+/g)) {
        if (KEYWORDS.includes(match[0])) found.push({ offset: match.index!, word: match[0] });
    }
    return found;
}

function misspell(word: string, seed: number): string {
    if (word.length < 3) return word + word[word.length - 1];
    const i = 1 + (seed % (word.length - 2));
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // two letters swapped
}

function mistakeIn(file: string, occurrence: number, kind: 'delete' | 'duplicate' | 'misspell', seed: number): Mistake | undefined {
    const text = examples[file]!;
    const offsets = keywordOffsets(text);
    if (offsets.length === 0) return undefined;
    const { offset, word } = offsets[occurrence % offsets.length]!;
    const replacement = kind === 'delete' ? '' : kind === 'duplicate' ? `${word} ${word}` : misspell(word, seed);
    const changed = text.slice(0, offset) + replacement + text.slice(offset + word.length);
    const before = text.slice(0, offset).split('\n');
    return { file, text: changed, line: before.length - 1, character: before[before.length - 1]!.length };
}

async function errorsOf(mistake: Mistake) {
    const rules = await buildRules({ ...examples, [mistake.file]: mistake.text });
    return rules.diagnostics(mistake.file).filter((d) => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

describe('a misspelled keyword gets the keyword meant, in one diagnostic', () => {
    const schema = 'household {\n  id  text  key\n  income  money\n}\n\n';
    it.each([
        ['graduation mampu "Mampu"\n  jika income > Rp 3.500.000\n', 'expected `when` but found `jika`. Did you mean `when`?', 6],
        ['graduation mampu "Mampu"\n  wehn income > Rp 3.500.000\n', 'expected `when` but found `wehn`. Did you mean `when`?', 6],
        ['value a = rounddown(income / 3)\n', 'Unknown name `rounddown`. Did you mean `round down`?', 5],
        ['value a = income + Rp 3,5 jt\n', 'unexpected `jt` here. Did you mean `juta`?', 5],
    ])('%s', async (rules, message, line) => {
        const diagnostics = (await buildRules({ 'main.kaidah': schema + rules })).diagnostics('main.kaidah').filter((d) => d.severity === 1);
        expect(diagnostics.map((d) => [d.range.start.line, d.message.replace(/^Cannot read this part of the rules: /, '')])).toEqual([[line, message]]);
    });

    it('says it in Indonesian too', async () => {
        const rules = await buildRules({ 'main.kaidah': `${schema}graduation mampu "Mampu"\n  jika income > Rp 3.500.000\n` }, 'id');
        expect(rules.diagnostics('main.kaidah').map((d) => d.message)).toEqual([
            'Bagian aturan ini tidak dapat dibaca: seharusnya `when`, tetapi tertulis `jika`. Mungkin maksud Anda `when`?',
        ]);
    });

    it('no longer cascades into "district declared twice" for `jika` in a district file', async () => {
        const text = examples['probolinggo.kaidah']!.replace('district "Kabupaten Probolinggo" {', 'district "Kabupaten Probolinggo" {\n  graduation mampu "Mampu"\n    jika monthly_income > Rp 3.500.000\n');
        const errors = await errorsOf({ file: 'probolinggo.kaidah', text, line: 0, character: 0 });
        expect(errors.map((d) => d.code)).toEqual(['KDH001']);
        expect(errors[0]!.message).toContain('Did you mean `when`?');
    });
});

describe('a single-token mistake in any example', () => {
    it('a misspelt `rank` in a district block is one diagnostic, not one per word after it (found by the property below)', async () => {
        const text = examples['jember.kaidah']!.replace('rank by monthly_income descending', 'rnak by monthly_income descending');
        expect(text).not.toBe(examples['jember.kaidah']);
        const errors = await errorsOf({ file: 'jember.kaidah', text, line: 0, character: 0 });
        expect(errors.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual([[14, 5, 'Unknown quantity `rnak`.']]);
    });


    it('yields at most three errors, one of them at the mistake (the first, when the rules no longer read)', async () => {
        const files = Object.keys(examples);
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...files), fc.nat(), fc.constantFrom('delete' as const, 'duplicate' as const, 'misspell' as const), fc.nat(),
            async (file, occurrence, kind, seed) => {
                const mistake = mistakeIn(file, occurrence, kind, seed);
                if (mistake === undefined) return;
                const errors = await errorsOf(mistake);
                const where = `${kind} in ${file} at ${mistake.line + 1}:${mistake.character + 1}: ${errors.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join(' | ')}`;
                expect(errors.length, where).toBeLessThanOrEqual(3);
                if (errors.length === 0) return; // a deleted `and` may leave valid rules, say
                // at the mistake, or at the next token when a deleted word is only missed there
                const atMistake = (d: (typeof errors)[number]) => d.range.start.line >= mistake.line - 1 && d.range.start.line <= mistake.line + 3;
                const syntax = errors.filter((d) => d.code === 'KDH001');
                // a syntax error comes first and alone; rules that still read (`target` deleted reads as
                // a district's value of a constant) have an error at the mistake among a few consequences
                if (syntax.length > 0) expect(atMistake(errors[0]!) && errors.length === syntax.length, where).toBe(true);
                else expect(errors.some(atMistake), where).toBe(true);
            },
        ), { numRuns: 60 });
    }, 300_000); // 60 builds of every example: generous, for a loaded machine
});
