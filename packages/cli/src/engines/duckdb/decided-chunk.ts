/**
 * A chunk of decided households as it goes from the thread that reads it out of DuckDB to a thread
 * that explains it (explain-threads.ts): each column one typed array, or one string and the lengths
 * of its pieces, which another thread gets in one copy each, where an array of values would be
 * copied value by value. Text that repeats travels as numbers into lists of words every thread has.
 */
import type { HouseholdStatus, Value } from '@kaidah/engine';
import type { Cell } from './session.js';

export type ChunkColumn =
    /** Numbers, NaN where DuckDB has NULL (as the JS engine holds a missing value). */
    | { kind: 'numbers'; values: Float64Array }
    /** Yes/no as 1 and 0, -1 for NULL. */
    | { kind: 'yesno'; values: Int8Array }
    /** Numbers into the list of words `list`, -1 for NULL. */
    | { kind: 'words'; ids: Int32Array; list: number }
    /** The texts one after another in `text`, each `lengths` long, -1 for NULL. */
    | { kind: 'texts'; text: string; lengths: Int32Array }
    /** Anything else, value by value. */
    | { kind: 'cells'; cells: Cell[] };

export interface DecidedChunk {
    count: number;
    /** 0 decided at once, 1 a candidate. */
    phases: Uint8Array;
    /** The district's index in the Plan, -1 for none. */
    kds: Int32Array;
    /** The category's index in the Plan, -1 for none. */
    gs: Int32Array;
    /** The benefit the SQL worked out. */
    benefits: Float64Array;
    /** Each schema column's values. */
    columns: ChunkColumn[];
    /** The statuses of the chunk's candidates, in order, from the ranking (filled in once it is known). */
    candidates: HouseholdStatus[];
}

/** A column's typed values as the JS engine holds them (a missing one NaN). */
export function columnValues(column: ChunkColumn, count: number, words: readonly (readonly string[])[]): Value[] {
    const values = new Array<Value>(count);
    switch (column.kind) {
        case 'numbers':
            for (let r = 0; r < count; r++) values[r] = column.values[r]!;
            break;
        case 'yesno':
            for (let r = 0; r < count; r++) values[r] = column.values[r]! < 0 ? NaN : column.values[r] === 1;
            break;
        case 'words': {
            const list = words[column.list]!;
            for (let r = 0; r < count; r++) values[r] = column.ids[r]! < 0 ? NaN : list[column.ids[r]!]!;
            break;
        }
        case 'texts': {
            let at = 0;
            for (let r = 0; r < count; r++) {
                const length = column.lengths[r]!;
                if (length < 0) values[r] = NaN;
                else values[r] = column.text.slice(at, (at += length));
            }
            break;
        }
        case 'cells':
            for (let r = 0; r < count; r++) values[r] = column.cells[r] ?? NaN;
            break;
    }
    return values;
}

/** A column of values read out of DuckDB (numbers, yes/no or anything else), typed as it can travel. */
export function typedColumn(cells: readonly Cell[]): ChunkColumn {
    const count = cells.length;
    let numbers = 0;
    let yesno = 0;
    for (let r = 0; r < count; r++) {
        const cell = cells[r];
        if (typeof cell === 'number') numbers++;
        else if (typeof cell === 'boolean') yesno++;
        else if (cell !== null) return { kind: 'cells', cells: cells as Cell[] };
    }
    if (yesno === 0) {
        const values = new Float64Array(count);
        for (let r = 0; r < count; r++) values[r] = cells[r] === null ? NaN : (cells[r] as number);
        return { kind: 'numbers', values };
    }
    if (numbers > 0) return { kind: 'cells', cells: cells as Cell[] };
    const values = new Int8Array(count);
    for (let r = 0; r < count; r++) values[r] = cells[r] === null ? -1 : cells[r] ? 1 : 0;
    return { kind: 'yesno', values };
}
