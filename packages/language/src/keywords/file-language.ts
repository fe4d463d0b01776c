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
    scanner.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = scanner.exec(text)) !== null) {
        const word = match[1];
        if (word === undefined || sharedKeywords.has(word)) continue;
        if (englishKeywords.has(word)) return 'en';
        if (indonesianKeywords.has(word)) return 'id';
        // A name before any keyword: a broken file; its keywords further on still tell.
        if (scanner.lastIndex >= text.length) break;
    }
    return 'en';
}
