/**
 * Settling the rows whose key was met before (see evaluate-caseload.ts): each such row was held
 * back during the read. Here both it and the key's first row are read again from the source and
 * compared on their real text, key first, then every value as the schema reads it (`Rp 1.500.000`
 * and `1500000` are the same money):
 * - another key after all (two keys with one fingerprint): a household of its own, to decide now;
 * - the same key with the same values: a duplicate of the first row, rejected as such;
 * - the same key with different values: nobody can know which row is right, so every row of the
 *   key is rejected, the first one too (the caller takes back its decision).
 * Rows are read again a batch at a time, so that memory stays bounded however many repeat.
 */
import { normaliseDistrictName, type RowResult, type Value } from '@kaidah/engine';
import { headerAt, type HouseholdSource } from '../data/household-source.js';
import type { HouseholdIndex } from './household-index.js';
import { DataChangedError } from './data-changed.js';

/** The rows held back during the read: row, position and the index entry of the key's first row. */
export class HeldRows {
    readonly rows: number[] = [];
    readonly positions: number[] = [];
    readonly entries: number[] = [];
    hold(row: number, position: number, entry: number): void {
        this.rows.push(row);
        this.positions.push(position);
        this.entries.push(entry);
    }
    get count(): number {
        return this.rows.length;
    }
}

export interface RowAt {
    row: number;
    position: number;
    fields: string[];
    values: Value[];
    /** The key's first row, decided during the read. */
    first: boolean;
}

export interface RepeatHandlers {
    duplicate(repeat: RowAt, of: RowAt, key: string): void;
    /** Every row of the key, in row order; `rows[0].first` when the first row was decided. */
    conflict(rows: RowAt[], key: string): void;
    /** A row held back whose key was not met before after all. */
    newHousehold(row: RowAt): void;
}

const BATCH_ROWS = 20_000;

/** Reads again the records at `positions` (ascending): by seeking where the source can, else by reading it once more. */
export async function recallRecords(
    source: HouseholdSource,
    positions: ArrayLike<number>,
    onRecord: (index: number, fields: string[]) => void,
): Promise<void> {
    if (source.kind === 'csv' || source.kind === 'ndjson') return source.recall(positions, onRecord);
    let next = 0;
    await source.read(headerAt(source.headerRow), (record) => {
        while (next < positions.length && positions[next]! < record.position) next++;
        if (next < positions.length && positions[next] === record.position) onRecord(next++, record.fields.slice());
        return next < positions.length;
    });
}

const sameValue = (a: Value | undefined, b: Value | undefined) => a === b || (a !== a && b !== b);

/** The same values; the district compared as one district (`KAB. JEMBER` is `Kabupaten Jember`). */
function sameValues(a: Value[], b: Value[], districtSlot: number): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (sameValue(a[i], b[i])) continue;
        if (i !== districtSlot || normaliseDistrictName(String(a[i])) !== normaliseDistrictName(String(b[i]))) return false;
    }
    return true;
}

/** What settling the held rows needs: the rows, where to find them again, how to read and compare them, whom to tell. */
export interface RepeatSettling {
    held: HeldRows;
    index: HouseholdIndex;
    source: HouseholdSource;
    /** The row reader's `read`: a record's fields as the schema types them. */
    read: (fields: string[]) => RowResult;
    keySlot: number;
    districtSlot: number;
    handlers: RepeatHandlers;
}

/** Settles every held row, calling one handler per row (or per key, for a conflict). */
export async function settleRepeats(settling: RepeatSettling): Promise<void> {
    const { held } = settling;
    // held rows grouped by the first row they repeat, in row order within a group
    const order = Array.from({ length: held.count }, (_, i) => i);
    order.sort((a, b) => held.entries[a]! - held.entries[b]! || held.rows[a]! - held.rows[b]!);
    let start = 0;
    while (start < order.length) {
        let end = start;
        while (end < order.length && (end - start < BATCH_ROWS || held.entries[order[end]!] === held.entries[order[end - 1]!])) end++;
        await settleBatch(order.slice(start, end), settling);
        start = end;
    }
}

async function settleBatch(batch: number[], settling: RepeatSettling): Promise<void> {
    const { held, index, source, read } = settling;
    const wanted = new Set<number>();
    for (const h of batch) {
        wanted.add(held.positions[h]!);
        wanted.add(index.positionOf(held.entries[h]!));
    }
    const positions = Float64Array.from(wanted).sort();
    const fieldsAt = new Map<number, string[]>();
    await recallRecords(source, positions, (i, fields) => fieldsAt.set(positions[i]!, fields));
    const rowAt = (row: number, position: number, first: boolean): RowAt => {
        const fields = fieldsAt.get(position);
        const result = fields === undefined ? undefined : read(fields);
        if (result === undefined || !result.ok) throw new DataChangedError(`row ${row}`);
        return { row, position, fields: fields!, values: result.values, first };
    };
    let g = 0;
    while (g < batch.length) {
        const entry = held.entries[batch[g]!]!;
        const group = [rowAt(index.rowOf(entry), index.positionOf(entry), true)];
        for (; g < batch.length && held.entries[batch[g]!] === entry; g++) {
            const h = batch[g]!;
            group.push(rowAt(held.rows[h]!, held.positions[h]!, false));
        }
        settleGroup(group, settling);
    }
}

/** One fingerprint's rows, the first row first: split by their real key, then compared. */
function settleGroup(group: RowAt[], { keySlot, districtSlot, handlers }: RepeatSettling): void {
    const byKey = new Map<string, RowAt[]>();
    for (const row of group) {
        const key = String(row.values[keySlot]);
        const rows = byKey.get(key);
        if (rows === undefined) byKey.set(key, [row]);
        else rows.push(row);
    }
    for (const [key, rows] of byKey) {
        const first = rows[0]!;
        if (rows.every((row) => sameValues(row.values, first.values, districtSlot))) {
            if (!first.first) handlers.newHousehold(first);
            for (const repeat of rows.slice(1)) handlers.duplicate(repeat, first, key);
        } else {
            handlers.conflict(rows, key);
        }
    }
}
