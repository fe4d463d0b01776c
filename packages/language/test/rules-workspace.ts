import type { Lang } from '@kaidah/engine';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compilePlan } from '../src/compile/compile-plan.js';
import { createKaidahServices } from '../src/kaidah-module.js';

/**
 * Test support: builds rule files held in memory as if they were in `/rules`, so tests read like
 * specifications: a few lines of rules in, one expectation out.
 */
export async function buildRules(files: Record<string, string>, lang: Lang = 'en', options: { diagnosticsDocUri?: string } = {}) {
    const { Kaidah } = createKaidahServices(EmptyFileSystem);
    Kaidah.settings.lang = lang;
    Kaidah.settings.diagnosticsDocUri = options.diagnosticsDocUri;
    Kaidah.settings.setRoots([URI.file('/rules')]);
    const documents = Kaidah.shared.workspace.LangiumDocuments;
    const built: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = documents.createDocument(URI.file(`/rules/${name}`), text);
        built[name] = document;
    }
    await Kaidah.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
    return {
        services: Kaidah,
        document: (name: string) => built[name],
        /** A file's diagnostics; "never used" warnings (KDH030) only when asked, as in `diagnosticsOf`. */
        diagnostics: (name: string, options: { unused?: boolean } = {}): Diagnostic[] =>
            (built[name].diagnostics ?? []).filter((d) => options.unused || d.code !== 'KDH030'),
        compile: (name: string, on?: string) => compilePlan(built[name], documents, { lang, ...(on ? { on } : {}) }),
    };
}

/**
 * Diagnostics of a single rule file called `main.kaidah`. Most snippets declare more than they use,
 * so "never used" warnings (KDH030) are left out unless a test asks for them.
 */
export async function diagnosticsOf(text: string, lang: Lang = 'en', options: { unused?: boolean } = {}): Promise<Diagnostic[]> {
    const diagnostics = (await buildRules({ 'main.kaidah': text }, lang)).diagnostics('main.kaidah', options);
    return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The text a diagnostic's range covers, to assert that it points at the right thing. */
export function rangeText(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

/** A small but complete schema that most tests build on. */
export const schema = `
household {
  id              text    key
  district        text
  facilitator     text
  children        count
  elderly         count
  monthly_income  money
  attendance      percent
  has_business    yes/no
  decile          number
}
`;
