/**
 * Columns of a chunk read out of DuckDB's vectors at once, not value by value: `getItem` tests each
 * value's validity bit with BigInt arithmetic and decodes each text on its own, and that was most
 * of the time of reading the decided households out. A vector's own arrays (its items, validity
 * bits, string slots) are not in the driver's typed interface: where they are not what is expected
 * (another version of the driver, a big-endian machine), values are read one by one, as before.
 */
import { endianness } from 'node:os';
import type { DuckDBVector } from '@duckdb/node-api';
import type { Cell, Columns } from './session.js';

/** What a vector holds, as @duckdb/node-api 1.x keeps it. */
interface VectorInside {
    items?: unknown;
    dataView?: unknown;
    validity?: { data?: unknown; offset?: unknown };
}

const LITTLE_ENDIAN = endianness() === 'LE';
// DuckDB's type ids (its C API's DUCKDB_TYPE)
const INTEGER = 4;
const BIGINT = 5;
const DOUBLE = 11;
const VARCHAR = 17;
/** A DuckDB string of at most this many bytes is kept inside its 16-byte slot, after its length. */
const INLINE_BYTES = 12;

/** Whether column `index` holds numbers (DOUBLE, INTEGER or BIGINT), which `numberColumn` reads. */
export function holdsNumbers(columns: Columns, index: number): boolean {
    const type = columns.vector(index).type.typeId as number;
    return type === DOUBLE || type === INTEGER || type === BIGINT;
}

/** Column `index` as numbers, `nullAs` for NULL. */
export function numberColumn(columns: Columns, index: number, nullAs = NaN): Float64Array {
    const count = columns.rowCount;
    const fast = LITTLE_ENDIAN ? numbersAtOnce(columns.vector(index), count, nullAs) : undefined;
    if (fast !== undefined) return fast;
    const cells = columns.column(index);
    const values = new Float64Array(count);
    for (let r = 0; r < count; r++) values[r] = cells[r] === null ? nullAs : Number(cells[r]);
    return values;
}

/** Column `index` (integers) as an Int32Array, -1 for NULL. */
export function idColumn(columns: Columns, index: number): Int32Array {
    return Int32Array.from(numberColumn(columns, index, -1));
}

/** Text in two pieces (columns `head` and `head + 1`), joined: one string and each text's length, -1 for NULL. */
export function textColumn(columns: Columns, head: number): { text: string; lengths: Int32Array } {
    const fast = LITTLE_ENDIAN ? asciiAtOnce(columns.vector(head), columns.vector(head + 1), columns.rowCount) : undefined;
    return fast ?? joinedTexts(columns.column(head), columns.column(head + 1));
}

function numbersAtOnce(vector: DuckDBVector, count: number, nullAs: number): Float64Array | undefined {
    const { items } = vector as unknown as VectorInside;
    const type = vector.type.typeId as number;
    const valid = validBits(vector);
    if (valid === undefined || !ArrayBuffer.isView(items) || (items as Float64Array).length < count) return undefined;
    let values: Float64Array;
    if (type === DOUBLE && items instanceof Float64Array) values = items.slice(0, count);
    else if (type === INTEGER && items instanceof Int32Array) values = Float64Array.from(items.subarray(0, count));
    else if (type === BIGINT && items instanceof BigInt64Array) {
        values = new Float64Array(count);
        for (let r = 0; r < count; r++) values[r] = Number(items[r]!);
    } else return undefined;
    for (let r = 0; valid !== null && r < count; r++) if (!isSet(valid, r)) values[r] = nullAs;
    return values;
}

/**
 * The texts of two VARCHAR vectors joined row by row, when every piece is ASCII and kept inside its
 * slot: then bytes are characters, and the chunk's texts are decoded as one string.
 */
function asciiAtOnce(heads: DuckDBVector, tails: DuckDBVector, count: number): { text: string; lengths: Int32Array } | undefined {
    const headSlots = slotsOf(heads, count);
    const tailSlots = slotsOf(tails, count);
    const headValid = validBits(heads);
    const tailValid = validBits(tails);
    if (headSlots === undefined || tailSlots === undefined || headValid === undefined || tailValid === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(2 * INLINE_BYTES * count);
    const lengths = new Int32Array(count);
    let at = 0;
    let high = 0; // every byte or-ed: ASCII while below 0x80
    for (let r = 0; r < count; r++) {
        if (!isSet(headValid, r)) {
            lengths[r] = -1;
            continue;
        }
        const head = inlineLength(headSlots, r);
        const tail = inlineLength(tailSlots, r);
        if (!isSet(tailValid, r) || head < 0 || tail < 0) return undefined;
        for (let b = 0; b < head; b++) high |= bytes[at++] = headSlots[16 * r + 4 + b]!;
        for (let b = 0; b < tail; b++) high |= bytes[at++] = tailSlots[16 * r + 4 + b]!;
        lengths[r] = head + tail;
    }
    return high < 0x80 ? { text: bytes.toString('latin1', 0, at), lengths } : undefined;
}

/** The length of the string in slot `r`, -1 when it is not kept inside the slot. */
function inlineLength(slots: Uint8Array, r: number): number {
    const slot = 16 * r;
    const length = slots[slot]! | (slots[slot + 1]! << 8) | (slots[slot + 2]! << 16) | (slots[slot + 3]! << 24);
    return length >= 0 && length <= INLINE_BYTES ? length : -1;
}

function isSet(bits: Uint32Array | null, r: number): boolean {
    return bits === null || (bits[r >>> 5]! & (1 << (r & 31))) !== 0;
}

/** A VARCHAR vector's 16-byte string slots. */
function slotsOf(vector: DuckDBVector, count: number): Uint8Array | undefined {
    const { dataView } = vector as unknown as VectorInside;
    if (vector.type.typeId as number !== VARCHAR || !(dataView instanceof DataView) || dataView.byteLength < 16 * count) return undefined;
    return new Uint8Array(dataView.buffer, dataView.byteOffset, 16 * count);
}

/** A vector's validity bits in 32-bit words (null: every value valid), undefined where not as expected. */
function validBits(vector: DuckDBVector): Uint32Array | null | undefined {
    const { validity } = vector as unknown as VectorInside;
    if (validity === undefined || validity.offset !== 0) return undefined;
    if (validity.data === null) return null;
    const data = validity.data;
    return data instanceof BigUint64Array ? new Uint32Array(data.buffer, data.byteOffset, 2 * data.length) : undefined;
}

/** Text read in two pieces value by value: one string and each text's length, -1 for NULL. */
function joinedTexts(heads: readonly Cell[], tails: readonly Cell[]): { text: string; lengths: Int32Array } {
    const lengths = new Int32Array(heads.length);
    let text = '';
    for (let r = 0; r < heads.length; r++) {
        const head = heads[r];
        if (head === null) {
            lengths[r] = -1;
            continue;
        }
        const whole = (head as string) + (tails[r] as string);
        lengths[r] = whole.length;
        text += whole;
    }
    return { text, lengths };
}
