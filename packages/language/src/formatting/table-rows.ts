import { GrammarUtils, type AstNode, type CstNode } from 'langium';
import {
    isColumn,
    isComponent,
    isMoneyLiteral,
    isQuantity,
    isQuantitySetting,
    isReward,
    isTarget,
    isTestField,
} from '../generated/ast.js';
import type { Piece } from './layout-lines.js';

/**
 * The lines that read as tables and line up in columns: the household schema, the benefit
 * components, the quantities of `every district`, a district's settings, targets and rewards, and the
 * fields of a test household. Each row is cut into cells at fixed places (its slots); the aligner pads
 * every cell of a slot to the widest one in the same table.
 */
export interface TableRow {
    /** Rows with the same table key line up with each other: one table per block and kind of row. */
    table: AstNode;
    kind: string;
    cells: string[];
    /** Spaces before each slot (the first is unused): two between columns, one where words read on. */
    gaps: readonly number[];
    /** Slots whose text is right-aligned (the figures of Rupiah amounts). */
    rightAligned: ReadonlySet<number>;
    /** From this slot on, the rest of the row is printed as it comes and is not measured. */
    unmeasuredFrom?: number;
}

const noRightAlignment: ReadonlySet<number> = new Set();

/**
 * The row's cells, or undefined when the row is not a table row. `pieces` are the row's tokens on its
 * one line, in order.
 */
export function tableRowOf(row: AstNode, pieces: Piece[]): TableRow | undefined {
    const cst = row.$cstNode;
    if (!cst || !row.$container) return undefined;
    const slotStarts: Array<[number, number]> = [];
    const at = (slot: number, node: CstNode | undefined) => {
        if (node) slotStarts.push([node.offset, slot]);
    };
    const before = (slot: number, node: CstNode | undefined) => {
        const index = node ? pieces.findIndex((p) => p.leaf.offset === node.offset) : -1;
        if (index > 0) slotStarts.push([pieces[index - 1].leaf.offset, slot]);
    };
    const property = (name: string) => GrammarUtils.findNodeForProperty(cst, name);

    if (isColumn(row)) {
        // name  type  key  "label"  column "header", where `between 1 and 10` takes the place of `key`
        // (a key is text, and text has no range, so the two rarely meet and share one slot).
        at(1, property('type'));
        at(2, property('key'));
        if (!row.key) before(2, property('min'));
        at(3, property('label'));
        before(4, property('header'));
        return cut(row, 'column', pieces, slotStarts, [0, 2, 2, 2, 2]);
    }
    if (isComponent(row)) {
        // name  Rp 3.000.000 from ...: the figure right-aligned, so that `Rp   900.000` lines up.
        const first = row.amounts[0]?.value;
        if (isMoneyLiteral(first) && first.$cstNode) {
            const money = first.$cstNode.offset;
            slotStarts.push([money, 1]);
            const rest = pieces.find((p) => p.leaf.offset > money);
            if (rest) slotStarts.push([rest.leaf.offset, 3]);
            const cells = cut(row, 'component', pieces, slotStarts, [0, 2, 1, 1], new Set([2]));
            if (!cells) return undefined;
            const [rp, ...figure] = cells.cells[1].split(' ');
            cells.cells.splice(1, 1, rp, figure.join(' '));
            return cells;
        }
        at(1, property('amounts'));
        const cells = cut(row, 'component', pieces, slotStarts, [0, 2, 1, 1]);
        return cells && { ...cells, unmeasuredFrom: 1 };
    }
    if (isQuantity(row)) {
        // quantity name  type  "label"  = default
        at(1, property('name'));
        at(2, property('type'));
        at(3, property('label'));
        before(4, property('default'));
        return cut(row, 'quantity', pieces, slotStarts, [0, 1, 2, 2, 2]);
    }
    if (isQuantitySetting(row) || isTestField(row)) {
        // facilitators  258
        at(1, property('value'));
        return cut(row, 'setting', pieces, slotStarts, [0, 2]);
    }
    if (isTarget(row) || isReward(row)) {
        // target self_reliant = facilitators × 10
        at(1, property('category'));
        before(2, property(isTarget(row) ? 'formula' : 'amount'));
        return cut(row, 'assignment', pieces, slotStarts, [0, 1, 1]);
    }
    return undefined;
}

function cut(
    row: AstNode,
    kind: string,
    pieces: Piece[],
    slotStarts: Array<[number, number]>,
    gaps: readonly number[],
    rightAligned: ReadonlySet<number> = noRightAlignment,
): TableRow {
    const starts = new Map(slotStarts);
    const cells: string[] = [];
    let slot = 0;
    for (const piece of pieces) {
        const start = starts.get(piece.leaf.offset);
        if (start !== undefined && start > slot) slot = start;
        while (cells.length <= slot) cells.push('');
        cells[slot] += cells[slot].length > 0 && piece.spaced ? ` ${piece.text}` : piece.text;
    }
    return { table: row.$container!, kind, cells, gaps, rightAligned };
}
