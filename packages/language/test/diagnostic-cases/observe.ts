import type { Lang } from '@kaidah/engine';
import { AstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { compilePlan } from '../../src/compile/compile-plan.js';
import { createKaidahServices } from '../../src/kaidah-module.js';
import type { Severity } from '../../src/validation/diagnostics.js';
import type { CompileStep, RuleFiles } from './case.js';
import { stripMarkers, type Marked } from './markers.js';

/** A diagnostic as an officer meets it: where, which code, how serious, and what it says. */
export interface Observed {
    file: string;
    range: Range;
    code: string;
    severity: Severity;
    message: string;
    /** The text the range covers. */
    text: string;
}

const severities: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info' };

/**
 * Builds the (marker-free) files in one language and returns every diagnostic of every file,
 * "never used" warnings included, in marker order (file order, then start, the longer range first).
 * With `compile`, the build must be clean, and the compile step's problems are returned instead:
 * the CLI prints them as errors at the problem's node.
 */
export async function observe(files: RuleFiles, lang: Lang, compile?: CompileStep, dataFiles: string[] = []): Promise<{ observed: Observed[]; marked: Marked[] }> {
    const { files: text, marked } = stripMarkers(files);
    const rules = await build(text, lang, dataFiles);
    const names = Object.keys(text);
    const observed: Observed[] = names.flatMap((file) =>
        (rules.document(file).diagnostics ?? []).map((d) => ({
            file,
            range: d.range,
            code: String(d.code),
            severity: severities[d.severity ?? 1],
            message: d.message,
            text: textIn(text[file], d.range),
        })));
    const fileOf = (node: AstNode) => {
        const uri = AstUtils.getDocument(node).uri.toString();
        return names.find((name) => rules.document(name).uri.toString() === uri) ?? uri;
    };
    if (compile && observed.length === 0) {
        for (const problem of rules.compile(compile.entry, compile.on).problems) {
            observed.push({
                file: fileOf(problem.node),
                range: problem.range,
                code: problem.code,
                severity: 'error',
                message: problem.message,
                text: textIn(text[fileOf(problem.node)], problem.range),
            });
        }
    }
    const order = (file: string) => names.indexOf(file);
    observed.sort((a, b) => order(a.file) - order(b.file)
        || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
        || b.range.end.line - a.range.end.line || b.range.end.character - a.range.end.character
        || a.code.localeCompare(b.code));
    return { observed, marked };
}

function textIn(text: string, range: Range): string {
    const lines = text.split('\n');
    const { start, end } = range;
    if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), (lines[end.line] ?? '').slice(0, end.character)].join('\n');
}

/**
 * As `buildRules` in `rules-workspace.ts` (files held in memory in `/rules`), and, as the command line
 * does, with a folder that holds exactly these files: the rule files and `dataFiles`.
 */
async function build(files: RuleFiles, lang: Lang, dataFiles: string[]) {
    const { Kaidah } = createKaidahServices(EmptyFileSystem);
    Kaidah.settings.lang = lang;
    Kaidah.settings.setRoots([URI.file('/rules')]);
    const present = new Set([...Object.keys(files), ...dataFiles].map((name) => URI.file(`/rules/${name}`).toString()));
    Kaidah.settings.fileExists = (uri) => present.has(uri.toString());
    const documents = Kaidah.shared.workspace.LangiumDocuments;
    const built: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) built[name] = documents.createDocument(URI.file(`/rules/${name}`), text);
    await Kaidah.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
    return {
        document: (name: string) => built[name],
        compile: (name: string, on?: string) => compilePlan(built[name], documents, { lang, ...(on ? { on } : {}) }),
    };
}
