/**
 * One mistake, one diagnostic. A misspelled or missing keyword makes the parser stumble several
 * times in a row (and leaves a stray name to link); the officer needs the first place, with the
 * keyword meant, not the follow-on errors. Here: the keyword to suggest for a word found where the
 * parser stumbled, and the pruning of what follows from the same stumble.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { keywordIn, type RuleLanguage } from '../keywords/keyword-table.js';

/**
 * Words officers write for a keyword: Indonesian, run together, or shortened. `jika` is "if/when";
 * `jt`, `rb` are how spreadsheets and reports shorten juta and ribu.
 */
const KEYWORD_FOR: Readonly<Record<string, string>> = {
    jika: 'when', bila: 'when', apabila: 'when', ketika: 'when', saat: 'when', if: 'when', where: 'when',
    rounddown: 'round down', roundup: 'round up', round_down: 'round down', round_up: 'round up',
    dan: 'and', atau: 'or', tidak: 'not', bukan: 'not',
    jt: 'juta', jta: 'juta', rb: 'ribu', rbu: 'ribu', milyar: 'miliar', m: 'miliar',
    kabupaten: 'district', kecamatan: 'subdistrict', pendamping: 'facilitator', target_: 'target',
    uji: 'test', harapkan: 'expect', peringkat: 'rank', urut: 'rank',
};

/** Words after an amount (`Rp 3,5 jt`): only these make sense there. */
const MONEY_WORDS = ['ribu', 'juta', 'miliar', 'triliun'];

/** Restricted Damerau–Levenshtein: a swap of two neighbours (`wehn`) costs 1, as typists make it. */
export function typoDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
            d[i]![j] = best;
        }
    }
    return d[a.length]![b.length]!;
}

function close(found: string, keyword: string): boolean {
    if (found.length < 3 || found === keyword) return false;
    return typoDistance(found, keyword) <= (keyword.length >= 7 ? 2 : 1);
}

/**
 * The keyword an officer probably meant by `found`: the one the parser expected when the word is a
 * typo or a known alias of it, else a known alias, else the nearest keyword of the language. The
 * keyword is said as the file writes it: `expected` is the grammar's (English) keyword, and in an
 * Indonesian file (`lang`) `jkia` or `bila` where `when` is expected suggests `jika`; `keywords` are
 * then the Indonesian ones.
 */
export function suggestKeyword(found: string, expected: string | undefined, keywords: readonly string[], afterAmount = false, lang: RuleLanguage = 'en', within: readonly string[] = []): string | undefined {
    const word = found.toLowerCase();
    if (!/^[a-z_]+$/.test(word)) return undefined;
    if (afterAmount) return KEYWORD_FOR[word] && MONEY_WORDS.includes(KEYWORD_FOR[word]) ? KEYWORD_FOR[word] : MONEY_WORDS.find((w) => close(word, w));
    const written = (keyword: string | undefined) => keyword === undefined ? undefined : keywordIn(lang, keyword, within);
    const alias = written(KEYWORD_FOR[word]);
    const meant = written(expected);
    if (meant !== undefined && (alias === meant || close(word, meant))) return meant;
    if (alias !== undefined && alias !== word) return alias;
    if (expected !== undefined) return undefined;
    return keywords.find((keyword) => close(word, keyword));
}

/** A name the officer wrote for a keyword (`rounddown`): what to suggest instead of "unknown name". */
export function keywordForName(name: string): string | undefined {
    const keyword = KEYWORD_FOR[name.toLowerCase()];
    return keyword !== undefined && keyword.includes(' ') ? keyword : undefined;
}

/** Lines a stumble's follow-on errors reach at least: the parser re-synchronises within a statement or two. */
const FOLLOW_ON_LINES = 2;

/**
 * The last line a stumble on `line` reaches: the end of the top-level declaration it is in (up to the
 * next line that begins a declaration at the margin, or closes one), and at least a couple of lines.
 */
function reachOf(line: number, lines: readonly string[]): number {
    let last = line;
    for (let next = line + 1; next < lines.length; next++) {
        const text = lines[next]!;
        if (/^[a-z]/.test(text)) break; // a new top-level declaration
        last = next;
        if (text.startsWith('}')) break;
    }
    return Math.max(last, line + FOLLOW_ON_LINES);
}

/**
 * Keeps the first syntax error of each stumble and drops the ones that follow from it (up to the
 * end of the declaration it is in). Once the parser stumbled, what it recovered is not what the officer wrote: a
 * block cut short misses its settings, a deleted `use` hides every name. So the other diagnostics
 * of the file wait until it reads again; only unreadable characters and names written for a
 * keyword (`rounddown(`, which keeps its diagnostic and silences the syntax error on its line) stay.
 */
export function pruneCascade(
    diagnostics: Diagnostic[],
    isSyntax: (d: Diagnostic) => boolean,
    isKeywordName: (d: Diagnostic) => boolean,
    isUnreadableCharacter: (d: Diagnostic) => boolean,
    lines: readonly string[],
): Diagnostic[] {
    const keywordNames = diagnostics.filter(isKeywordName);
    const syntax = diagnostics.filter(isSyntax).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const kept: Diagnostic[] = [];
    let reach = -1;
    for (const diagnostic of syntax) {
        const line = diagnostic.range.start.line;
        if (keywordNames.some((k) => k.range.start.line === line)) continue;
        if (line <= reach) continue;
        kept.push(diagnostic);
        reach = reachOf(line, lines);
    }
    if (kept.length === 0) return diagnostics.filter((d) => !isSyntax(d));
    return diagnostics.filter((d) => kept.includes(d) || isKeywordName(d) || isUnreadableCharacter(d));
}
