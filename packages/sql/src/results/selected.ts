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
    const unitKey = kind === 'fac' ? (c: CandidateRow) => c.fac_unit : (c: CandidateRow) => c.sub_unit;
    const firstOf = everyHousehold ? (kind === 'fac' ? (c: CandidateRow) => c.fac_first_r : (c: CandidateRow) => c.sub_first_r) : (c: CandidateRow) => c.r;
    const nameOf = everyHousehold ? (kind === 'fac' ? (c: CandidateRow) => c.fac_first_name : (c: CandidateRow) => c.sub_first_name)
        : kind === 'fac' ? (c: CandidateRow) => c.fac_name : (c: CandidateRow) => c.sub_name;
    // a unit is a district's unit key: one map of keys per district
    const byDistrict = new Map<number, Map<string, { first: number; name: string; id: number }>>();
    const units: { first: number; name: string; id: number }[] = [];
    const unitAt = new Array<{ first: number; name: string; id: number }>(candidates.length);
    candidates.forEach((c, i) => {
        let own = byDistrict.get(c.kd);
        if (own === undefined) byDistrict.set(c.kd, (own = new Map()));
        const key = unitKey(c);
        const first = firstOf(c);
        let unit = own.get(key);
        if (unit === undefined) {
            own.set(key, (unit = { first, name: nameOf(c), id: -1 }));
            units.push(unit);
        } else if (first < unit.first) {
            unit.first = first;
            unit.name = nameOf(c);
        }
        unitAt[i] = unit;
    });
    units.sort((a, b) => a.first - b.first).forEach((unit, id) => {
        unit.id = id;
        names.push(unit.name);
    });
    for (let i = 0; i < candidates.length; i++) ids[i] = unitAt[i]!.id;
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
