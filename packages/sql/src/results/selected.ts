/**
 * The candidates ranked in SQL as the engine's `SelectedQuotas`, so that worklists, the report and
 * the writers take them as they take the JS engine's. Units are numbered, and named, as the JS
 * engine's unit tables do: in order of first appearance among the households it counted (every
 * household of the district when some target is counted per unit, else the candidates).
 */
import type { Allocation, HouseholdStatus, Plan, SelectedQuotas } from '@kaidah/engine';

export interface CandidateRow {
    r: number;
    id: string;
    kd: number;
    g: number;
    status: 'proposed' | 'reserve';
    rank: number;
    of: number;
    per: 'facilitator' | 'subdistrict' | null;
    unit: string | null;
    fac_unit: string;
    sub_unit: string;
    fac_name: string;
    sub_name: string;
    fac_first_name: string;
    fac_first_r: number;
    sub_first_name: string;
    sub_first_r: number;
}

/** Unit numbers and names, the first met first. */
function unitsOf(candidates: CandidateRow[], kind: 'fac' | 'sub', everyHousehold: boolean, hasColumn: boolean) {
    const ids = new Int32Array(candidates.length).fill(-1);
    const names: string[] = [];
    if (!hasColumn) return { ids, names };
    const firsts = new Map<string, { first: number; name: string }>();
    for (const c of candidates) {
        const key = `${c.kd}\u0000${c[`${kind}_unit`]}`;
        const first = everyHousehold ? c[`${kind}_first_r`] : c.r;
        const name = everyHousehold ? c[`${kind}_first_name`] : c[`${kind}_name`];
        const known = firsts.get(key);
        if (known === undefined || first < known.first) firsts.set(key, { first, name });
    }
    const order = [...firsts].sort((a, b) => a[1].first - b[1].first);
    const idOf = new Map(order.map(([key, unit], i) => {
        names.push(unit.name);
        return [key, i];
    }));
    candidates.forEach((c, i) => (ids[i] = idOf.get(`${c.kd}\u0000${c[`${kind}_unit`]}`)!));
    return { ids, names };
}

export function selectedFromSql(plan: Plan, allocation: Allocation, candidates: CandidateRow[]): SelectedQuotas {
    const everyHousehold = plan.districts.some((d) => d.targets.some((t) => t.per !== undefined));
    const facilitators = unitsOf(candidates, 'fac', everyHousehold, plan.schema.facilitatorColumn !== undefined);
    const subdistricts = unitsOf(candidates, 'sub', everyHousehold, plan.schema.subdistrictColumn !== undefined);
    const at = (c: number) => {
        const row = candidates[c];
        if (row === undefined) throw new RangeError(`No candidate at index ${c}`);
        return row;
    };
    return {
        allocation,
        candidates: candidates.length,
        indexOfPlaced: (c) => c,
        positionOf: (c) => at(c).r,
        keyOf: (c) => at(c).id,
        facilitatorOf: (c) => facilitators.names[facilitators.ids[c]!] ?? '',
        subdistrictOf: (c) => subdistricts.names[subdistricts.ids[c]!] ?? '',
        districtIndexOf: (c) => at(c).kd,
        facilitatorIdOf: (c) => facilitators.ids[c]!,
        categoryIndexOf: (c) => at(c).g,
        rankOf: (c) => at(c).rank,
        isProposed: (c) => at(c).status === 'proposed',
        statusOf: (c) => {
            const row = at(c);
            const status: HouseholdStatus = {
                status: row.status,
                district: plan.districts[row.kd]!.name,
                category: plan.graduations[row.g]!.name,
                rank: row.rank,
                of: row.of,
            };
            if (row.per !== null) {
                status.per = row.per;
                status.unit = row.unit ?? '';
            }
            return status;
        },
    };
}
