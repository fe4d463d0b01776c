/**
 * A keyword of the other language written in a file: in an Indonesian file an English keyword is a
 * plain name (kaidah-lexer.ts), so `when` where `jika` belongs makes the parser stumble. The officer
 * should read one clear sentence saying which language the file is in and what to write instead,
 * not "expected `jika` but found `when`".
 */
import { englishKeywords, indonesianKeywords, keywordPhrases, sharedKeywords } from '../keywords/keyword-table.js';

export interface OtherLanguageKeyword {
    /** The English keyword phrase as the file writes it (`round down`). */
    written: string;
    /** The Indonesian phrase to write instead (`bulatkan ke bawah`). */
    meant: string;
    /** Where the English phrase is in the text. */
    start: number;
    end: number;
}

const escape = (word: string) => word.replace(/[/]/g, '\\/');

/** What the text before a word on its line says of the syntax rule it stands in, where the parser's own stack does not. */
const contextBefore: Readonly<Record<string, RegExp>> = {
    TestCase: /\b(?:uji|test)[ \t]+"(?:\\.|[^"\\])*"[ \t]+$/,
    ExpectTarget: /\b(?:harapkan|expect)[ \t]+target[ \t]+[_a-zA-Z][_a-zA-Z0-9]*[ \t]+$/,
};

/**
 * The English keyword phrase the word at `start`..`end` of an Indonesian file belongs to (with the
 * words around it on its line: `round` before `down`), and its Indonesian form; `within` (the syntax
 * rules the parser was in) picks between two forms (`from` is `dari` in a test, `mulai` elsewhere).
 */
export function englishKeywordAt(text: string, start: number, end: number, within: readonly string[]): OtherLanguageKeyword | undefined {
    const word = text.slice(start, end);
    if (!englishKeywords.has(word) || indonesianKeywords.has(word) || sharedKeywords.has(word)) return undefined;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    for (const phrase of keywordPhrases) {
        if (phrase.within !== undefined && !within.includes(phrase.within) && !contextBefore[phrase.within]?.test(before)) continue;
        const at = phrase.en.indexOf(word);
        if (at < 0) continue;
        const preceding = phrase.en.slice(0, at).map(escape);
        const following = phrase.en.slice(at + 1).map(escape);
        const wordsBefore = preceding.length === 0 ? undefined : new RegExp(`(?<![_a-zA-Z0-9])${preceding.join('[ \\t]+')}[ \\t]+$`).exec(before);
        const wordsAfter = following.length === 0 ? undefined : new RegExp(`^[ \\t]+${following.join('[ \\t]+')}(?![_a-zA-Z0-9])`).exec(after);
        if ((preceding.length > 0 && !wordsBefore) || (following.length > 0 && !wordsAfter)) continue;
        return {
            written: phrase.en.join(' '),
            meant: phrase.id.join(' '),
            start: wordsBefore ? lineStart + wordsBefore.index : start,
            end: end + (wordsAfter?.[0].length ?? 0),
        };
    }
    return undefined;
}
