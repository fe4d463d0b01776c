/**
 * Which households a read has met, in bounded memory: ten million keys must fit beside the run, so
 * no Map of strings. Each key is kept as a 64-bit fingerprint (two 32-bit hashes of its text) with
 * the row and source position of its first occurrence, in typed-array chunks (20 bytes a
 * household), found through an open-addressing table of entry numbers (4 bytes a slot, at most
 * 70% full). A fingerprint seen before is only a probable repeat: the caller checks the real text
 * by reading both rows again (repeated-households.ts).
 */

/** A 32-bit hash of a text (a murmur-style mix); two seeds give the two halves of a fingerprint. */
export function hashText(text: string, seed: number): number {
    let h = (seed ^ text.length) | 0;
    for (let i = 0; i < text.length; i++) {
        h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
        h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}

export const SEED_HIGH = 0x9747b28c;
export const SEED_LOW = 0x1b873593;

/** A key's fingerprint, the two halves `HouseholdIndex.add` takes (worked out by a worker thread, or here). */
export class HashedKey {
    high = 0;
    low = 0;
    of(key: string): this {
        this.high = hashText(key, SEED_HIGH);
        this.low = hashText(key, SEED_LOW);
        return this;
    }
}

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/** A column of numbers in chunks of 65.536: it grows without copying and without slack. */
class ChunkedColumn<T extends Uint32Array | Float64Array> {
    private readonly chunks: T[] = [];
    constructor(private readonly make: (size: number) => T) {}
    get(entry: number): number {
        return this.chunks[entry >>> CHUNK_BITS]![entry & (CHUNK - 1)]!;
    }
    set(entry: number, value: number): void {
        const chunk = entry >>> CHUNK_BITS;
        if (chunk === this.chunks.length) this.chunks.push(this.make(CHUNK));
        this.chunks[chunk]![entry & (CHUNK - 1)] = value;
    }
}

export class HouseholdIndex {
    private slots = new Int32Array(1 << 12);
    private mask = this.slots.length - 1;
    private count = 0;
    private readonly high = new ChunkedColumn((n) => new Uint32Array(n));
    private readonly low = new ChunkedColumn((n) => new Uint32Array(n));
    private readonly rows = new ChunkedColumn((n) => new Uint32Array(n));
    private readonly positions = new ChunkedColumn((n) => new Float64Array(n));

    /** Households indexed. */
    get size(): number {
        return this.count;
    }

    /**
     * Indexes the key (its two hashes) at `row`/`position` and returns -1; or, when a key with the
     * same fingerprint is indexed already, returns that entry and indexes nothing.
     */
    add(high: number, low: number, row: number, position: number): number {
        let slot = high & this.mask;
        for (;;) {
            const entry = this.slots[slot]! - 1;
            if (entry < 0) break;
            if (this.high.get(entry) === high && this.low.get(entry) === low) return entry;
            slot = (slot + 1) & this.mask;
        }
        const entry = this.count++;
        this.high.set(entry, high);
        this.low.set(entry, low);
        this.rows.set(entry, row);
        this.positions.set(entry, position);
        this.slots[slot] = entry + 1;
        if (this.count * 10 > this.slots.length * 7) this.grow();
        return -1;
    }

    rowOf(entry: number): number {
        return this.rows.get(entry);
    }

    positionOf(entry: number): number {
        return this.positions.get(entry);
    }

    private grow(): void {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let entry = 0; entry < this.count; entry++) {
            let slot = this.high.get(entry) & mask;
            while (slots[slot] !== 0) slot = (slot + 1) & mask;
            slots[slot] = entry + 1;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
