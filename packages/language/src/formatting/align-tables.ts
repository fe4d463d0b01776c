import type { AstNode } from 'langium';
import { indentWidth, type Layout, type LayoutLine, type Piece } from './layout-lines.js';
import { tableRowOf, type TableRow } from './table-rows.js';

/**
 * Second pass of the formatter: prints the lines, lining up the cells of every table (all rows of
 * one kind in one block, see table-rows.ts) and joining the rest with the spaces the first pass chose.
 * A row broken over several lines or with a comment inside it is printed as it comes, unaligned.
 */
export function printLayout(layout: Layout): string {
    const rows = layout.lines.map((line) => tableRowOnLine(line, layout));
    const widths = slotWidths(rows);
    const out: string[] = [];
    layout.lines.forEach((line, index) => {
        if (line.blankBefore) out.push('');
        const margin = ' '.repeat(line.indent * indentWidth);
        const row = rows[index];
        const body = row ? printRow(row.row, widths.get(tableKey(row.row))!) + trailing(row.trailing) : joinPieces(line.pieces);
        out.push(margin + body);
    });
    return out.length === 0 ? '' : out.join('\n') + '\n';
}

interface RowOnLine {
    row: TableRow;
    /** Comments after the row on the same line. */
    trailing: Piece[];
}

function tableRowOnLine(line: LayoutLine, layout: Layout): RowOnLine | undefined {
    const first = line.pieces[0];
    if (!first || first.comment || !first.owner) return undefined;
    const owner: AstNode = first.owner;
    const tokens = line.pieces.filter((p) => !p.comment);
    const trailing = line.pieces.slice(tokens.length);
    // The row must be whole on this line, its tokens first and any comments only after them.
    if (trailing.some((p) => !p.comment) || tokens.some((p) => p.owner !== owner)) return undefined;
    if (layout.lastTokenOf.get(owner) !== tokens[tokens.length - 1].leaf) return undefined;
    if (owner.$cstNode && tokens[0].leaf.offset !== firstTokenOffset(owner)) return undefined;
    const row = tableRowOf(owner, tokens);
    return row && { row, trailing };
}

function firstTokenOffset(node: AstNode): number {
    return node.$cstNode!.offset;
}

function tableKey(row: TableRow): string {
    return `${row.kind}@${row.table.$cstNode?.offset ?? -1}`;
}

/** For every table, the width of each slot: its widest measured cell. */
function slotWidths(rows: Array<RowOnLine | undefined>): Map<string, number[]> {
    const widths = new Map<string, number[]>();
    for (const entry of rows) {
        if (!entry) continue;
        const { row } = entry;
        const key = tableKey(row);
        const table = widths.get(key) ?? [];
        const measured = row.unmeasuredFrom ?? row.cells.length;
        row.cells.forEach((cell, slot) => {
            if (slot < measured) table[slot] = Math.max(table[slot] ?? 0, cell.length);
        });
        widths.set(key, table);
    }
    return widths;
}

function printRow(row: TableRow, widths: number[]): string {
    let last = row.cells.length - 1;
    while (last > 0 && row.cells[last] === '') last--;
    let text = '';
    for (let slot = 0; slot <= last; slot++) {
        const cell = row.cells[slot] ?? '';
        const width = widths[slot] ?? 0;
        if (slot > 0 && (width > 0 || cell.length > 0)) text += ' '.repeat(row.gaps[slot] ?? 1);
        if (row.unmeasuredFrom !== undefined && slot >= row.unmeasuredFrom) {
            text += cell;
            continue;
        }
        if (row.rightAligned.has(slot)) text += cell.padStart(width);
        else text += slot === last ? cell : cell.padEnd(width);
    }
    return text;
}

function trailing(comments: Piece[]): string {
    return comments.map((c) => ` ${c.text}`).join('');
}

function joinPieces(pieces: Piece[]): string {
    return pieces.map((p, i) => (i > 0 && p.spaced ? ` ${p.text}` : p.text)).join('');
}
