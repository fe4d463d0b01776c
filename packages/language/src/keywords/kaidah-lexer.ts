import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { fileLanguage } from './file-language.js';
import { keywordPhrases, sharedKeywords, type KeywordPhrase } from './keyword-table.js';

interface PhraseMatcher {
    phrase: KeywordPhrase;
    /** The whole phrase at a position: its parts separated by spaces or tabs, on one line. */
    pattern: RegExp;
}

/** Phrases by their first Indonesian word, longer ones first. */
const matchersByFirstWord = new Map<string, PhraseMatcher[]>();
for (const phrase of keywordPhrases) {
    const words = phrase.id.join(' ').split(' ');
    const source = phrase.id.map((part) => `(${part.split(' ').map(escape).join('[ \\t]+')})`).join('[ \\t]+');
    const first = words[0]!.split('/')[0]!;
    const list = matchersByFirstWord.get(first) ?? [];
    list.push({ phrase, pattern: new RegExp(`${source}(?![_a-zA-Z0-9])`, 'dy') });
    matchersByFirstWord.set(first, list);
}

function escape(word: string): string {
    return word.replace(/[/]/g, '\\/');
}

/**
 * Reads a file in the language it is written in (file-language.ts). An English file is read as the
 * grammar is written. In an Indonesian file, each Indonesian keyword phrase becomes the English
 * keyword tokens it stands for — same place in the text, English image — so the parser, the syntax
 * tree and everything after it are one for both languages; and the English keywords are plain names
 * there, so a column may be called `value` in an Indonesian file as `nilai` in an English one.
 * (Names keep the text as written: see name-converter.ts.)
 */
export class KaidahLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (fileLanguage(text) === 'en') return result;
        return { ...result, tokens: this.readIndonesian(text, result.tokens) };
    }

    private readIndonesian(text: string, tokens: IToken[]): IToken[] {
        const id = this.definition['ID']!;
        const out: IToken[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i]!;
            const word = token.tokenType === id || isWord(token) ? matchersByFirstWord.get(token.image) : undefined;
            const found = word && matchPhrase(word, text, token.startOffset);
            if (found) {
                const { phrase, parts } = found;
                const end = parts[parts.length - 1]!.end;
                while (i + 1 < tokens.length && tokens[i + 1]!.startOffset < end) i++;
                phrase.en.forEach((keyword, k) => {
                    const english = phrase.id[k] === 'dari' ? this.englishKeyword(keyword, out) : this.definition[keyword]!;
                    out.push(partToken(token, parts[k]!, english.name, english));
                });
            } else if (isWord(token) && !sharedKeywords.has(token.image)) {
                // An English keyword in an Indonesian file is a plain name.
                out.push({ ...token, tokenType: id, tokenTypeIdx: id.tokenTypeIdx! });
            } else {
                out.push(token);
            }
        }
        return out;
    }

    /** `dari` reads a table after a test's name (`uji "..." dari "kasus.xlsx"`) and is `of` elsewhere. */
    private englishKeyword(keyword: string, before: IToken[]): TokenType {
        const afterTestName = before.length >= 2 && before[before.length - 1]!.tokenType.name === 'STRING'
            && before[before.length - 2]!.tokenType.name === 'test';
        const name = keyword === 'of' || keyword === 'from' ? (afterTestName ? 'from' : 'of') : keyword;
        return this.definition[name]!;
    }
}

/** A keyword token made of letters (not `{`, `=` or `×`). */
function isWord(token: IToken): boolean {
    return token.tokenType.name === token.image && /^[a-z]/.test(token.image);
}

interface Part {
    start: number;
    end: number;
}

function matchPhrase(matchers: PhraseMatcher[], text: string, offset: number): { phrase: KeywordPhrase; parts: Part[] } | undefined {
    for (const { phrase, pattern } of matchers) {
        pattern.lastIndex = offset;
        const match = pattern.exec(text) as (RegExpExecArray & { indices: [number, number][] }) | null;
        if (match) return { phrase, parts: phrase.id.map((_, k) => ({ start: match.indices[k + 1]![0], end: match.indices[k + 1]![1] })) };
    }
    return undefined;
}

/** A token for one part of a phrase, on the phrase's line; its image is the English keyword. */
function partToken(first: IToken, part: Part, image: string, type: TokenType): IToken {
    const startColumn = (first.startColumn ?? 1) + (part.start - first.startOffset);
    return {
        image,
        startOffset: part.start,
        endOffset: part.end - 1,
        startLine: first.startLine,
        endLine: first.startLine,
        startColumn,
        endColumn: startColumn + (part.end - part.start) - 1,
        tokenType: type,
        tokenTypeIdx: type.tokenTypeIdx!,
    };
}
