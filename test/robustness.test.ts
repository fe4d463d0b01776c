import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { compilePlan } from '../packages/language/src/compile/compile-plan.js';
import type { RuleFile } from '../packages/language/src/generated/ast.js';
import { createKaidahServices } from '../packages/language/src/kaidah-module.js';
import { collectUseClosure } from '../packages/language/src/references/use-paths.js';

/**
 * "The language never crashes on any text." An officer's editor sends every keystroke to the
 * language server, so half-typed, pasted and mangled rule files are the normal case, not the
 * exception. These properties take the real example rule files (read at test time, so they follow
 * the examples), damage them at random, and check that parsing, linking, scoping and validation
 * never throw, that every diagnostic is one an officer can be shown (a stable KDH code, a severity,
 * a range inside the file, a message), and that a file left without errors also compiles.
 *
 * Runs are seeded: a failure prints the seed and the shrunk edits; to replay, pass them to
 * `fc.assert` as `{ seed, path }`.
 */

const repoRoot = path.resolve(import.meta.dirname, '..');
const examplesDir = path.join(repoRoot, 'examples/pkh');
const grammarFile = path.join(repoRoot, 'packages/language/src/kaidah.langium');

const examples: Record<string, string> = Object.fromEntries(
    readdirSync(examplesDir)
        .filter((name) => name.endsWith('.kaidah'))
        .sort()
        .map((name) => [name, readFileSync(path.join(examplesDir, name), 'utf8')]),
);
const exampleNames = Object.keys(examples);
const nationalName = 'pkh-2024.kaidah';
/** The district files: those that `use` the national file directly. */
const districtNames = exampleNames.filter((name) => examples[name].includes(`use "${nationalName}"`));

/** Every keyword of the grammar, read from the grammar itself so that new keywords are tried too. */
const keywords = [...new Set([...readFileSync(grammarFile, 'utf8').matchAll(/'([^'\n]+)'/g)].map((m) => m[1]))];
/** Every name the examples use, so edits can swap one real name for another. */
const names = [...new Set(Object.values(examples).flatMap((text) => text.match(/[_a-zA-Z][_a-zA-Z0-9]*/g) ?? []))];

const RUNS = 150;
const SEED = 20_240_514;

// ---- random edits --------------------------------------------------------------------------------

/** Pieces of text that are likely to upset a lexer, parser, linker or type checker. */
const fragment: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(
        '"', '{', '}', '(', ')', '/*', '*/', '/**', '//', 'Rp', 'Rp ', '%', '×', '*', '/', '+', '-', '=', '!=', '≠', '≤', '≥', '<', '>',
        '.', ',', '0', '1', '9', '1.000', '1,5', '1.5', '1..0', '1,', '1.', ',5', '00', '1.000.000', '99999999999999999999999',
        'Rp 1,5 juta', 'Rp1.500.000', 'Rp 0', '80%', '0%', '1,5 %', 'ribu', 'juta', 'miliar', 'triliun',
        '2024-03-01', '2024-02-30', '0000-00-00', '9999-12-31', '2024-3-1', ' from 2024-03-01', ', Rp 1 from 2025-01-01', ' year 2024', ' year 0',
        '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u200b', '\ufeff', '\u0000', '\ufffd', '\u2028', '\ud800', '\udfff', 'é', 'ß', '𝔘', '👩‍👧', 'ا', '中',
        '"unterminated', '"\\"', '"\\', '\\', '#', '@', '$', '`', "'", ';', ':', '[', ']',
    ) },
    { weight: 4, arbitrary: fc.constantFrom(...keywords) },
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    { weight: 2, arbitrary: fc.constantFrom(
        ...exampleNames.map((name) => `\nuse "${name}"\n`),
        '\nuse "../outside.kaidah"\n', '\nuse "/etc/passwd"\n', '\nuse ""\n', '\nuse "."\n', '\nuse "missing.kaidah"\n',
        '\nconstant c = c\n', '\nvalue v = v + 1\n', '\nvalue eligible_members = 1\n', '\nconstant poverty_line = Rp 1\n',
        '\ngraduation natural "X" when yes\n', '\ngraduation g when no rank by district\n',
        '\nevery district { quantity q count = q }\n', '\nevery district { target natural = 1 / 0 }\n',
        '\ndistrict "Kabupaten X" { facilitators 3 }\n', '\ndistrict "Kabupaten X" { target self_reliant = -1 }\n',
        '\nbenefit components (at most 0) { elderly Rp 1 }\n', '\nhousehold { id text key }\n', '\nhousehold { }\n',
        '\nprogram "P"\n',
    ) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('(', 'not ', '- ', '((', '"'), fc.integer({ min: 2, max: 300 })).map(([s, n]) => s.repeat(n)) },
);

type Edit =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'duplicateLine'; line: number }
    | { kind: 'swapLines'; a: number; b: number }
    | { kind: 'truncate'; at: number };

const position = fc.nat({ max: 1_000_000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 60 }) }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fragment }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
);
const edits = fc.array(edit, { minLength: 1, maxLength: 6 });

/**
 * A place in the text for an edit, never between the two halves of a character outside the Basic
 * Multilingual Plane: an editor cannot put the cursor there. (Lone surrogates are still inserted
 * on purpose, as fragments.)
 */
function offset(text: string, at: number): number {
    return snap(text, at % (text.length + 1));
}

function snap(text: string, i: number): number {
    const before = text.charCodeAt(i - 1);
    return before >= 0xd800 && before <= 0xdbff && i < text.length ? i + 1 : i;
}

function applyEdit(text: string, e: Edit): string {
    switch (e.kind) {
        case 'delete': {
            const at = offset(text, e.at);
            return text.slice(0, at) + text.slice(snap(text, Math.min(text.length, at + e.length)));
        }
        case 'insert': {
            const at = offset(text, e.at);
            return text.slice(0, at) + e.text + text.slice(at);
        }
        case 'truncate':
            return text.slice(0, offset(text, e.at));
        case 'duplicateLine': {
            const lines = text.split('\n');
            const i = e.line % lines.length;
            lines.splice(i, 0, lines[i]);
            return lines.join('\n');
        }
        case 'swapLines': {
            const lines = text.split('\n');
            const a = e.a % lines.length;
            const b = e.b % lines.length;
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
    }
}

const applyEdits = (text: string, list: Edit[]) => list.reduce(applyEdit, text);

/**
 * Edits that mostly keep a file readable, so that more of them reach the type checker and the
 * compiler: one number, name or operator swapped for another of its kind.
 */
const tokenPattern = /[0-9]{4}-[0-9]{2}-[0-9]{2}|Rp[ \t]*[0-9][0-9.,]*(?:[ \t]*(?:ribu|juta|miliar|triliun))?|[0-9][0-9.,]*[ \t]*%?|[_a-zA-Z][_a-zA-Z0-9]*|<=|>=|!=|[-+×*/<>=≤≥≠]/g;
const replacement = fc.oneof(
    fc.constantFrom('0', '1', '2', '10', '1.000', '1,5', '0,5', '1.5', '2.000.000.000.000.000.000', '0,000001', '99999999999999999999999'),
    fc.constantFrom('Rp 0', 'Rp 1', 'Rp 1,5 juta', 'Rp 2 triliun', 'Rp 0,5', '0%', '100%', '250%', '0,5%'),
    fc.constantFrom('2024-03-01', '2023-02-29', '2024-13-01', '0001-01-01', '9999-12-31'),
    fc.constantFrom('+', '-', '×', '*', '/', 'of', '<', '<=', '=', '!=', '≥', 'and', 'or', 'not', 'yes', 'no', '"teks"'),
    fc.constantFrom(...names),
);
const tokenSwap = fc.record({ token: position, text: replacement });
const tokenSwaps = fc.array(tokenSwap, { minLength: 1, maxLength: 4 });

function swapTokens(text: string, swaps: { token: number; text: string }[]): string {
    for (const swap of swaps) {
        const tokens = [...text.matchAll(tokenPattern)];
        if (tokens.length === 0) return text;
        const token = tokens[swap.token % tokens.length];
        text = text.slice(0, token.index) + swap.text + text.slice(token.index + token[0].length);
    }
    return text;
}

/** Rule files written from scratch out of the language's own words, in any order. */
const soupWord = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keywords) },
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    { weight: 2, arbitrary: fc.constantFrom('"Kabupaten X"', '"label"', '""', '"pkh-2024.kaidah"', '1.000', '1,5', '0', 'Rp 582.932', 'Rp 1,5 juta', '80%', '1.5', '2024-03-01', ',') },
    { weight: 2, arbitrary: fc.constantFrom('{', '}', '(', ')', '=', '+', '-', '×', '/', '<', '>=', '≠', '/** doc */', '// note') },
);
const soup = fc.array(fc.tuple(soupWord, fc.constantFrom(' ', ' ', '\n', '\n  ', '')), { maxLength: 80 })
    .map((words) => words.map(([word, gap]) => word + gap).join(''));

// ---- building --------------------------------------------------------------------------------

/**
 * One set of services for all runs, as in the language server, which builds again and again.
 * Each run gets a folder of its own and removes its documents afterwards, so runs do not see
 * each other. After a run that threw, the services are made anew: a failed parse can leave the
 * parser unusable (see the last tests), and shrinking must see each input on its own.
 */
let Kaidah = createKaidahServices(EmptyFileSystem).Kaidah;
let runNumber = 0;

interface Built {
    documents: LangiumDocument[];
    compiled: number;
}

/** Builds the files together with validation, checks every diagnostic, compiles the error-free ones. */
async function buildAndCheck(files: Record<string, string>, lang: 'en' | 'id' = 'en'): Promise<Built> {
    const folder = `/rules/run-${++runNumber}`;
    const langiumDocuments = Kaidah.shared.workspace.LangiumDocuments;
    Kaidah.settings.lang = lang;
    Kaidah.settings.setRoots([URI.file(folder)]);
    const documents: LangiumDocument[] = [];
    try {
        for (const [name, text] of Object.entries(files)) {
            documents.push(langiumDocuments.createDocument(URI.file(`${folder}/${name}`), text));
        }
        await Kaidah.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        for (const document of documents) {
            for (const diagnostic of document.diagnostics ?? []) expectOfficerReadable(diagnostic, document);
        }
        let compiled = 0;
        for (const document of documents) {
            const closure = [...collectUseClosure(document, (uri) => langiumDocuments.getDocument(uri)).values()];
            if (closure.some((d) => (d.diagnostics ?? []).some((x) => x.severity === DiagnosticSeverity.Error))) continue;
            const result = compilePlan(document, langiumDocuments, { lang });
            for (const problem of result.problems) {
                expect(problem.code, problem.message).toMatch(/^KDH\d{3}$/);
                expect(problem.message.trim().length).toBeGreaterThan(0);
            }
            compiled++;
        }
        return { documents, compiled };
    } catch (error) {
        Kaidah = createKaidahServices(EmptyFileSystem).Kaidah;
        throw error;
    } finally {
        for (const document of documents) {
            langiumDocuments.deleteDocument(document.uri);
            Kaidah.shared.workspace.IndexManager.remove(document.uri);
        }
    }
}

function expectOfficerReadable(diagnostic: Diagnostic, document: LangiumDocument): void {
    const text = document.textDocument.getText();
    const where = `${document.uri.path}: ${JSON.stringify(diagnostic)}`;
    expect(String(diagnostic.code), where).toMatch(/^KDH\d{3}$/);
    expect([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint], where).toContain(diagnostic.severity);
    expect(typeof diagnostic.message, where).toBe('string');
    expect(diagnostic.message.trim().length, where).toBeGreaterThan(0);
    const lines = text.split(/\r\n|\r|\n/);
    const { start, end } = diagnostic.range;
    for (const p of [start, end]) {
        expect(Number.isInteger(p.line) && Number.isInteger(p.character), where).toBe(true);
        expect(p.line, where).toBeGreaterThanOrEqual(0);
        expect(p.line, where).toBeLessThan(lines.length);
        expect(p.character, where).toBeGreaterThanOrEqual(0);
        expect(p.character, where).toBeLessThanOrEqual(lines[p.line].length);
    }
    expect(start.line < end.line || (start.line === end.line && start.character <= end.character), where).toBe(true);
}

const lang = fc.constantFrom<'en' | 'id'>('en', 'id');

// ---- properties ----------------------------------------------------------------------------------

describe('the language never crashes on any text', () => {
    it('builds every example unedited without errors (the starting point of the properties)', async () => {
        const built = await buildAndCheck(examples);
        for (const document of built.documents) {
            expect((document.diagnostics ?? []).filter((d) => d.severity === DiagnosticSeverity.Error), document.uri.path).toEqual([]);
        }
        expect(built.compiled).toBe(exampleNames.length);
    });

    it('survives random edits to any one example file, built alone', async () => {
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...exampleNames), edits, lang, async (name, list, l) => {
                await buildAndCheck({ [name]: applyEdits(examples[name], list) }, l);
            }),
            { numRuns: RUNS, seed: SEED },
        );
    });

    it('survives random edits to the national file and a district file that uses it, built together', async () => {
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...districtNames), edits, fc.option(edits, { nil: undefined }), lang, async (district, districtEdits, nationalEdits, l) => {
                await buildAndCheck({
                    [nationalName]: nationalEdits ? applyEdits(examples[nationalName], nationalEdits) : examples[nationalName],
                    [district]: applyEdits(examples[district], districtEdits),
                }, l);
            }),
            { numRuns: RUNS, seed: SEED + 1 },
        );
    });

    it('survives random edits to one file among all the examples, built together as `kaidah check` does', async () => {
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...exampleNames), edits, async (name, list) => {
                await buildAndCheck({ ...examples, [name]: applyEdits(examples[name], list) });
            }),
            { numRuns: RUNS / 3, seed: SEED + 2 },
        );
    });

    it('survives swapped numbers, names and operators, and compiles what stays error-free', async () => {
        let compiled = 0;
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...districtNames), tokenSwaps, tokenSwaps, lang, async (district, districtSwaps, nationalSwaps, l) => {
                const built = await buildAndCheck({
                    [nationalName]: swapTokens(examples[nationalName], nationalSwaps),
                    [district]: swapTokens(examples[district], districtSwaps),
                }, l);
                compiled += built.compiled;
            }),
            { numRuns: RUNS, seed: SEED + 3 },
        );
        // Not a bound to keep: a sign that the compiler was reached at all.
        expect(compiled).toBeGreaterThan(0);
    });

    it('survives rule files written from scratch out of keywords, names, numbers and brackets', async () => {
        await fc.assert(
            fc.asyncProperty(soup, soup, lang, async (national, district, l) => {
                await buildAndCheck({ [nationalName]: national, 'district.kaidah': `use "${nationalName}"\n${district}` }, l);
            }),
            { numRuns: RUNS, seed: SEED + 4 },
        );
    });
});

/**
 * The smallest inputs found for each crash the properties above ran into (on the rules as they
 * were at commit 2dc251a). Each states what should happen (only coded diagnostics, no exception):
 * it failed until its crash was fixed and stays as a regression test.
 */
describe('crashes found by the properties, at their smallest', () => {
    // Parser recovery leaves a District without its name; checkDistrictsAreUnique calls
    // `name.trim()` and the check dies with "Cannot read properties of undefined (reading 'trim')".
    it('a `district` without its name gives coded diagnostics only', async () => {
        await buildAndCheck({ 'main.kaidah': 'district' });
    });

    // Parser recovery leaves a Target without its category; checkTargetsUnique (and checkDistrict)
    // read `target.category.$refText` / `.ref`: "Cannot read properties of undefined (reading '$refText')".
    it.each([
        'every district { target }',
        'district "Kabupaten X" { target = 1 }',
    ])('a `target` without its category gives coded diagnostics only: %s', async (text) => {
        await buildAndCheck({ 'main.kaidah': text });
    });

    // Parser recovery leaves a Target without its formula; checkDistrict streams over
    // `target.formula` and the check dies with "Root node must be an AstNode.".
    it('a `target` without its formula gives coded diagnostics only', async () => {
        await buildAndCheck({ 'main.kaidah': 'district "Kabupaten X" { target natural = }' });
    });

    // A lone surrogate in a `use` path: printing the resolved URI throws "URI malformed" in
    // collectUseClosure (checkNamesAreUnique, checkSchemaInScope, checkDistrictsAreUnique) and in
    // checkUsePath. A language client can send such text; a file read as UTF-8 cannot hold it.
    it('a lone surrogate in a `use` path gives coded diagnostics only', async () => {
        await buildAndCheck({ 'main.kaidah': 'use "\ud800"' });
    });

    // The parser and the AST utilities recurse once per nesting level; from about 80 nested
    // parentheses (1.000 `not`s, 1.000 minus signs, a sum of 10.000 terms) the build threw
    // "Maximum call stack size exceeded" (or a TypeError from inside the parser's recovery), and
    // `kaidah check` stopped on an internal error.
    it.each([
        ['200 nested parentheses', `constant c = ${'('.repeat(200)}1${')'.repeat(200)}`],
        ['200 unclosed parentheses', `constant c = ${'('.repeat(200)}`],
        ['1.000 `not`s', `constant c = ${'not '.repeat(1000)}yes`],
        ['1.000 minus signs', `constant c = ${'- '.repeat(1000)}1`],
        ['a sum of 10.000 terms', `constant c = 1${' + 1'.repeat(10_000)}`],
    ])('%s give diagnostics, not a stack overflow', async (_, text) => {
        await buildAndCheck({ 'main.kaidah': text });
    });

    // When a parse died halfway (a stack overflow), Langium's parser kept the half-built nodes on
    // its stack; the next parse with the same services returned the wrong tree (`program "P"` came
    // back without its program and with a leftover constant), or threw "Parser stack is not empty
    // after parsing" for every later file: in the language server, the rest of the session.
    it('a parse that failed does not leak into the next one', async () => {
        const { Kaidah: services } = createKaidahServices(EmptyFileSystem);
        const documents = services.shared.workspace.LangiumDocuments;
        const nasty = [
            `constant c = ${'not '.repeat(1000)}yes`,
            `constant c = ${'('.repeat(200)}1`,
            `constant c = ${'- '.repeat(1000)}1`,
            `graduation g ${'('.repeat(300)}"L" when yes`,
        ];
        for (const [i, text] of nasty.entries()) {
            try {
                documents.createDocument(URI.file(`/rules/nasty-${i}.kaidah`), text);
            } catch {
                // Whether this throws is the tests' above; here only what it leaves behind matters.
            }
            const next = documents.createDocument(URI.file(`/rules/next-${i}.kaidah`), 'program "P"').parseResult.value as RuleFile;
            expect(next.program?.name, text.slice(0, 40)).toBe('P');
            expect(next.elements, text.slice(0, 40)).toEqual([]);
        }
    });
});
