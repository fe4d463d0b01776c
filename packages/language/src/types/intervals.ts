/** A set of numbers between two bounds, each open or closed; the empty set has lo > hi. */
export interface Interval {
    lo: number;
    hi: number;
    loOpen: boolean;
    hiOpen: boolean;
}

export const everything: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };
export const nonNegative: Interval = { lo: 0, hi: Infinity, loOpen: false, hiOpen: true };

export function point(value: number): Interval {
    return { lo: value, hi: value, loOpen: false, hiOpen: false };
}

export function closed(lo: number, hi: number): Interval {
    return { lo, hi, loOpen: false, hiOpen: false };
}

export function isEmpty(i: Interval): boolean {
    return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}

export function intersect(a: Interval, b: Interval): Interval {
    const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
    const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
    return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** Whether every number of `inner` is in `outer`. */
export function isSubset(inner: Interval, outer: Interval): boolean {
    if (isEmpty(inner)) return true;
    const loInside = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
    const hiInside = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
    return loInside && hiInside;
}

/** Whole-number variables: `x > 4` is `x >= 5`. */
export function tightenToIntegers(i: Interval): Interval {
    const lo = Number.isFinite(i.lo) ? (i.loOpen || !Number.isInteger(i.lo) ? Math.floor(i.lo) + 1 : i.lo) : i.lo;
    const hi = Number.isFinite(i.hi) ? (i.hiOpen || !Number.isInteger(i.hi) ? Math.ceil(i.hi) - 1 : i.hi) : i.hi;
    return { lo, hi, loOpen: !Number.isFinite(lo), hiOpen: !Number.isFinite(hi) };
}

/** The numbers x with `x op bound`; undefined for `!=`, which is not an interval. */
export function satisfying(op: string, bound: number): Interval | undefined {
    switch (op) {
        case '<': return { lo: -Infinity, hi: bound, loOpen: true, hiOpen: true };
        case '<=': case '≤': return { lo: -Infinity, hi: bound, loOpen: true, hiOpen: false };
        case '>': return { lo: bound, hi: Infinity, loOpen: true, hiOpen: true };
        case '>=': case '≥': return { lo: bound, hi: Infinity, loOpen: false, hiOpen: true };
        case '=': return point(bound);
        default: return undefined;
    }
}

/** `op` seen from the other side: `4 < x` is `x > 4`. */
export function mirrored(op: string): string {
    const mirror: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '≤': '≥', '≥': '≤' };
    return mirror[op] ?? op;
}

export function add(a: Interval, b: Interval): Interval {
    return { lo: a.lo + b.lo, hi: a.hi + b.hi, loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen };
}

/** Product of two intervals of non-negative numbers; anything else is not narrowed. */
export function multiplyNonNegative(a: Interval, b: Interval): Interval {
    if (a.lo < 0 || b.lo < 0) return everything;
    const hi = a.hi === 0 || b.hi === 0 ? 0 : a.hi * b.hi;
    return { lo: a.lo * b.lo, hi, loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen };
}
