/**
 * Quota selection over a whole caseload, one household at a time.
 *
 * `kaidah run` reads millions of households and cannot keep every evaluated household in memory.
 * A `QuotaSelection` is given each household as it is evaluated (`place`): a household in no
 * category, or in a district the rules do not know, has its status at once and the caller can write
 * its decision straight away. A graduation candidate's status depends on every other candidate of
 * its district (or sub-district, or facilitator) and category, so only what ranking needs is kept —
 * in columns of typed arrays: its key, district, unit, category, rank value and the caller's
 * `position` (where to find the household again, to explain it). `finish` ranks every group of
 * candidates, fills each target and returns the district summaries, then answers the status of each
 * candidate by its index (the order `place` met them in).
 *
 * Units. A target written `per facilitator` or `per subdistrict` is counted on each unit's own
 * caseload: the unit's candidates are ranked among themselves and the first `target` of them are
 * proposed. Units are told apart within their district, ignoring case and spacing (like districts);
 * a blank facilitator or sub-district is a unit of its own. `households` in a target formula is the
 * caseload of the unit the target is counted on (the district, or one sub-district or facilitator),
 * as read from the data: decided households only (a rejected row cannot be placed).
 *
 * Deterministic: candidates are ranked by the category's ordering, ties broken on the key (plain
 * string order) and then on the order they were placed in.
 */
import type { Plan, TargetPlan, Value } from './plan.js';
import type {
    Allocation,
    AllocationTotals,
    CategorySummary,
    DistrictSummary,
    HouseholdStatus,
    UnitSummary,
    UnmatchedDistrict,
} from './allocate.js';
import type { HouseholdResult } from './evaluate.js';
import type { TargetUnit } from './messages.js';
import { evaluateConstants, evaluateFormula } from './evaluate.js';
import { normaliseDistrictName } from './districts.js';

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
const floats = () => new NumberColumn(new Float64Array(1024), (n) => new Float64Array(n));

/** The sub-districts or the facilitators met in the data, numbered, with their caseloads. */
class UnitTable {
    readonly names: string[] = [];
    readonly districts: number[] = [];
    readonly households: number[] = [];
    /** Per district: the spelling as read → unit, then the normalised name → unit. */
    private readonly bySpelling: Map<string, number>[];
    private readonly byName: Map<string, number>[];

    constructor(districts: number) {
        this.bySpelling = Array.from({ length: districts }, () => new Map());
        this.byName = Array.from({ length: districts }, () => new Map());
    }

    private lastDistrict = -1;
    private lastSpelling = '';
    private lastUnit = -1;

    unitOf(district: number, spelling: string): number {
        if (district === this.lastDistrict && spelling === this.lastSpelling) return this.lastUnit;
        const unit = this.lookUp(district, spelling);
        this.lastDistrict = district;
        this.lastSpelling = spelling;
        this.lastUnit = unit;
        return unit;
    }

    private lookUp(district: number, spelling: string): number {
        const known = this.bySpelling[district]!.get(spelling);
        if (known !== undefined) return known;
        const name = normaliseDistrictName(spelling);
        let unit = this.byName[district]!.get(name);
        if (unit === undefined) {
            unit = this.names.length;
            this.names.push(copyOf(spelling.trim().replace(/\s+/g, ' ')));
            this.districts.push(district);
            this.households.push(0);
            this.byName[district]!.set(name, unit);
        }
        this.bySpelling[district]!.set(copyOf(spelling), unit);
        return unit;
    }

    /** Units of one district, in order of first appearance. */
    unitsOf(district: number): number[] {
        return [...this.byName[district]!.values()];
    }
}

/**
 * A copy of a string that does not hold on to the text it was cut from: a field sliced from a 1 MB
 * chunk of a data file would otherwise keep the whole chunk alive for as long as it is kept.
 */
function copyOf(text: string): string {
    // V8 cuts strings of 13 characters or more as views on their parent; a concatenation is
    // flattened into a string of its own before it is cut again.
    return text.length < 13 ? text : (' ' + text).slice(1);
}

/** What `finish` knows of each candidate, by the index `place` gave it. */
export interface SelectedQuotas {
    /** District summaries and totals. `households` is left empty: ask `statusOf`. */
    allocation: Allocation;
    /** Candidates placed: indices run from 0 to `candidates - 1`, in the order they were placed. */
    candidates: number;
    /** The `position` given to `place` for this candidate. */
    positionOf(candidate: number): number;
    keyOf(candidate: number): string;
    statusOf(candidate: number): HouseholdStatus;
    /** The candidate's facilitator and sub-district as written in the data ('' when the schema has no such column). */
    facilitatorOf(candidate: number): string;
    subdistrictOf(candidate: number): string;
    /**
     * The same facts as numbers, for sorting many candidates without building their statuses:
     * the district (index into `plan.districts`), the facilitator (a number per facilitator of a
     * district, -1 without a facilitator column), the category (index into `plan.graduations`),
     * the rank, and whether the candidate is proposed.
     */
    districtIndexOf(candidate: number): number;
    facilitatorIdOf(candidate: number): number;
    categoryIndexOf(candidate: number): number;
    rankOf(candidate: number): number;
    isProposed(candidate: number): boolean;
}

const NO_UNIT = -1;

export class QuotaSelection {
    private readonly graduationIndex: Map<string, number>;
    private readonly districtIndex: Map<string, number>;
    private readonly indexBySpelling = new Map<string, number>();
    private readonly householdCount: number[];
    private readonly staysCount: number[];
    private readonly unmatchedByName = new Map<string, UnmatchedDistrict>();
    private readonly unmatchedBySpelling = new Map<string, UnmatchedDistrict>();
    private unmatched = 0;
    private placed = 0;
    private finished = false;

    private readonly subdistrictSlot: number;
    private readonly facilitatorSlot: number;
    private readonly subdistricts: UnitTable;
    private readonly facilitators: UnitTable;
    /** Count every household's unit (for per-unit targets), not only the candidates'. */
    private readonly countUnits: boolean;

    // Candidates, one entry per candidate in each column.
    private readonly positions = floats();
    private readonly keys: string[] = [];
    private readonly candidateDistrict = ints();
    private readonly candidateCategory = ints();
    private readonly candidateSubdistrict = ints();
    private readonly candidateFacilitator = ints();
    /** Numeric rank values (NaN: none or undefined); text rank values are kept apart. */
    private readonly rankNumbers = floats();
    private readonly rankTexts = new Map<number, string>();

    /** The status of a household that stays, one per district: shared, never changed. */
    private readonly stays: HouseholdStatus[];

    constructor(private readonly plan: Plan) {
        this.stays = plan.districts.map((d) => Object.freeze({ status: 'stays' as const, district: d.name }));
        this.graduationIndex = new Map(plan.graduations.map((g, i) => [g.name, i]));
        this.districtIndex = new Map(plan.districts.map((d, i) => [normaliseDistrictName(d.name), i]));
        this.householdCount = plan.districts.map(() => 0);
        this.staysCount = plan.districts.map(() => 0);
        const columns = plan.schema.columns;
        const slotOf = (name: string | undefined) => (name === undefined ? -1 : columns.findIndex((c) => c.name === name));
        this.subdistrictSlot = slotOf(plan.schema.subdistrictColumn);
        this.facilitatorSlot = slotOf(plan.schema.facilitatorColumn);
        this.subdistricts = new UnitTable(plan.districts.length);
        this.facilitators = new UnitTable(plan.districts.length);
        const perUnit = plan.districts.flatMap((d) => d.targets.filter((t) => t.per !== undefined));
        for (const target of perUnit) {
            if (this.slotFor(target.per!) < 0) {
                throw new Error(
                    `The target of "${target.category}" is counted per ${target.per}, but the household schema has no ${target.per} column`,
                );
            }
        }
        this.countUnits = perUnit.length > 0;
    }

    private slotFor(per: TargetUnit): number {
        return per === 'facilitator' ? this.facilitatorSlot : this.subdistrictSlot;
    }

    /** The last district looked up: data come district by district, so most lookups are this one. */
    private lastSpelling = '\u0000';
    private lastDistrict = -1;

    private districtOf(spelling: string): number {
        if (spelling === this.lastSpelling) return this.lastDistrict;
        let index = this.indexBySpelling.get(spelling);
        if (index === undefined) {
            index = this.districtIndex.get(normaliseDistrictName(spelling)) ?? -1;
            this.indexBySpelling.set(copyOf(spelling), index);
        }
        this.lastSpelling = spelling;
        this.lastDistrict = index;
        return index;
    }

    /** Households placed so far. */
    get households(): number {
        return this.placed;
    }

    /** Candidates placed so far: the next candidate gets this index. */
    get candidates(): number {
        return this.keys.length;
    }

    /**
     * Places one evaluated household. Returns its status when it is decided now (it stays, or its
     * district is not in the rules; a status that stays is shared by the district's households and
     * frozen); returns undefined for a graduation candidate, whose status
     * `finish` decides — its index is `candidates - 1` after this call. `position` is the caller's
     * way back to the household (a byte offset, a row number); it comes back from `positionOf`.
     */
    place(result: HouseholdResult, position: number): HouseholdStatus | undefined {
        if (this.finished) throw new Error('This selection is finished; make a new one');
        this.placed++;
        const d = this.districtOf(result.district);
        if (d < 0) {
            this.unmatched++;
            let entry = this.unmatchedBySpelling.get(result.district);
            if (entry === undefined) {
                const name = normaliseDistrictName(result.district);
                entry = this.unmatchedByName.get(name) ?? { district: copyOf(result.district.trim()), households: 0 };
                this.unmatchedByName.set(name, entry);
                this.unmatchedBySpelling.set(copyOf(result.district), entry);
            }
            entry.households++;
            return result.category === undefined
                ? { status: 'no-district', district: result.district }
                : { status: 'no-district', district: result.district, category: result.category };
        }
        this.householdCount[d]!++;
        const values = result.values;
        let subdistrict = NO_UNIT;
        let facilitator = NO_UNIT;
        if (this.countUnits || result.category !== undefined) {
            if (this.subdistrictSlot >= 0) subdistrict = this.subdistricts.unitOf(d, String(values[this.subdistrictSlot]));
            if (this.facilitatorSlot >= 0) facilitator = this.facilitators.unitOf(d, String(values[this.facilitatorSlot]));
            if (this.countUnits) {
                if (subdistrict !== NO_UNIT) this.subdistricts.households[subdistrict]!++;
                if (facilitator !== NO_UNIT) this.facilitators.households[facilitator]!++;
            }
        }
        if (result.category === undefined) {
            this.staysCount[d]!++;
            return this.stays[d]!;
        }
        const g = this.graduationIndex.get(result.category);
        if (g === undefined) throw new Error(`Household ${result.key} has category "${result.category}", which the Plan does not declare`);
        const candidate = this.keys.length;
        this.keys.push(copyOf(result.key));
        this.positions.push(position);
        this.candidateDistrict.push(d);
        this.candidateCategory.push(g);
        this.candidateSubdistrict.push(subdistrict);
        this.candidateFacilitator.push(facilitator);
        const rank = result.rankValue;
        if (typeof rank === 'number') {
            this.rankNumbers.push(rank);
        } else {
            this.rankNumbers.push(NaN);
            if (typeof rank === 'string') this.rankTexts.set(candidate, copyOf(rank));
        }
        return undefined;
    }

    /** Ranks every group of candidates and fills the targets. Call once, after the last `place`. */
    finish(): SelectedQuotas {
        if (this.finished) throw new Error('This selection is already finished');
        this.finished = true;
        return new Ranking(this).result;
    }

    /** @internal for Ranking */
    get internals() {
        return {
            plan: this.plan,
            householdCount: this.householdCount,
            staysCount: this.staysCount,
            unmatched: this.unmatched,
            unmatchedDistricts: [...new Set(this.unmatchedByName.values())],
            placed: this.placed,
            subdistricts: this.subdistricts,
            facilitators: this.facilitators,
            keys: this.keys,
            positions: this.positions.data,
            district: this.candidateDistrict.data,
            category: this.candidateCategory.data,
            subdistrict: this.candidateSubdistrict.data,
            facilitator: this.candidateFacilitator.data,
            rankNumbers: this.rankNumbers.data,
            rankTexts: this.rankTexts,
        };
    }
}

/** One group of candidates ranked together: a district's category, or one unit's. */
interface Group {
    district: number;
    category: number;
    per?: TargetUnit;
    unit: number;
    /** How many are proposed: the target's whole part, or all without a target. */
    limit: number;
    target?: number;
    candidates: number;
    /** Where the group's candidates start in the ranked order. */
    start: number;
}

class Ranking {
    readonly result: SelectedQuotas;

    constructor(selection: QuotaSelection) {
        const s = selection.internals;
        const plan = s.plan;
        const graduations = plan.graduations;
        const categories = graduations.length;
        const count = s.keys.length;
        const constants = evaluateConstants(plan);

        const targetValue = (district: number, target: TargetPlan, households: number): number => {
            if (target.value !== undefined) return target.value;
            const quantities = new Map(plan.districts[district]!.quantities.map((q) => [q.name, q.value as Value]));
            return Number(evaluateFormula(target.expr!, { constants, quantities, evaluationDate: plan.evaluationDate, households }));
        };

        // Groups: first one per district and category, then one per unit of per-unit targets.
        const groups: Group[] = [];
        const targets = plan.districts.map((district) => new Map(district.targets.map((t) => [t.category, t])));
        /** [district][category] → per unit (index into its unit table) → group, for per-unit targets. */
        const unitGroups: ({ per: TargetUnit; byUnit: Map<number, number> } | undefined)[][] =
            plan.districts.map(() => graduations.map(() => undefined));
        plan.districts.forEach((_, d) => {
            graduations.forEach((graduation, g) => {
                const target = targets[d]!.get(graduation.name);
                const group: Group = { district: d, category: g, unit: NO_UNIT, limit: Infinity, candidates: 0, start: 0 };
                if (target !== undefined && target.per === undefined) {
                    group.target = targetValue(d, target, s.householdCount[d]!);
                    group.limit = Math.max(0, Math.floor(group.target));
                }
                groups.push(group);
            });
        });
        plan.districts.forEach((_, d) => {
            graduations.forEach((graduation, g) => {
                const target = targets[d]!.get(graduation.name);
                if (target?.per === undefined) return;
                const table = target.per === 'facilitator' ? s.facilitators : s.subdistricts;
                const byUnit = new Map<number, number>();
                for (const unit of table.unitsOf(d)) {
                    const value = targetValue(d, target, table.households[unit]!);
                    byUnit.set(unit, groups.length);
                    groups.push({ district: d, category: g, per: target.per, unit, target: value, limit: Math.max(0, Math.floor(value)), candidates: 0, start: 0 });
                }
                unitGroups[d]![g] = { per: target.per, byUnit };
            });
        });

        // Each candidate's group, then the candidates bucketed by group (in placing order).
        const groupOf = new Int32Array(count);
        for (let c = 0; c < count; c++) {
            const d = s.district[c]!;
            const g = s.category[c]!;
            const perUnit = unitGroups[d]![g];
            let group = d * categories + g;
            if (perUnit !== undefined) {
                group = perUnit.byUnit.get(perUnit.per === 'facilitator' ? s.facilitator[c]! : s.subdistrict[c]!)!;
            }
            groupOf[c] = group;
            groups[group]!.candidates++;
        }
        let start = 0;
        for (const group of groups) {
            group.start = start;
            start += group.candidates;
        }
        const order = new Int32Array(count);
        const filled = new Int32Array(groups.length);
        for (let c = 0; c < count; c++) {
            const group = groupOf[c]!;
            order[groups[group]!.start + filled[group]!++] = c;
        }

        // Rank each group: by the category's ordering, then key, then placing order.
        const keys = s.keys;
        const byKey = (a: number, b: number) => {
            const ka = keys[a]!;
            const kb = keys[b]!;
            return ka < kb ? -1 : ka > kb ? 1 : a - b;
        };
        const comparators = graduations.map((graduation) => {
            const rank = graduation.rank;
            if (rank === undefined) return byKey;
            const direction = rank.descending ? -1 : 1;
            const numbers = s.rankNumbers;
            const texts = s.rankTexts;
            return (a: number, b: number) => {
                const ta = texts.get(a);
                const tb = texts.get(b);
                let order = 0;
                if (ta !== undefined || tb !== undefined) {
                    // a text rank value (rank by a text column); a missing value always comes last
                    if (ta === undefined || tb === undefined) order = ta === undefined ? 1 : -1;
                    else order = ta < tb ? -direction : ta > tb ? direction : 0;
                } else {
                    const x = numbers[a]!;
                    const y = numbers[b]!;
                    if (x !== x || y !== y) order = x !== x ? (y !== y ? 0 : 1) : -1; // NaN: missing, last
                    else order = x < y ? -direction : x > y ? direction : 0;
                }
                return order || byKey(a, b);
            };
        });
        const rankOf = new Int32Array(count);
        for (const group of groups) {
            if (group.candidates === 0) continue;
            const slice = order.subarray(group.start, group.start + group.candidates);
            // a plain array sorts faster (TimSort finds the runs: exports often come sorted by key)
            if (group.candidates > 1) slice.set(Array.from(slice).sort(comparators[group.category]!));
            for (let i = 0; i < slice.length; i++) rankOf[slice[i]!] = i + 1;
        }

        // Summaries.
        let proposedTotal = 0;
        let reserveTotal = 0;
        let staysTotal = 0;
        let budgetTotal = 0;
        let anyReward = false;
        const districts = plan.districts.map((district, d): DistrictSummary => {
            const rewards = new Map((district.rewards ?? []).map((r) => [r.category, r.amount]));
            let districtBudget = 0;
            const summaries = graduations.map((graduation, g): CategorySummary => {
                const target = targets[d]!.get(graduation.name);
                const own = groups[d * categories + g]!;
                const byUnit = unitGroups[d]![g]?.byUnit;
                const summary: CategorySummary = {
                    category: graduation.name,
                    label: graduation.label,
                    candidates: 0,
                    proposed: 0,
                    reserve: 0,
                    shortfall: 0,
                    surplus: 0,
                };
                if (byUnit === undefined) {
                    const proposed = Math.min(own.candidates, own.limit);
                    summary.candidates = own.candidates;
                    summary.proposed = proposed;
                    summary.reserve = own.candidates - proposed;
                    if (target !== undefined && own.target !== undefined) {
                        summary.target = own.target;
                        summary.formula = target.formula;
                        summary.shortfall = Math.max(0, own.target - own.candidates);
                        summary.surplus = Math.max(0, own.candidates - own.target);
                        if (target.value === undefined) summary.usesCaseload = true;
                    }
                } else {
                    const table = target!.per === 'facilitator' ? s.facilitators : s.subdistricts;
                    const units: UnitSummary[] = [];
                    let targetSum = 0;
                    for (const [unit, index] of byUnit) {
                        const group = groups[index]!;
                        const proposed = Math.min(group.candidates, group.limit);
                        const unitTarget = group.target!;
                        const unitSummary: UnitSummary = {
                            unit: table.names[unit]!,
                            households: table.households[unit]!,
                            target: unitTarget,
                            candidates: group.candidates,
                            proposed,
                            reserve: group.candidates - proposed,
                            shortfall: Math.max(0, unitTarget - group.candidates),
                            surplus: Math.max(0, group.candidates - unitTarget),
                        };
                        units.push(unitSummary);
                        targetSum += unitTarget;
                        summary.candidates += unitSummary.candidates;
                        summary.proposed += unitSummary.proposed;
                        summary.reserve += unitSummary.reserve;
                        summary.shortfall += unitSummary.shortfall;
                        summary.surplus += unitSummary.surplus;
                    }
                    summary.target = targetSum;
                    summary.formula = target!.formula;
                    summary.per = target!.per!;
                    summary.units = units;
                    if (target!.value === undefined) summary.usesCaseload = true;
                }
                const reward = rewards.get(graduation.name);
                if (reward !== undefined) {
                    summary.reward = reward;
                    summary.budget = reward * summary.proposed;
                    districtBudget += summary.budget;
                    anyReward = true;
                }
                proposedTotal += summary.proposed;
                reserveTotal += summary.reserve;
                return summary;
            });
            staysTotal += s.staysCount[d]!;
            budgetTotal += districtBudget;
            const summary: DistrictSummary = {
                district: district.name,
                households: s.householdCount[d]!,
                stays: s.staysCount[d]!,
                quantities: district.quantities,
                categories: summaries,
            };
            if (rewards.size > 0) summary.budget = districtBudget;
            return summary;
        });
        const totals: AllocationTotals = {
            households: s.placed,
            proposed: proposedTotal,
            reserve: reserveTotal,
            stays: staysTotal,
            unmatched: s.unmatched,
        };
        if (anyReward) totals.budget = budgetTotal;
        const allocation: Allocation = {
            households: [],
            districts,
            unmatched: s.unmatched,
            unmatchedDistricts: s.unmatchedDistricts,
            totals,
        };

        const unitName = (table: UnitTable, unit: number) => (unit === NO_UNIT ? '' : table.names[unit]!);
        this.result = {
            allocation,
            candidates: count,
            positionOf: (c) => s.positions[c]!,
            keyOf: (c) => keys[c]!,
            facilitatorOf: (c) => unitName(s.facilitators, s.facilitator[c]!),
            subdistrictOf: (c) => unitName(s.subdistricts, s.subdistrict[c]!),
            districtIndexOf: (c) => s.district[c]!,
            facilitatorIdOf: (c) => s.facilitator[c]!,
            categoryIndexOf: (c) => s.category[c]!,
            rankOf: (c) => rankOf[c]!,
            isProposed: (c) => rankOf[c]! <= groups[groupOf[c]!]!.limit,
            statusOf: (c) => {
                if (c < 0 || c >= count) throw new RangeError(`No candidate at index ${c}`);
                const group = groups[groupOf[c]!]!;
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
                    status.unit = (group.per === 'facilitator' ? s.facilitators : s.subdistricts).names[group.unit]!;
                }
                return status;
            },
        };
    }
}
