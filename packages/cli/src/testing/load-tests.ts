import type { Lang, Plan, TestPlan } from '@kaidah/engine';
import {
    allLoadedDocuments,
    compilePlan,
    createKaidahServices,
    isRuleFile,
    isTestCase,
    keywordsOf,
    loadRuleFiles,
    type Keywords,
} from '@kaidah/language';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { byPosition, compareText, toLocated, type LocatedDiagnostic } from '../rules/load-rules.js';

/** The tests of one rule file, with the Plan compiled from that file (and everything it uses). */
export interface TestFile {
    file: string;
    plan: Plan;
    tests: TestPlan[];
    /** The file's keywords, for quoting its tests as it writes them (`harapkan kategori = ...`). */
    keywords: Keywords;
}

export type LoadedTests =
    | { ok: true; files: TestFile[]; plans: Plan[] }
    | { ok: false; diagnostics: LocatedDiagnostic[]; errors: number };

/**
 * Loads the named rule files and every file they use, and compiles, for each file that declares
 * tests, the Plan with that file as entry. A test therefore runs once, with the rules of the file
 * that declares it: the national file's tests with the national rules, a district's tests with the
 * district's figures — never once more for every district file that `use`s the national file.
 *
 * `plans` also holds the Plans of the named files that declare no tests (`field-reports.kaidah`),
 * so that coverage lists their categories and components too.
 */
export async function loadTests(filePaths: string[], lang: Lang, on: string | undefined): Promise<LoadedTests> {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    Kaidah.settings.lang = lang;
    const entries = await loadRuleFiles(Kaidah, filePaths);
    const documents = allLoadedDocuments(Kaidah).sort((a, b) => compareText(a.uri.fsPath, b.uri.fsPath));
    const diagnostics = documents.flatMap((document) =>
        (document.diagnostics ?? []).filter((d) => d.severity === 1).map((diagnostic) => ({ filePath: document.uri.fsPath, diagnostic })));
    if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.sort(byPosition), errors: diagnostics.length };

    const withTests = documents.filter(declaresTests);
    const compiled = new Map<string, Plan>();
    const problems = new Map<string, LocatedDiagnostic>();
    const compile = (document: LangiumDocument): Plan => {
        const key = document.uri.toString();
        let plan = compiled.get(key);
        if (plan === undefined) {
            const result = compilePlan(document, Kaidah.shared.workspace.LangiumDocuments, { lang, ...(on ? { on } : {}) });
            plan = result.plan;
            compiled.set(key, plan);
            for (const problem of result.problems.map(toLocated)) problems.set(problemKey(problem), problem);
        }
        return plan;
    };
    const files = withTests.map((document) => {
        const plan = compile(document);
        const file = document.uri.fsPath;
        return { file, plan, tests: plan.tests.filter((test) => test.file === file), keywords: keywordsOf(document) };
    });
    for (const entry of entries) compile(entry);
    const errors = [...problems.values()];
    if (errors.length > 0) return { ok: false, diagnostics: errors.sort(byPosition), errors: errors.length };
    return { ok: true, files, plans: [...compiled.values()] };
}

function declaresTests(document: LangiumDocument): boolean {
    const root = document.parseResult.value;
    return isRuleFile(root) && root.elements.some(isTestCase);
}

/** The same problem found again through another entry file is one problem. */
function problemKey(located: LocatedDiagnostic): string {
    const { start } = located.diagnostic.range;
    return `${located.filePath}:${start.line}:${start.character}:${String(located.diagnostic.code)}`;
}
