import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { fileLanguage } from './file-language.js';
import { keywordIn, type RuleLanguage } from './keyword-table.js';

/**
 * Writes English keywords as a file of one language writes them, for the code a message quotes or a
 * quick fix inserts: `k('round down')` is `bulatkan ke bawah` for a file in Bahasa Indonesia, `round
 * down` for one in English. A phrase the table does not hold whole is written word by word, two-word
 * phrases first (`adapt graduation` → `sesuaikan graduasi`). `within` names the syntax rule a keyword
 * with two Indonesian forms stands in (`of` in `ExpectTarget` is `untuk`, elsewhere `dari`).
 */
export type Keywords = (english: string, within?: string) => string;

/** English keywords as written: the grammar's own. */
export const englishKeywordsAsWritten: Keywords = (english) => english;

export function keywordsIn(lang: RuleLanguage): Keywords {
    if (lang === 'en') return englishKeywordsAsWritten;
    return (english, within) => {
        const rules = within ? [within] : [];
        const words = english.split(' ');
        const out: string[] = [];
        for (let i = 0; i < words.length; i++) {
            const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined;
            const pairWritten = pair && keywordIn('id', pair, rules);
            if (pair && pairWritten !== pair) {
                out.push(pairWritten!);
                i++;
            } else {
                out.push(keywordIn('id', words[i]!, rules));
            }
        }
        return out.join(' ');
    };
}

/** The language of the file a node is written in. */
export function ruleLanguageOf(node: AstNode | LangiumDocument): RuleLanguage {
    if ('textDocument' in node) return fileLanguage(node.textDocument.getText());
    const root = AstUtils.findRootNode(node);
    return fileLanguage(root.$document?.textDocument.getText() ?? root.$cstNode?.root.fullText ?? '');
}

/** The keywords of the file a node (or document) is written in. */
export function keywordsOf(node: AstNode | LangiumDocument): Keywords {
    return keywordsIn(ruleLanguageOf(node));
}
