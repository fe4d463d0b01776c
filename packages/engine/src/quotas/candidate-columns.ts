/**
 * What a `QuotaSelection` keeps of each graduation candidate until it can rank them: only what
 * ranking needs, in columns of typed arrays, so that millions of candidates fit.
 */

/**
 * A copy of a string that does not hold on to the text it was cut from: a field sliced from a 1 MB
 * chunk of a data file would otherwise keep the whole chunk alive for as long as it is kept.
 */
export function copyOf(text: string): string {
    // V8 cuts strings of 13 characters or more as views on their parent; a concatenation is
    // flattened into a string of its own before it is cut again.
    return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A growable column of numbers. */
class NumberColumn<T extends Int32Array | Float64Array> {
    length = 0;
    constructor(public data: T, private readonly make: (size: number) => T) {}
    push(value: number): void {
        if (this.length === this.data.length) {
            const bigger = this.make(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = value;
    }
}

const ints = () => new NumberColumn(new Int32Array(1024), (n) => new Int32Array(n));
export type IntColumn = ReturnType<typeof ints>;
const floats = () => new NumberColumn(new Float64Array(1024), (n) => new Float64Array(n));

/** One entry per candidate in each column, in the order the candidates were placed. */
export class CandidateColumns {
    readonly keys: string[] = [];
    readonly positions = floats();
    readonly district = ints();
    readonly category = ints();
    readonly subdistrict = ints();
    readonly facilitator = ints();
    /** Numeric rank values (NaN: none or undefined); text rank values are kept apart. */
    readonly rankNumbers = floats();
    readonly rankTexts = new Map<number, string>();

    get count(): number {
        return this.keys.length;
    }

    add(key: string, position: number, district: number, category: number, subdistrict: number, facilitator: number, rank: number | string | undefined): void {
        const candidate = this.keys.length;
        this.keys.push(copyOf(key));
        this.positions.push(position);
        this.district.push(district);
        this.category.push(category);
        this.subdistrict.push(subdistrict);
        this.facilitator.push(facilitator);
        if (typeof rank === 'number') {
            this.rankNumbers.push(rank);
        } else {
            this.rankNumbers.push(NaN);
            if (typeof rank === 'string') this.rankTexts.set(candidate, copyOf(rank));
        }
    }

    /**
     * The columns without the `withdrawn` candidates (a household found twice with different data),
     * and where each candidate went (-1: withdrawn).
     */
    without(withdrawn: ReadonlySet<number>): { columns: CandidateColumns; newIndex: Int32Array } {
        const kept = new CandidateColumns();
        const newIndex = new Int32Array(this.count);
        for (let c = 0; c < this.count; c++) {
            if (withdrawn.has(c)) {
                newIndex[c] = -1;
                continue;
            }
            newIndex[c] = kept.count;
            const text = this.rankTexts.get(c);
            const number = this.rankNumbers.data[c]!;
            kept.add(this.keys[c]!, this.positions.data[c]!, this.district.data[c]!, this.category.data[c]!,
                this.subdistrict.data[c]!, this.facilitator.data[c]!, text ?? (number !== number ? undefined : number));
        }
        return { columns: kept, newIndex };
    }
}
