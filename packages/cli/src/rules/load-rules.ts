import type { Lang, Plan } from '@kaidah/engine';
import { allLoadedDocuments, compilePlan, createKaidahServices, loadRuleFiles, type CompileProblem } from '@kaidah/language';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface LocatedDiagnostic {
    filePath: string;
    diagnostic: Diagnostic;
}

export interface CheckedRules {
    diagnostics: LocatedDiagnostic[];
    entries: LangiumDocument[];
    /** Every rule file loaded: the named files and all they use. */
    files: string[];
    /** Compiles an entry file, for `on` (`YYYY-MM-DD`) when given, else for the program's year. */
    compile(entry: LangiumDocument, on?: string): { plan: Plan; problems: LocatedDiagnostic[] };
}

/** Parses, links and validates rule files with everything they use, in the officer's language. */
export async function checkRuleFiles(filePaths: string[], lang: Lang): Promise<CheckedRules> {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    Kaidah.settings.lang = lang;
    const entries = await loadRuleFiles(Kaidah, filePaths);
    const documents = allLoadedDocuments(Kaidah);
    const diagnostics = documents
        .flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => ({ filePath: document.uri.fsPath, diagnostic })))
        .sort(byPosition);
    return {
        diagnostics,
        entries,
        files: documents.map((document) => document.uri.fsPath),
        compile: (entry, on) => {
            const { plan, problems } = compilePlan(entry, Kaidah.shared.workspace.LangiumDocuments, { lang, ...(on ? { on } : {}) });
            return { plan, problems: problems.map(toLocated) };
        },
    };
}

/** A compile problem where `kaidah check` and `kaidah test` print it. */
export function toLocated(problem: CompileProblem): LocatedDiagnostic {
    let root = problem.node;
    while (root.$container) root = root.$container;
    return {
        filePath: root.$document?.uri.fsPath ?? '',
        diagnostic: { range: problem.range, severity: 1, code: problem.code, message: problem.message },
    };
}

/** Diagnostics in the order of their files (by code point, the same on every machine), then of their positions. */
export function byPosition(a: LocatedDiagnostic, b: LocatedDiagnostic): number {
    return compareText(a.filePath, b.filePath)
        || a.diagnostic.range.start.line - b.diagnostic.range.start.line
        || a.diagnostic.range.start.character - b.diagnostic.range.start.character;
}

export function isError(located: LocatedDiagnostic): boolean {
    return located.diagnostic.severity === 1;
}

export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
