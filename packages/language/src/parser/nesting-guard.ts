import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser, type ParseResult } from 'langium';
import { blankOversized } from './size-guard.js';

/** Deeper than this, brackets or `not`s are surely a typing accident. */
export const maxNestingDepth = 24;
/** Longer than this, a formula is better split into several values (and Langium recurses once per operator). */
export const maxOperatorsPerFormula = 400;

export const nestingErrorMessage = 'kaidah:nesting-too-deep';
export const lengthErrorMessage = 'kaidah:formula-too-long';

/** Words that start a new declaration or clause: a formula's operators are counted from the last one. */
const clauseStarts = new Set([
    'program', 'use', 'household', 'constant', 'value', 'benefit', 'graduation', 'when', 'rank', 'every', 'district',
    'quantity', 'target', 'reward', 'test', 'expect', 'per', 'from', ',', '{', '}',
]);
const binaryOperators = new Set(['+', '-', '×', '*', '/', 'of', 'and', 'or', '<', '<=', '≤', '>', '>=', '≥', '=', '!=', '≠']);

/**
 * Chevrotain and Langium recurse once per nesting level and once per operator of a formula: a line of
 * a hundred `(`, a thousand `not`s or a sum of ten thousand terms overflow the stack. The language
 * server must survive any text, so what goes beyond the limits is blanked out (offsets kept, so every
 * other position stays right) and reported where it starts; so are over-long lines and files
 * (`size-guard.ts`), before the lexer sees them. Should anything still overflow, the file
 * reads as empty with the same report, and a fresh parser replaces the one left in a broken state.
 */
export function createGuardedParser(services: LangiumCoreServices): LangiumParser {
    let inner = createParser(services);
    const guarded = inner;
    const lexer = services.parser.Lexer;
    guarded.parse = <T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const bounded = blankOversized(input);
        const { text, excess } = blankExcess(bounded.text, lexer.tokenize(bounded.text).tokens);
        try {
            const result = inner.parseWithoutGuard<T>(text, options);
            if (bounded.oversized) result.parserErrors.push(guardError(input, bounded.oversized.offset, bounded.oversized.message));
            if (excess) result.parserErrors.push(guardError(input, excess.offset, excess.message));
            return result;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            inner = createParser(services);
            const result = inner.parseWithoutGuard<T>('', options);
            result.parserErrors.push(guardError(input, excess?.offset ?? 0, nestingErrorMessage));
            return result;
        }
    };
    return guarded;
}

function createParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    parser.parseWithoutGuard = parser.parse.bind(parser);
    measureLeavesByText(parser);
    return parser;
}

interface LeafBuilder {
    rootNode: { fullText: string };
    buildLeafNode(token: TokenLike, feature: unknown): unknown;
}

/**
 * In an Indonesian file a keyword token's image is the English keyword (`jika` reads as `when`,
 * keywords/kaidah-lexer.ts); Langium measures a syntax-tree leaf by its token's image, so the leaf
 * is given the text as written, and covers exactly the Indonesian word.
 */
function measureLeavesByText(parser: LangiumParser): void {
    const builder = (parser as unknown as { nodeBuilder: LeafBuilder }).nodeBuilder;
    const build = builder.buildLeafNode.bind(builder);
    builder.buildLeafNode = (token, feature) => {
        const written = token.endOffset === undefined ? token.image : builder.rootNode.fullText.slice(token.startOffset, token.endOffset + 1);
        return build(written === token.image ? token : { ...token, image: written }, feature);
    };
}

declare module 'langium' {
    interface LangiumParser {
        /** The parser's own `parse`, kept when the guard takes its place. */
        parseWithoutGuard<T extends AstNode = AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T>;
    }
}

interface TokenLike {
    image: string;
    startOffset: number;
    endOffset?: number;
    tokenType: { name: string };
}

interface Excess {
    offset: number;
    message: string;
}

/** The text with tokens beyond the limits replaced by spaces, and where the first such token was. */
function blankExcess(input: string, tokens: TokenLike[]): { text: string; excess?: Excess } {
    let excess: Excess | undefined;
    const blanked: TokenLike[] = [];
    const blank = (token: TokenLike, message: string) => {
        excess ??= { offset: token.startOffset, message };
        blanked.push(token);
    };
    let depth = 0;
    let prefixRun = 0;
    let operators = 0;
    let cutUntilClause = false;
    for (const token of tokens) {
        const word = token.image;
        if (clauseStarts.has(word)) {
            operators = 0;
            cutUntilClause = false;
        }
        if (cutUntilClause) {
            blank(token, lengthErrorMessage);
            continue;
        }
        if (word === '(') {
            depth++;
            if (depth > maxNestingDepth) blank(token, nestingErrorMessage);
        } else if (word === ')' && depth > 0) {
            if (depth > maxNestingDepth) blank(token, nestingErrorMessage);
            depth--;
        } else if (word === 'not' || (word === '-' && prefixRun > 0)) {
            prefixRun++;
            if (prefixRun > maxNestingDepth) blank(token, nestingErrorMessage);
            continue;
        } else if (binaryOperators.has(word)) {
            operators++;
            if (operators > maxOperatorsPerFormula) {
                cutUntilClause = true;
                blank(token, lengthErrorMessage);
            }
        }
        prefixRun = word === '-' || word === 'not' ? prefixRun + 1 : 0;
    }
    if (blanked.length === 0) return { text: input };
    // By UTF-16 code unit, as the lexer counts offsets.
    const units = input.split('');
    for (const token of blanked) {
        for (let i = token.startOffset; i <= (token.endOffset ?? token.startOffset + token.image.length - 1); i++) units[i] = units[i] === '\n' ? '\n' : ' ';
    }
    return { text: units.join(''), excess };
}

function guardError(input: string, offset: number, message: string) {
    // Lines end at LF, CRLF or CR, as the lexer counts them.
    const before = input.slice(0, offset);
    const breaks = before.match(/\r\n|\r|\n/g) ?? [];
    const line = breaks.length + 1;
    const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const token = {
        image: '', startOffset: offset, endOffset: offset, startLine: line, endLine: line, startColumn: column, endColumn: column,
        tokenTypeIdx: 0, tokenType: { name: 'GUARD', PATTERN: '' },
    };
    return { name: 'GuardError', message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}
