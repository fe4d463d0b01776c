import { GrammarAST, type AstNode } from 'langium';
import { indonesianPhrase, keywordPhrases } from '../keywords/keyword-table.js';

/**
 * The words completion offers for a grammar keyword in a file written in Bahasa Indonesia. The
 * grammar is English and reads a keyword phrase word by word; an officer types the Indonesian phrase:
 * at `benefit` (followed by `components`) the offer is `komponen bantuan`, at `round` it is `bulatkan`
 * and `bulatkan ke bawah`/`ke atas` (the mode may follow), at `down` after `round` it is `ke bawah`.
 */
export function indonesianKeywordsFor(keyword: GrammarAST.Keyword): string[] {
    const rule = [ruleOf(keyword) ?? ''];
    const next = sibling(keyword, 1);
    const previous = sibling(keyword, -1);
    const followers = next ? firstKeywords(next.element) : [];
    const offers: string[] = [];
    for (const phrase of keywordPhrases) {
        if (phrase.en.length !== 2 || (phrase.within !== undefined && !rule.includes(phrase.within))) continue;
        if (phrase.en[0] === keyword.value && followers.includes(phrase.en[1]!)) offers.push(phrase.id.join(' '));
        if (phrase.en[1] === keyword.value && previous && !previous.optional && lastKeywords(previous.element).includes(phrase.en[0]!)) {
            return [phrase.id[1]!];
        }
    }
    const single = indonesianPhrase(keyword.value, rule) ?? keyword.value;
    if (offers.length === 0 || next?.optional) offers.unshift(single);
    return [...new Set(offers)];
}

function ruleOf(node: AstNode): string | undefined {
    let at: AstNode | undefined = node;
    while (at && !GrammarAST.isParserRule(at)) at = at.$container;
    return at?.name;
}

/** The element beside the keyword in the sequence it belongs to, and whether that element may be left out. */
function sibling(keyword: GrammarAST.Keyword, step: 1 | -1): { element: GrammarAST.AbstractElement; optional: boolean } | undefined {
    let at: AstNode = keyword;
    while (at.$container && !GrammarAST.isGroup(at.$container)) {
        if (GrammarAST.isParserRule(at.$container)) return undefined;
        at = at.$container;
    }
    const group = at.$container;
    if (!group || !GrammarAST.isGroup(group)) return undefined;
    const element = group.elements[group.elements.indexOf(at as GrammarAST.AbstractElement) + step];
    return element ? { element, optional: element.cardinality === '?' || element.cardinality === '*' } : undefined;
}

function firstKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal);
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(firstKeywords);
    if (GrammarAST.isGroup(element) && element.elements[0]) return firstKeywords(element.elements[0]);
    return [];
}

function lastKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return lastKeywords(element.terminal);
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(lastKeywords);
    if (GrammarAST.isGroup(element) && element.elements.length > 0) return lastKeywords(element.elements[element.elements.length - 1]!);
    return [];
}
