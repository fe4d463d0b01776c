/**
 * District and unit matching in SQL, with the engine's meaning (evaluation/districts.ts): the
 * spelling is normalised in SQL as `normaliseDistrictName` does, and looked up in a table worked
 * out here, once, by the engine's own `DistrictMatcher` rules — exact names, then region codes,
 * then bare names that cannot mean two districts.
 */
import { DistrictMatcher, districtCodeOf, normaliseDistrictName, type DistrictPlan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { jsSpace } from './cells/spaces.js';
import { trimmed } from './cells/number-scan.js';

/**
 * A name that exists both as a kabupaten and as a kota, whose bare spelling is never guessed: the
 * engine's matcher, asked whether a lone `Kabupaten X` is matched by `X`, keeps the one list.
 */
function isTwin(bare: string): boolean {
    return new DistrictMatcher([{ name: `kabupaten ${bare}` }]).indexOf(bare) !== 0;
}

/** `normaliseDistrictName` in SQL. */
export function normalisedDistrict(d: Dialect, x: string): string {
    const words = `trim(${d.replaceAll(`lower(${x})`, `[^${d.letterOrDigit}]+`, ' ')})`;
    return `(CASE WHEN ${words} LIKE 'kab %' THEN 'kabupaten ' || substr(${words}, 5)` +
        ` WHEN ${words} LIKE 'kot %' THEN 'kota ' || substr(${words}, 5) ELSE ${words} END)`;
}

/** The district index of each normalised spelling the rules can be matched by, in the matcher's order of preference. */
export function districtLookup(districts: readonly DistrictPlan[]): { names: Map<string, number>; codes: Map<string, number>; bare: Map<string, number> } {
    const names = new Map<string, number>();
    const codes = new Map<string, number>();
    const byBare = new Map<string, number[]>();
    const split = (name: string) => {
        if (name.startsWith('kabupaten ')) return { prefix: 'kabupaten', bare: name.slice(10) };
        if (name.startsWith('kota ')) return { prefix: 'kota', bare: name.slice(5) };
        return { prefix: undefined, bare: name };
    };
    districts.forEach((district, index) => {
        const name = normaliseDistrictName(district.name);
        if (!names.has(name)) names.set(name, index);
        const code = district.code === undefined ? undefined : districtCodeOf(district.code);
        if (code !== undefined && !codes.has(code)) codes.set(code, index);
        const same = byBare.get(split(name).bare) ?? [];
        if (!same.includes(index)) same.push(index);
        byBare.set(split(name).bare, same);
    });
    const bare = new Map<string, number>();
    for (const [name, same] of byBare) {
        if (same.length !== 1 || isTwin(name)) continue;
        const declared = split(normaliseDistrictName(districts[same[0]!]!.name));
        bare.set(name, same[0]!);
        if (declared.prefix === undefined) {
            bare.set(`kabupaten ${name}`, same[0]!);
            bare.set(`kota ${name}`, same[0]!);
        }
    }
    return { names, codes, bare };
}

function caseOf(d: Dialect, x: string, entries: Map<string, number>, otherwise: string): string {
    if (entries.size === 0) return otherwise;
    return `(CASE ${x} ${[...entries].map(([k, v]) => `WHEN ${d.text(k)} THEN ${v}`).join(' ')} ELSE ${otherwise} END)`;
}

/**
 * The index of the district the spelling `x` (a text column) names, -1 for none. `normalised` is a
 * helper column holding `normalisedDistrict(x)`.
 */
export function districtIndex(d: Dialect, districts: readonly DistrictPlan[], x: string, normalised: string): string {
    const { names, codes, bare } = districtLookup(districts);
    const text = trimmed(d, x, true);
    const codeShaped = d.matches(text, `[0-9]{2}[.${jsSpace(d)}]?[0-9]{2}`);
    const code = d.replaceAll(text, `[.${jsSpace(d)}]`, '');
    const exact = names.size === 0 ? 'FALSE' : `${normalised} IN (${[...names.keys()].map((k) => d.text(k)).join(', ')})`;
    return `(CASE WHEN ${exact} THEN ${caseOf(d, normalised, names, '-1')}` +
        ` WHEN ${codeShaped} THEN ${caseOf(d, code, codes, '-1')} ELSE ${caseOf(d, normalised, bare, '-1')} END)`;
}

/** How units (sub-districts, facilitators) are told apart: trimmed, spaces collapsed, lower case (engine quotas/unit-table.ts). */
export function unitSpelling(d: Dialect, x: string): string {
    return d.replaceAll(trimmed(d, x, true), `[${jsSpace(d)}]+`, ' ');
}
