/**
 * Which households a read has met, in bounded memory: ten million keys must fit beside the run, so
 * no Map of strings. Each key is kept as a 64-bit fingerprint (two 32-bit hashes of its text) with
 * the row and source position of its first occurrence, in typed-array chunks (16 bytes a
 * household), found through an open-addressing table (at most 70% full) whose slots hold the
 * entry number beside the fingerprint's high half (8 bytes a slot): a probe reads one place in
 * memory, not the entry's columns as well, and growing the table reads no column. A fingerprint
 * seen before is only a probable repeat: the caller checks the real text by reading both rows
 * again (repeated-households.ts).
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
    /** Two numbers a slot: the entry number + 1 (0: empty), then the high half of its fingerprint. */
    private slots = new Uint32Array(2 << 12);
    private mask = (1 << 12) - 1;
    private count = 0;
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
        const slots = this.slots;
        let slot = high & this.mask;
        for (;;) {
            const entry = slots[2 * slot]! - 1;
            if (entry < 0) break;
            if (slots[2 * slot + 1] === high && this.low.get(entry) === low) return entry;
            slot = (slot + 1) & this.mask;
        }
        const entry = this.count++;
        this.low.set(entry, low);
        this.rows.set(entry, row);
        this.positions.set(entry, position);
        slots[2 * slot] = entry + 1;
        slots[2 * slot + 1] = high;
        if (this.count * 10 > (this.mask + 1) * 7) this.grow();
        return -1;
    }

    /**
     * Makes room for `households` in all (an estimate, from the file's size and its first rows), so
     * that the table is not grown, and every key moved, again and again on the way there.
     */
    reserve(households: number): void {
        while (households * 10 > (this.mask + 1) * 7) this.grow();
    }

    rowOf(entry: number): number {
        return this.rows.get(entry);
    }

    positionOf(entry: number): number {
        return this.positions.get(entry);
    }

    private grow(): void {
        const old = this.slots;
        const slots = new Uint32Array(old.length * 2);
        const mask = (this.mask << 1) | 1;
        for (let s = 0; s < old.length; s += 2) {
            if (old[s] === 0) continue;
            const high = old[s + 1]!;
            let slot = high & mask;
            while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
            slots[2 * slot] = old[s]!;
            slots[2 * slot + 1] = high;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
