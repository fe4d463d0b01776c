import { recordWrittenText, type WrittenPart } from '@kaidah/engine';
import { AstUtils, type AstNode } from 'langium';
import { fileLanguage } from '../keywords/file-language.js';
import type { RuleLanguage } from '../keywords/keyword-table.js';
import { ruleText } from '../keywords/translate.js';

/** The language of each rule file compiled, by its root: read once per file, not per expression. */
const languages = new WeakMap<AstNode, RuleLanguage>();

function languageOf(node: AstNode): RuleLanguage {
    const root = AstUtils.findRootNode(node);
    let lang = languages.get(root);
    if (lang === undefined) {
        lang = fileLanguage(root.$cstNode?.root.fullText ?? '');
        languages.set(root, lang);
    }
    return lang;
}

/**
 * Records how the file of `node` writes the Plan `part` compiled from it, so that explanations,
 * reports and `kaidah diff` quote an Indonesian file's rule code with its own keywords
 * (engine notation/display.ts). The Plan keeps the English text, one for both languages.
 */
export function recordAsWritten(part: WrittenPart, node: AstNode): void {
    const lang = languageOf(node);
    if (lang !== 'en') recordWrittenText(part, ruleText(node, lang));
}
