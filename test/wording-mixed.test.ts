/**
 * Rule code is quoted in the words of the file it comes from. fixtures/wording: an English national
 * file (`not`, `years since`, `round down`) used by a district file in Bahasa Indonesia that adapts
 * the national natural graduation, adds its own category and a target counted on the caseload
 * (`bukan`, `tahun sejak`, `bulatkan ke atas(10% dari jumlah keluarga)`, `ya`); contoh-en.kaidah is
 * the district file in English. Every expected sentence below is written from the rule text and the
 * four households of households.csv, evaluated for 31 December 2024:
 *
 *   H1 born 1950-05-01 (74), 2 members, no business, Rp 300.000   → natural (adapted: 74 ≥ 65)
 *   H2 born 1980-01-01 (44), 1 member, a business, Rp 1.200.000    → self_reliant (≥ round down(2 × Rp 500.000))
 *   H3 born 1940-01-01 (84), 1 member, a business, Rp 100.000      → elderly, the district's own
 *   H4 born 1990-06-15 (34), 3 members, no business, Rp 100.000    → none
 *
 * The target of self_reliant is round up(10% of 4 households) = 1.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { restoreWrittenTexts, writtenText, writtenTextsOf } from '@kaidah/engine';
import { compilePlan, createKaidahServices, loadRuleFiles } from '@kaidah/language';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, readCsv } from './support/run-cli.js';

const dir = path.join(fixturesDir, 'wording');
const file = (name: string) => path.join(dir, name);
const data = file('households.csv');

function run(rules: string, lang: 'en' | 'id') {
    const out = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-'));
    const decisions = path.join(out, 'decisions.csv');
    const report = path.join(out, 'report.html');
    const result = kaidah(['--lang', lang, 'run', file(rules), '--data', data, '--out', decisions, '--report', report]);
    return {
        result,
        explanations: new Map(readCsv(decisions).map((row) => [row.id!, row.explanation!])),
        report: readFileSync(report, 'utf8'),
    };
}

describe('an English national file and an Indonesian district file: each quoted in its own words', () => {
    const en = run('contoh.kaidah', 'en');
    const id = run('contoh.kaidah', 'id');

    it('decision sentences quote the district\'s conditions in Indonesian and the national ones in English', () => {
        expect(en.result.stderr).toBe('');
        expect(en.result.status).toBe(0);
        expect(en.explanations.get('H1')).toBe(
            'Graduasi Alamiah: has_business is no; tahun sejak birth_date 74 ≥ 65. Ranked 1 of 1 in Kabupaten Contoh; no target for this category: proposed.');
        expect(en.explanations.get('H2')).toBe(
            'Graduasi Sejahtera Mandiri: has_business is yes; income Rp 1.200.000 ≥ round down(2 × line) Rp 1.000.000. ' +
                'Ranked 1 of 1 in Kabupaten Contoh; target 1 (bulatkan ke atas(10% dari jumlah keluarga), 4 households): proposed.');
        expect(en.explanations.get('H3')).toBe(
            'Graduasi Lansia: tahun sejak birth_date 84 ≥ 70; has_business is yes. Ranked 1 of 1 in Kabupaten Contoh; no target for this category: proposed.');
        expect(en.explanations.get('H4')).toBe(
            'No graduation category applies. Graduasi Alamiah: members 3 = 0 does not hold and tahun sejak birth_date 34 ≥ 65 does not hold; ' +
                'Graduasi Sejahtera Mandiri: has_business is no; Graduasi Lansia: tahun sejak birth_date 34 ≥ 70 does not hold. Stays in the programme.');
    });

    it('the connectives follow the officer\'s language, the rule code stays as the file writes it', () => {
        expect(id.explanations.get('H1')).toBe(
            'Graduasi Alamiah: has_business bernilai tidak; tahun sejak birth_date 74 ≥ 65. Peringkat 1 dari 1 di Kabupaten Contoh; kategori ini tanpa target: diusulkan.');
        expect(id.explanations.get('H2')).toContain('income Rp 1.200.000 ≥ round down(2 × line) Rp 1.000.000. ');
        expect(id.explanations.get('H2')).toContain('target 1 (bulatkan ke atas(10% dari jumlah keluarga), ');
    });

    it('the report shows each condition and formula as its file writes it, in either language of the page', () => {
        for (const { report } of [en, id]) {
            expect(report).toContain('<span class="condition">members = 0 or not has_business and years since birth_date ≥ 60</span>');
            expect(report).toContain('<span class="condition">members = 0 atau bukan has_business dan tahun sejak birth_date ≥ 65</span>');
            expect(report).toContain('<span class="condition">has_business = yes and income ≥ round down(2 × line)</span>');
            expect(report).toContain('<span class="condition">tahun sejak birth_date ≥ 70 dan has_business = ya</span>');
            expect(report).toContain('<span class="formula target-formula">bulatkan ke atas(10% dari jumlah keluarga)</span>');
            expect(report).toContain('<code>bulatkan ke atas(10% dari jumlah keluarga)</code>');
            expect(report).not.toMatch(/round up|years since birth_date ≥ 65|of households/);
        }
    });

    it('the DuckDB engine writes the same decisions and report, byte for byte', () => {
        const out = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-'));
        const decisions = path.join(out, 'decisions.csv');
        const report = path.join(out, 'report.html');
        const duckdb = kaidah(['run', file('contoh.kaidah'), '--data', data, '--out', decisions, '--report', report, '--engine', 'duckdb']);
        expect(duckdb.stderr).toBe('');
        expect(new Map(readCsv(decisions).map((row) => [row.id!, row.explanation!]))).toEqual(en.explanations);
        expect(readFileSync(report, 'utf8')).toBe(en.report);
    });

    it('worker threads, which get a copy of the Plan, explain in the same words', () => {
        const out = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-'));
        const decisions = path.join(out, 'decisions.csv');
        // ranges of 64 bytes: the four households are read by the workers
        const threads = kaidah(['run', file('contoh.kaidah'), '--data', data, '--out', decisions, '--threads', '2'], { env: { KAIDAH_TEST_RANGE_BYTES: '64' } });
        expect(threads.stderr).toBe('');
        expect(new Map(readCsv(decisions).map((row) => [row.id!, row.explanation!]))).toEqual(en.explanations);
    });

    it('kaidah explain traces every condition in the words of its file', () => {
        const trace = kaidah(['explain', file('contoh.kaidah'), '--data', data, '--id', 'H4']);
        expect(trace.status).toBe(0);
        const lines = trace.stdout.split('\n');
        expect(lines).toContain('              ✗ tahun sejak birth_date 34 ≥ 65');
        expect(lines).toContain('          ✗ income Rp 100.000 ≥ round down(2 × line) Rp 1.000.000');
        expect(lines).toContain('          ✗ tahun sejak birth_date 34 ≥ 70');
    });

    it('kaidah diff quotes the conditions before and after as the files write them', () => {
        const diff = kaidah(['diff', file('contoh.kaidah'), file('contoh-baru.kaidah'), '--data', data]);
        expect(diff.stderr).toBe('');
        expect(diff.status).toBe(0);
        const lines = diff.stdout.split('\n').map((line) => line.trim());
        expect(lines).toContain('Graduasi Alamiah: has_business is no; tahun sejak birth_date 74 ≥ 65 — ranked 1 of 1 in Kabupaten Contoh; no target for this category: proposed');
        expect(lines).toContain('No graduation category applies. Graduasi Alamiah: members 2 = 0 does not hold and tahun sejak birth_date 74 ≥ 80 does not hold; ' +
            'Graduasi Sejahtera Mandiri: has_business is no; Graduasi Lansia: has_business is no — stays in the programme');
        const markdown = kaidah(['--lang', 'id', 'diff', file('contoh.kaidah'), file('contoh-baru.kaidah'), '--data', data, '--format', 'markdown']);
        expect(markdown.stdout).toContain('tahun sejak birth\\_date 74 ≥ 80 tidak terpenuhi');
    });
});

describe('kaidah test --coverage', () => {
    it('lists the conditions of a file as it writes them, and counts a condition written in both languages once', () => {
        const id = kaidah(['test', file('contoh.kaidah'), '--coverage']);
        expect(id.status).toBe(0);
        expect(id.stdout).toMatch(/│ elderly +│ tahun sejak birth_date ≥ 70 +│ +1 │ +1 │ +0 │/);
        expect(id.stdout).toMatch(/│ +│ has_business = ya +│ +1 │ +1 │ +0 │/);
        expect(id.stdout).toMatch(/│ +│ years since birth_date ≥ 60 +│ +0 │/);
        // contoh-en.kaidah comes first: its words, and both files' households in one row
        const both = kaidah(['test', file('contoh.kaidah'), file('contoh-en.kaidah'), '--coverage']);
        expect(both.stdout).toMatch(/│ elderly +│ years since birth_date ≥ 70 +│ +2 │ +2 │ +0 │/);
        expect(both.stdout).not.toContain('tahun sejak');
    });

    it('says in its help which words stop a condition early, in both languages', () => {
        const id = kaidah(['--lang', 'id', 'test', file('contoh.kaidah'), '--coverage']);
        expect(id.stdout).toContain('atau `dan`/`atau` (`and`/`or` dalam file berbahasa Inggris) berhenti sebelumnya');
        const en = kaidah(['--lang', 'en', 'test', file('contoh.kaidah'), '--coverage']);
        expect(en.stdout).toContain('or `and`/`or` (`dan`/`atau` in a file written in Bahasa Indonesia) stopped before it');
    });
});

describe('the same district written in English', () => {
    const en = run('contoh-en.kaidah', 'en');

    it('is quoted in English, with the same decisions', () => {
        expect(en.result.status).toBe(0);
        expect(en.explanations.get('H1')).toBe(
            'Graduasi Alamiah: has_business is no; years since birth_date 74 ≥ 65. Ranked 1 of 1 in Kabupaten Contoh; no target for this category: proposed.');
        expect(en.explanations.get('H2')).toContain('target 1 (round up(10% of households), 4 households): proposed.');
        expect(en.report).toContain('<span class="condition">members = 0 or not has_business and years since birth_date ≥ 65</span>');
        expect(en.report).toContain('<span class="condition">years since birth_date ≥ 70 and has_business = yes</span>');
        expect(en.report).not.toMatch(/tahun sejak|bulatkan|atau|jumlah keluarga/);
    });

    it('compiles to the Plan of the Indonesian file, which alone carries its own words beside it', async () => {
        const { Kaidah } = createKaidahServices(NodeFileSystem);
        const [idEntry, enEntry] = await loadRuleFiles(Kaidah, [file('contoh.kaidah'), file('contoh-en.kaidah')]);
        const idPlan = compilePlan(idEntry!, Kaidah.shared.workspace.LangiumDocuments).plan;
        const enPlan = compilePlan(enEntry!, Kaidah.shared.workspace.LangiumDocuments).plan;
        // the test each file declares says where it is written; all else is one Plan
        const same = (plan: typeof idPlan) => ({ ...plan, tests: plan.tests.map((t) => ({ ...t, file: '' })) });
        expect(same(idPlan)).toEqual(same(enPlan));
        expect(JSON.stringify(same(idPlan))).toBe(JSON.stringify(same(enPlan)));

        const adapted = (plan: typeof idPlan) => plan.graduations[0]!.adaptations![0]!.condition;
        expect(adapted(idPlan).text).toBe('members = 0 or not has_business and years since birth_date >= 65');
        expect(writtenText(adapted(idPlan))).toBe('members = 0 atau bukan has_business dan tahun sejak birth_date >= 65');
        expect(writtenText(adapted(enPlan))).toBe('members = 0 or not has_business and years since birth_date >= 65');
        // the national category comes from the English file in both programs
        expect(writtenText(idPlan.graduations[1]!.condition)).toBe('has_business = yes and income >= round down(2 × line)');
        expect(writtenText(idPlan.districts[0]!.targets[0]!)).toBe('bulatkan ke atas(10% dari jumlah keluarga)');
        expect(writtenText(enPlan.districts[0]!.targets[0]!)).toBe('round up(10% of households)');
        // a copy of the Plan has no record beside it until it is given one
        for (const copy of [JSON.parse(JSON.stringify(idPlan)) as typeof idPlan, structuredClone(idPlan)]) {
            expect(writtenText(adapted(copy))).toBe('members = 0 or not has_business and years since birth_date >= 65');
            restoreWrittenTexts(copy, writtenTextsOf(idPlan));
            expect(writtenText(adapted(copy))).toBe('members = 0 atau bukan has_business dan tahun sejak birth_date >= 65');
            expect(writtenText(copy.districts[0]!.targets[0]!)).toBe('bulatkan ke atas(10% dari jumlah keluarga)');
            expect(writtenText(copy.graduations[1]!.condition)).toBe('has_business = yes and income >= round down(2 × line)');
        }
        expect(writtenTextsOf(enPlan)).toEqual([]);
    });
});
