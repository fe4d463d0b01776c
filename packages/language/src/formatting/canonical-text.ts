import type { LangiumDocument } from 'langium';
import { printLayout } from './align-tables.js';
import { layoutLines } from './layout-lines.js';

/**
 * The rule file in Kaidah's one canonical layout, or undefined when it has syntax errors: a file the
 * parser could not read is never reformatted, since its tokens may not mean what they seem.
 */
export function canonicalText(document: LangiumDocument): string | undefined {
    if (hasSyntaxErrors(document)) return undefined;
    return printLayout(layoutLines(document.parseResult.value));
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0;
}
