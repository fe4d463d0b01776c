import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type CstNode, type LangiumCoreServices, type LeafCstNode } from 'langium';
import { canonicalText } from '../formatting/canonical-text.js';
import { fileLanguage } from './file-language.js';
import { englishKeywords, indonesianKeywords, keywordPhrases, type RuleLanguage } from './keyword-table.js';

/** The grammar's (English) keyword a leaf was read as, when it is a word keyword. */
function keywordOf(leaf: LeafCstNode): string | undefined {
    const source = leaf.grammarSource;
    if (!GrammarAST.isKeyword(source) || !/^[a-z]/.test(source.value) || leaf.hidden) return undefined;
    // A keyword written as a name (a column called `district`) is a name: kept as written.
    return AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === 'Name' ? undefined : source.value;
}

/**
 * The text of `node` with its keywords written in `to`; names, strings, numbers, comments and the
 * spaces between tokens are kept as written. English keywords are the grammar's; Indonesian ones
 * follow the keyword table, phrase by phrase (`round down` → `bulatkan ke bawah`).
 */
export function textWithKeywordsIn(node: CstNode, to: RuleLanguage): string {
    const full = node.root.fullText;
    const leaves = CstUtils.streamCst(node).filter(isLeafCstNode).toArray();
    const words = leaves.map((leaf) => ({ leaf, keyword: keywordOf(leaf) }));
    let text = '';
    let at = node.offset;
    for (let i = 0; i < words.length; i++) {
        const { leaf, keyword } = words[i]!;
        text += full.slice(at, leaf.offset);
        at = leaf.end;
        if (keyword === undefined) {
            text += leaf.text;
            continue;
        }
        if (to === 'en') {
            text += keyword;
            continue;
        }
        const following = words.slice(i).filter((w) => !w.leaf.hidden);
        const phrase = keywordPhrases.find((p) => (p.within === undefined || p.within === leaf.astNode.$type)
            && p.en.every((k, j) => following[j]?.keyword === k));
        if (!phrase) {
            text += keyword; // written alike in both languages (`program`, `target`, `per`)
            continue;
        }
        // One part per keyword leaf of the phrase; what lies between them (a space) is kept.
        text += phrase.id[0];
        for (let k = 1; k < phrase.en.length; k++) {
            const next = following[k]!.leaf;
            text += full.slice(at, next.offset) + phrase.id[k];
            at = next.end;
            i = words.indexOf(following[k]!);
        }
    }
    return text + full.slice(at, node.end);
}

/**
 * An expression's text as the Plan carries it: its keywords in English and runs of spaces collapsed,
 * so that the same rules written in either language compile to the same Plan.
 */
export function planText(node: AstNode | undefined): string {
    return ruleText(node, 'en');
}

/** An expression's text with its keywords in `lang` and runs of spaces collapsed, as the Plan's text is. */
export function ruleText(node: AstNode | undefined, lang: RuleLanguage): string {
    return node?.$cstNode ? textWithKeywordsIn(node.$cstNode, lang).replace(/\s+/g, ' ').trim() : '';
}

export type Translation =
    | { ok: true; text: string; from: RuleLanguage }
    /** Names that are keywords of the other language and cannot be names there; rename them first. */
    | { ok: false; clashes: string[] };

/**
 * A whole rule file in the other language (or the same, formatted): its keywords translated and the
 * layout the formatter's. Undefined when the file has syntax errors: its tokens may not mean what they seem.
 */
export function translateRuleFile(text: string, to: RuleLanguage, services: LangiumCoreServices): Translation | undefined {
    const parser = services.parser.LangiumParser;
    const source = parser.parse(text);
    if (source.lexerErrors.length > 0 || source.parserErrors.length > 0 || !source.value.$cstNode) return undefined;
    const translated = textWithKeywordsIn(source.value.$cstNode, to);
    const result = parser.parse(translated);
    const formatted = canonicalText({ parseResult: result } as Parameters<typeof canonicalText>[0]);
    if (formatted === undefined) return { ok: false, clashes: clashingNames(source.value.$cstNode, to) };
    return { ok: true, text: formatted, from: fileLanguage(text) };
}

/** Names written in the file that are keywords in `to`. */
function clashingNames(root: CstNode, to: RuleLanguage): string[] {
    const keywords = to === 'id' ? indonesianKeywords : englishKeywords;
    const names = CstUtils.streamCst(root).filter(isLeafCstNode)
        .filter((leaf) => !leaf.hidden && keywordOf(leaf) === undefined && keywords.has(leaf.text)).map((leaf) => leaf.text);
    return [...new Set(names)];
}
