import { englishKeywords, indonesianKeywords, sharedKeywords, type RuleLanguage } from './keyword-table.js';

/** Spaces, comments, strings and other characters to skip, or one word (`yes/no` and `ya/tidak` included). */
const scanner = /\s+|\/\/[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:\\.|[^"\\\r\n])*"?|(ya\/tidak|yes\/no|[_a-zA-Z][_a-zA-Z0-9]*)|[\s\S]/y;

/**
 * The language a rule file is written in: that of its first keyword which belongs to one language
 * only (`household`, `keluarga`, `tahun`, `pakai`...). Every file begins with a keyword (`program` is
 * written alike, so the word after its name decides), so the file itself says it with no header line
 * to add and nothing to remember; translating a file changes its language with its words. A file
 * with no such keyword reads the same in both languages and is taken as English.
 */
export function fileLanguage(text: string): RuleLanguage {
    return languageEvidence(text).lang;
}

/**
 * A file's language and the keyword, as written, that tells it (none for a file taken as English by
 * default); `first` when the file starts with it (`keluarga`, not `program "..." tahun`).
 */
export function languageEvidence(text: string): { lang: RuleLanguage; keyword?: string; first?: boolean } {
    scanner.lastIndex = 0;
    let match: RegExpExecArray | null;
    let first = true;
    while ((match = scanner.exec(text)) !== null) {
        const word = match[1];
        if (word === undefined) continue;
        if (englishKeywords.has(word)) return { lang: 'en', keyword: word, first };
        if (indonesianKeywords.has(word)) return { lang: 'id', keyword: word, first };
        first = false;
        if (sharedKeywords.has(word)) continue;
        // A name before any keyword: a broken file; its keywords further on still tell.
        if (scanner.lastIndex >= text.length) break;
    }
    return { lang: 'en' };
}
