import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createLangiumParser } from 'langium';

/** Deeper than this, brackets are surely a typing accident; chevrotain's recovery would overflow the stack. */
export const maxNestingDepth = 24;

export const nestingErrorMessage = 'kaidah:nesting-too-deep';

/**
 * Chevrotain recurses once per open bracket, and its error recovery walks the grammar recursively
 * again: a line of a hundred `(` ends in a stack overflow. The language server must survive any text,
 * so brackets beyond `maxNestingDepth` are blanked out (offsets kept) and reported; anything else that
 * still overflows leaves an empty file with the same report.
 */
export function createGuardedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = <T extends import('langium').AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const { text, firstExcess } = blankExcessNesting(input);
        try {
            const result = parse<T>(text, options);
            if (firstExcess !== undefined) result.parserErrors.push(nestingError(input, firstExcess));
            return result;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            const result = parse<T>('', options);
            result.parserErrors.push(nestingError(input, firstExcess ?? 0));
            return result;
        }
    };
    return parser;
}

/** The text with every bracket deeper than the limit (and its closing partner) replaced by a space. */
export function blankExcessNesting(input: string): { text: string; firstExcess?: number } {
    let depth = 0;
    let firstExcess: number | undefined;
    let chars: string[] | undefined;
    for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (c === '"') {
            i = skipString(input, i);
        } else if (c === '/' && input[i + 1] === '/') {
            i = input.indexOf('\n', i) === -1 ? input.length : input.indexOf('\n', i);
        } else if (c === '/' && input[i + 1] === '*') {
            const end = input.indexOf('*/', i + 2);
            i = end === -1 ? input.length : end + 1;
        } else if (c === '(') {
            depth++;
            if (depth > maxNestingDepth) {
                firstExcess ??= i;
                (chars ??= [...input])[i] = ' ';
            }
        } else if (c === ')' && depth > 0) {
            if (depth > maxNestingDepth) (chars ??= [...input])[i] = ' ';
            depth--;
        }
    }
    return chars ? { text: chars.join(''), firstExcess } : { text: input };
}

function skipString(input: string, start: number): number {
    for (let i = start + 1; i < input.length; i++) {
        if (input[i] === '\\') i++;
        else if (input[i] === '"' || input[i] === '\n') return i;
    }
    return input.length;
}

function nestingError(input: string, offset: number) {
    const before = input.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const token = {
        image: '(', startOffset: offset, endOffset: offset, startLine: line, endLine: line, startColumn: column, endColumn: column,
        tokenTypeIdx: 0, tokenType: { name: 'NESTING', PATTERN: '(' },
    };
    return { name: 'NestingError', message: nestingErrorMessage, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}
