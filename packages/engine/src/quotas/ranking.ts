/**
 * Ranking a caseload's candidates once every household is placed: the candidates are put in groups
 * (a district's category, or one unit's for a target counted per unit), each group is sorted by the
 * category's ordering, ties broken on the key (plain string order) and then on placing order, and
 * the first `target` of each group are proposed.
 */
import type { GraduationPlan, Plan } from '../plan/plan.js';
import type { HouseholdStatus, SelectedQuotas } from './types.js';
import { buildGroups, unitTableFor, type PlacedCaseload } from './groups.js';
import { summarise } from './summaries.js';

type Comparator = (a: number, b: number) => number;

/**
 * The ordering of a category's candidates, chosen once by the type of its rank value: a number
 * (yes/no as 1/0, a date as its day) or a text. A missing value (NaN, or no text) always comes last.
 */
function comparatorFor(rank: GraduationPlan['rank'], byKey: Comparator, numbers: Float64Array, texts: readonly (string | undefined)[]): Comparator {
    if (rank === undefined) return byKey;
    const direction = rank.descending ? -1 : 1;
    if (rank.expr.type === 'text') {
        return (a, b) => {
            const ta = texts[a];
            const tb = texts[b];
            if (ta === undefined || tb === undefined) return ta === tb ? byKey(a, b) : ta === undefined ? 1 : -1;
            return ta < tb ? -direction : ta > tb ? direction : byKey(a, b);
        };
    }
    return (a, b) => {
        const x = numbers[a]!;
        const y = numbers[b]!;
        if (x < y) return -direction;
        if (x > y) return direction;
        if (x === y) return byKey(a, b);
        return x !== x ? (y !== y ? byKey(a, b) : 1) : -1; // NaN: missing, last
    };
}

export function rankCandidates(plan: Plan, caseload: PlacedCaseload): SelectedQuotas {
    const graduations = plan.graduations;
    const categories = graduations.length;
    const columns = caseload.candidates;
    const count = columns.count;
    const positions = columns.positions.data;
    const districtOf = columns.district.data;
    const categoryOf = columns.category.data;
    const subdistrictOf = columns.subdistrict.data;
    const facilitatorOf = columns.facilitator.data;
    const groups = buildGroups(plan, caseload);
    const all = groups.all;

    // Each candidate's group, then the candidates bucketed by group (in placing order).
    const groupOf = new Int32Array(count);
    for (let c = 0; c < count; c++) {
        const d = districtOf[c]!;
        const g = categoryOf[c]!;
        const byUnit = groups.perUnit[d]![g];
        const group = byUnit === undefined
            ? d * categories + g
            : byUnit.get(groups.targets[d]![g]!.per === 'facilitator' ? facilitatorOf[c]! : subdistrictOf[c]!)!;
        groupOf[c] = group;
        all[group]!.candidates++;
    }
    let start = 0;
    for (const group of all) {
        group.start = start;
        start += group.candidates;
    }
    const order = new Int32Array(count);
    const filled = new Int32Array(all.length);
    for (let c = 0; c < count; c++) {
        const group = groupOf[c]!;
        order[all[group]!.start + filled[group]!++] = c;
    }

    // Rank each group: by the category's ordering, then key, then placing order.
    const keys = columns.keys;
    const byKey: Comparator = (a, b) => {
        const ka = keys[a]!;
        const kb = keys[b]!;
        return ka < kb ? -1 : ka > kb ? 1 : a - b;
    };
    const texts: (string | undefined)[] = [];
    if (columns.rankTexts.size > 0) {
        texts.length = count;
        for (const [c, text] of columns.rankTexts) texts[c] = text;
    }
    const comparators = graduations.map((g) => comparatorFor(g.rank, byKey, columns.rankNumbers.data, texts));
    const rankOf = new Int32Array(count);
    for (const group of all) {
        if (group.candidates === 0) continue;
        const slice = order.subarray(group.start, group.start + group.candidates);
        // a plain array sorts faster (TimSort finds the runs: exports often come sorted by key)
        if (group.candidates > 1) slice.set(Array.from(slice).sort(comparators[group.category]!));
        for (let i = 0; i < slice.length; i++) rankOf[slice[i]!] = i + 1;
    }

    const allocation = summarise(plan, caseload, groups);
    return {
        allocation,
        candidates: count,
        indexOfPlaced: (c) => c,
        positionOf: (c) => positions[c]!,
        keyOf: (c) => keys[c]!,
        facilitatorOf: (c) => caseload.facilitators.nameOf(facilitatorOf[c]!),
        subdistrictOf: (c) => caseload.subdistricts.nameOf(subdistrictOf[c]!),
        districtIndexOf: (c) => districtOf[c]!,
        facilitatorIdOf: (c) => facilitatorOf[c]!,
        categoryIndexOf: (c) => categoryOf[c]!,
        rankOf: (c) => rankOf[c]!,
        isProposed: (c) => rankOf[c]! <= all[groupOf[c]!]!.limit,
        statusOf: (c) => {
            if (c < 0 || c >= count) throw new RangeError(`No candidate at index ${c}`);
            const group = all[groupOf[c]!]!;
            const rank = rankOf[c]!;
            const status: HouseholdStatus = {
                status: rank <= group.limit ? 'proposed' : 'reserve',
                district: plan.districts[group.district]!.name,
                category: graduations[group.category]!.name,
                rank,
                of: group.candidates,
            };
            if (group.per !== undefined) {
                status.per = group.per;
                status.unit = unitTableFor(caseload, group.per).names[group.unit]!;
            }
            return status;
        },
    };
}
