import { CstUtils, type AstNode, type LeafCstNode } from 'langium';
import { isComponent, isConstant, isExpression, isMinus, isRounding, isRuleFile, isUse } from '../generated/ast.js';

/**
 * First pass of the formatter: walks the tokens of a parsed rule file (comments included) and decides,
 * for each gap between two tokens, whether it is a new line (and how far indented, after how many
 * blank lines), one space or nothing. The result is a list of lines of pieces; aligning tables is
 * the second pass (align-tables.ts), which is why pieces keep their tokens.
 *
 * The layout depends only on the tokens, the syntax tree and where the officer broke lines inside a
 * formula, never on the spaces written, so formatting twice gives the same text.
 */

/** Nodes that begin a line of their own: one declaration, setting, test field or expectation each. */
const rowTypes = new Set([
    'Program', 'Use', 'Column', 'Constant', 'Value', 'Component', 'Graduation', 'Quantity', 'Target', 'Reward',
    'QuantitySetting', 'TestField', 'ExpectCategory', 'ExpectTarget', 'ExpectValue',
    'ConstantOverride', 'Adaptation', 'TestCaseload',
]);

/** Nodes whose `{ ... }` indents what they hold. */
const blockTypes = new Set(['Household', 'Benefit', 'DistrictDefaults', 'District', 'TestCase', 'TestHousehold']);

/** Spaces per level of indentation: the one layout, whatever the editor's tab settings say. */
export const indentWidth = 2;

export interface Piece {
    /** The token as it is printed (`Rp1.500.000` is printed `Rp 1.500.000`). */
    text: string;
    /** Whether one space separates it from the piece before it on the line. */
    spaced: boolean;
    leaf: LeafCstNode;
    comment: boolean;
    /** The declaration, setting or block the token belongs to (undefined for comments). */
    owner?: AstNode;
}

export interface LayoutLine {
    /** Levels of indentation, each `indentWidth` spaces. */
    indent: number;
    blankBefore: boolean;
    pieces: Piece[];
}

export interface Layout {
    lines: LayoutLine[];
    /** The last token of each row, to tell a row written on one line from one broken over several. */
    lastTokenOf: Map<AstNode, LeafCstNode>;
}

type Gap =
    | { kind: 'none' | 'space' }
    | { kind: 'line'; indent: number; blank: number | 'preserve'; newBase?: number };

export function layoutLines(root: AstNode): Layout {
    const cst = root.$cstNode;
    const lines: LayoutLine[] = [];
    const lastTokenOf = new Map<AstNode, LeafCstNode>();
    if (!cst) return { lines, lastTokenOf };
    const fullText = cst.root.fullText;
    const owners = new Map<AstNode, AstNode>();
    const started = new Set<AstNode>();
    let depth = 0;
    /** Indentation of the line the current row (or its `when`/`rank by` clause) started on. */
    let lineBase = 0;
    let line: LayoutLine | undefined;

    const newlinesBetween = (a: LeafCstNode, b: LeafCstNode) => countNewlines(fullText, a.end, b.offset);
    const ownerOf = (leaf: LeafCstNode) => rowOrBlockOf(leaf.astNode, owners);

    const startLine = (indent: number, blank: number) => {
        line = { indent, blankBefore: lines.length > 0 && blank > 0, pieces: [] };
        lines.push(line);
    };
    const append = (leaf: LeafCstNode, spaced: boolean, owner?: AstNode) => {
        if (!line) startLine(0, 0);
        const comment = leaf.hidden;
        const text = comment ? commentText(leaf, fullText, line!.indent, line!.pieces.length === 0) : tokenText(leaf);
        line!.pieces.push({ text, spaced: spaced && line!.pieces.length > 0, leaf, comment, ...(owner ? { owner } : {}) });
    };

    const structuralGap = (previous: LeafCstNode | undefined, token: LeafCstNode, owner: AstNode): Gap => {
        if (isBrace(token, '}')) return { kind: 'line', indent: depth, blank: 0 };
        if (!started.has(owner)) {
            if (!previous) return { kind: 'line', indent: depth, blank: 0, newBase: depth };
            if (isRuleFile(owner.$container)) {
                // One blank line between top-level declarations; `use` lines stay together.
                const afterUse = isUse(owner) && isUse(topLevelOf(previous.astNode));
                return { kind: 'line', indent: depth, blank: afterUse ? 0 : 1, newBase: depth };
            }
            const blank = isBrace(previous, '{') ? 0 : 'preserve';
            return { kind: 'line', indent: depth, blank, newBase: depth };
        }
        if (isClauseKeyword(token)) return { kind: 'line', indent: depth + 1, blank: 0, newBase: depth + 1 };
        if (!previous) return { kind: 'space' };
        // Inside a formula (or a list of dated values) a line break the officer chose is kept.
        const breakable = sameFormula(previous, token) || isDatedListComma(previous);
        if (breakable && newlinesBetween(previous, token) > 0) return { kind: 'line', indent: lineBase + 1, blank: 0 };
        return { kind: noSpaceBetween(previous, token) ? 'none' : 'space' };
    };

    const place = (previous: LeafCstNode | undefined, comments: LeafCstNode[], token: LeafCstNode | undefined) => {
        const owner = token && ownerOf(token);
        const gap: Gap = token ? structuralGap(previous, token, owner!) : { kind: 'line', indent: 0, blank: 'preserve' };
        const continuation = lineBase + 1;
        const closing = token !== undefined && isBrace(token, '}');
        // A fixed number of blank lines goes before the first thing on its own line (a comment that
        // documents the declaration, or the declaration itself); before `}` it goes on the brace.
        let forced = gap.kind === 'line' && gap.blank !== 'preserve' && !closing ? gap.blank : undefined;
        let before = previous as LeafCstNode | undefined;
        for (const comment of comments) {
            const newlines = before ? newlinesBetween(before, comment) : 0;
            if (before && newlines === 0 && !isLineComment(before)) {
                append(comment, true);
            } else {
                const indent = gap.kind === 'line' ? gap.indent + (closing ? 1 : 0) : continuation;
                const blank = !before ? 0 : forced ?? preserved(newlines);
                forced = undefined;
                startLine(indent, blank);
                append(comment, false);
            }
            before = comment;
        }
        if (!token) return;
        if (gap.kind === 'line') {
            const blank = closing ? 0 : forced ?? (before ? preserved(newlinesBetween(before, token)) : 0);
            startLine(gap.indent, blank);
            append(token, false, owner);
            if (gap.newBase !== undefined) lineBase = gap.newBase;
        } else if (comments.length > 0 && (isLineComment(before!) || newlinesBetween(before!, token) > 0)) {
            startLine(continuation, 0);
            append(token, false, owner);
        } else {
            append(token, gap.kind === 'space' || comments.length > 0, owner);
        }
        started.add(owner!);
        lastTokenOf.set(owner!, token);
    };

    let previous: LeafCstNode | undefined;
    let comments: LeafCstNode[] = [];
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.hidden) {
            if (isComment(leaf)) comments.push(leaf);
            continue;
        }
        if (isBrace(leaf, '}')) depth = Math.max(0, depth - 1);
        place(previous, comments, leaf);
        if (isBrace(leaf, '{')) depth++;
        comments = [];
        previous = leaf;
    }
    place(previous, comments, undefined);
    return { lines, lastTokenOf };
}

/** At most one blank line is kept where the officer left some. */
function preserved(newlines: number): number {
    return Math.min(Math.max(newlines - 1, 0), 1);
}

/** Line breaks between two offsets, each of LF, CRLF and CR counting once, so every ending lays out alike. */
function countNewlines(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
}

function rowOrBlockOf(node: AstNode, cache: Map<AstNode, AstNode>): AstNode {
    const known = cache.get(node);
    if (known) return known;
    let current = node;
    while (!rowTypes.has(current.$type) && !blockTypes.has(current.$type) && current.$container) current = current.$container;
    cache.set(node, current);
    return current;
}

function topLevelOf(node: AstNode): AstNode {
    let current = node;
    while (current.$container && !isRuleFile(current.$container)) current = current.$container;
    return current;
}

function isKeyword(leaf: LeafCstNode, value: string): boolean {
    // By token type: in an Indonesian file `when` is written `jika` (keywords/kaidah-lexer.ts).
    return leaf.tokenType.name === value;
}

function isBrace(leaf: LeafCstNode, brace: '{' | '}'): boolean {
    return isKeyword(leaf, brace) && blockTypes.has(leaf.astNode.$type);
}

/** `when` and `rank` begin the indented clauses of a graduation rule (and of a district's adaptation of one). */
function isClauseKeyword(leaf: LeafCstNode): boolean {
    const type = leaf.astNode.$type;
    return (type === 'Graduation' && (isKeyword(leaf, 'when') || isKeyword(leaf, 'rank'))) || (type === 'Adaptation' && isKeyword(leaf, 'when'));
}

function isComment(leaf: LeafCstNode): boolean {
    return leaf.tokenType.name === 'ML_COMMENT' || leaf.tokenType.name === 'SL_COMMENT';
}

function isLineComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && leaf.tokenType.name === 'SL_COMMENT';
}

function outermostFormula(node: AstNode): AstNode | undefined {
    if (!isExpression(node)) return undefined;
    let current = node;
    while (current.$container && isExpression(current.$container)) current = current.$container;
    return current;
}

function sameFormula(a: LeafCstNode, b: LeafCstNode): boolean {
    const formula = outermostFormula(a.astNode);
    return formula !== undefined && formula === outermostFormula(b.astNode);
}

/** The comma between two dated values: `Rp 550.458 from 2023-03-01,⏎ Rp 582.932 from 2024-03-01`. */
function isDatedListComma(leaf: LeafCstNode): boolean {
    return isKeyword(leaf, ',') && (isConstant(leaf.astNode) || isComponent(leaf.astNode));
}

/** `(x)`, `a, b`, `round down(x)` and `-x` take no space; every other pair of tokens takes one. */
function noSpaceBetween(previous: LeafCstNode, token: LeafCstNode): boolean {
    if (isKeyword(previous, '(')) return true;
    if (isKeyword(token, ')') || isKeyword(token, ',')) return true;
    if (isKeyword(token, '(') && isRounding(token.astNode)) return true;
    return isKeyword(previous, '-') && isMinus(previous.astNode);
}

/** Amounts and percentages are printed one way: `Rp 1.500.000`, `Rp 1,5 juta`, `80%`. */
function tokenText(leaf: LeafCstNode): string {
    switch (leaf.tokenType.name) {
        case 'MONEY':
            return leaf.text.replace(/^Rp[ \t]*/, 'Rp ').replace(/[ \t]*(ribu|juta|miliar|triliun)$/, ' $1');
        case 'PERCENT':
            return leaf.text.replace(/[ \t]+%$/, '%');
        default:
            // An Indonesian keyword of two words (`ke bawah`, `tidak ada`) takes one space between them.
            return /^[a-z]/.test(leaf.tokenType.name) ? leaf.text.replace(/[ \t]+/g, ' ') : leaf.text;
    }
}

/**
 * A comment keeps its words; trailing spaces go, and the lines of a block comment on a line of its own
 * move with it (a doc comment inside a district block keeps its ` * ` column under the `/**`). A block
 * comment after code on the same line keeps its other lines as written.
 */
function commentText(leaf: LeafCstNode, fullText: string, indent: number, ownLine: boolean): string {
    const lines = leaf.text.split(/\r\n|\r|\n/).map((l) => l.trimEnd());
    if (lines.length === 1 || !ownLine) return lines.join('\n');
    const column = leaf.offset - (Math.max(fullText.lastIndexOf('\n', leaf.offset - 1), fullText.lastIndexOf('\r', leaf.offset - 1)) + 1);
    const margin = ' '.repeat(indent * indentWidth);
    return [lines[0], ...lines.slice(1).map((l) => {
        const rest = l.slice(Math.min(column, /^[ \t]*/.exec(l)![0].length));
        return rest.length > 0 ? margin + rest : '';
    })].join('\n');
}
