/**
 * Matching the district written in a data row to a district of the rules, the way officers write
 * them: `Kabupaten Jember`, `Kab. Jember`, `KAB JEMBER`, `Kota Malang`, `Kot. Malang`, in any case,
 * spacing and punctuation; or the BPS/Kemendagri region code the district declares (`3509`, `35.09`).
 * A bare name (`JEMBER`) matches only when it cannot mean two districts: never a name that exists
 * both as a kabupaten and as a kota (twin-district-names.ts), nor when the rules declare both.
 *
 * Evaluation (district quantities), allocation (quotas) and the language's checks (a district
 * declared twice) must agree on what one district is, so all of them use this file.
 */
import { TWIN_DISTRICT_NAMES } from './twin-district-names.js';

const KABUPATEN = 'kabupaten ';
const KOTA = 'kota ';

/**
 * One spelling per district: lower case, punctuation as spaces, single spaces, and the prefix
 * written out (`KAB. JEMBER` and `Kabupaten  Jember` are both `kabupaten jember`).
 */
export function normaliseDistrictName(name: string): string {
    const words = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const space = words.indexOf(' ');
    if (space < 0) return words;
    const first = words.slice(0, space);
    if (first === 'kab' || first === 'kabupaten') return KABUPATEN + words.slice(space + 1);
    if (first === 'kot' || first === 'kota') return KOTA + words.slice(space + 1);
    return words;
}

/** The name without `kabupaten`/`kota`, and which of the two it said (undefined for a bare name). */
export function bareDistrictName(normalised: string): { prefix?: 'kabupaten' | 'kota'; bare: string } {
    if (normalised.startsWith(KABUPATEN)) return { prefix: 'kabupaten', bare: normalised.slice(KABUPATEN.length) };
    if (normalised.startsWith(KOTA)) return { prefix: 'kota', bare: normalised.slice(KOTA.length) };
    return { bare: normalised };
}

/** A district's region code as digits (`35.09` → `3509`), or undefined when the cell is not one. */
export function districtCodeOf(cell: string): string | undefined {
    const text = cell.trim();
    if (!/^\d{2}[.\s]?\d{2}$/.test(text)) return undefined;
    return text.replace(/[.\s]/g, '');
}

/** Why a spelling matched no district, to help the officer fix it. */
export type UnmatchedHint =
    /** The nearest declared district after normalising (a likely misspelling). */
    | { kind: 'nearest'; district: string }
    /** A bare name that could be a kabupaten or a kota: `districts` are the declared ones it could mean. */
    | { kind: 'ambiguous'; districts: string[] };

export interface DistrictLike {
    name: string;
    code?: string;
}

/** Spellings remembered per matcher: data repeat a few spellings; junk cells must not grow memory. */
const REMEMBERED_SPELLINGS = 10_000;

/**
 * Matches data spellings to the districts of the rules (indices into the array given). Made once
 * per Plan; each distinct spelling is worked out once.
 */
export class DistrictMatcher {
    private readonly byName = new Map<string, number>();
    private readonly byCode = new Map<string, number>();
    /** Bare name → the declared districts with it (normalised names, indices). */
    private readonly byBare = new Map<string, number[]>();
    private readonly bySpelling = new Map<string, number>();
    private lastSpelling = '\u0000';
    private lastIndex = -1;

    constructor(private readonly districts: readonly DistrictLike[]) {
        districts.forEach((district, index) => {
            const name = normaliseDistrictName(district.name);
            if (!this.byName.has(name)) this.byName.set(name, index);
            const code = district.code === undefined ? undefined : districtCodeOf(district.code);
            if (code !== undefined && !this.byCode.has(code)) this.byCode.set(code, index);
            const bare = bareDistrictName(name).bare;
            const same = this.byBare.get(bare) ?? [];
            if (!same.includes(index)) same.push(index);
            this.byBare.set(bare, same);
        });
    }

    /** The index of the district `spelling` names, or -1. */
    indexOf(spelling: string): number {
        if (spelling === this.lastSpelling) return this.lastIndex;
        let index = this.bySpelling.get(spelling);
        if (index === undefined) {
            index = this.match(spelling);
            if (this.bySpelling.size < REMEMBERED_SPELLINGS) this.bySpelling.set((' ' + spelling).slice(1), index);
        }
        this.lastSpelling = spelling;
        this.lastIndex = index;
        return index;
    }

    private match(spelling: string): number {
        const name = normaliseDistrictName(spelling);
        const exact = this.byName.get(name);
        if (exact !== undefined) return exact;
        const code = districtCodeOf(spelling);
        if (code !== undefined) return this.byCode.get(code) ?? -1;
        const { prefix, bare } = bareDistrictName(name);
        const same = this.byBare.get(bare);
        if (same === undefined || same.length !== 1 || TWIN_DISTRICT_NAMES.has(bare)) return -1;
        // a bare spelling names the one declared district; a full spelling, a district declared bare
        const declared = bareDistrictName(normaliseDistrictName(this.districts[same[0]!]!.name));
        return prefix === undefined || declared.prefix === undefined ? same[0]! : -1;
    }

    /** Why `spelling` matched nothing: an ambiguous bare name, or the nearest district; undefined when nothing is near. */
    hintFor(spelling: string): UnmatchedHint | undefined {
        const name = normaliseDistrictName(spelling);
        if (name === '') return undefined;
        const { prefix, bare } = bareDistrictName(name);
        const same = this.byBare.get(bare);
        if (prefix === undefined && same !== undefined) {
            return { kind: 'ambiguous', districts: same.map((i) => this.districts[i]!.name) };
        }
        let best = -1;
        let bestDistance = Infinity;
        this.districts.forEach((district, index) => {
            const declared = normaliseDistrictName(district.name);
            const distance = prefix === undefined
                ? editDistance(bare, bareDistrictName(declared).bare)
                : editDistance(name, declared);
            if (distance < bestDistance) {
                best = index;
                bestDistance = distance;
            }
        });
        // a third of the name may be mistyped: `jembr`, `probolingo`; not `malang` for `jember`
        if (best < 0 || bestDistance > Math.max(1, Math.floor(bare.length / 3))) return undefined;
        const nearest = this.districts[best]!.name;
        if (prefix === undefined && TWIN_DISTRICT_NAMES.has(bareDistrictName(normaliseDistrictName(nearest)).bare)) {
            return { kind: 'ambiguous', districts: [nearest] };
        }
        return { kind: 'nearest', district: nearest };
    }
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
            current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
        }
        previous = current;
    }
    return previous[b.length]!;
}
