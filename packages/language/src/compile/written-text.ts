import { recordWrittenText, type WrittenPart } from '@kaidah/engine';
import type { AstNode } from 'langium';
import { ruleLanguageOf } from '../keywords/file-keywords.js';
import { ruleText } from '../keywords/translate.js';

/**
 * Records how the file of `node` writes the Plan `part` compiled from it, so that explanations,
 * reports and `kaidah diff` quote an Indonesian file's rule code with its own keywords
 * (engine notation/written-text.ts). The Plan keeps the English text, one for both languages.
 */
export function recordAsWritten(part: WrittenPart, node: AstNode): void {
    const lang = ruleLanguageOf(node);
    if (lang !== 'en') recordWrittenText(part, ruleText(node, lang));
}
