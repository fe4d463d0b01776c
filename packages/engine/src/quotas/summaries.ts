/**
 * The figures of a ranked caseload: per district and category (and per unit, for a target counted
 * per unit) the target, candidates, proposed, reserve, shortfall and surplus; rewards and budgets;
 * and the totals. Every household is counted once: `proposed + reserve + stays + unmatched = households`.
 *
 * `summariseCounts` words the summaries from plain counts, wherever they were counted: the
 * `QuotaSelection` (`summarise`, below) and the SQL back end both hand their counts to it, so a
 * summary means the same whichever engine decided the caseload.
 */
import type { Plan } from '../plan/plan.js';
import type { DistrictMatcher } from '../evaluation/districts.js';
import type { Allocation, AllocationTotals, CategorySummary, DistrictSummary, UnitSummary, UnmatchedDistrict } from './types.js';
import { unitTableFor, type Group, type Groups, type PlacedCaseload } from './groups.js';
import { writtenText } from '../notation/written-text.js';

/** Unmatched spellings told apart (after normalising); households of further spellings are only counted. */
export const UNMATCHED_SPELLINGS_KEPT = 1000;
/** Unmatched spellings handed on, the most frequent first; the rest are summed in `unmatchedMore`. */
const UNMATCHED_SPELLINGS_SHOWN = 10;

/** What was counted of one group of candidates ranked together: a district's category, or one unit's. */
export interface GroupCounts {
    /** The group's target; absent when the category has no target in the district. */
    target?: number;
    candidates: number;
    proposed: number;
    reserve: number;
}

/** What was counted of one sub-district or facilitator, for a target counted per unit. */
export interface UnitCounts extends GroupCounts {
    /** As first written in the data; '' for the households that name none. */
    unit: string;
    /** The unit's caseload: its decided households. */
    households: number;
    target: number;
}

export interface DistrictCounts {
    /** The district's decided households, and of them those in no category. */
    households: number;
    stays: number;
    /**
     * Per category, in Plan order, when the district's target for it is not counted per unit: the
     * district's figures (undefined when nothing was counted).
     */
    categories: readonly (GroupCounts | undefined)[];
    /**
     * Per category, in Plan order, when the district's target for it is counted per unit: each
     * unit's figures, in order of first appearance.
     */
    units: readonly (readonly UnitCounts[] | undefined)[];
}

export interface CaseloadCounts {
    /** Households decided, in a district of the Plan or not. */
    households: number;
    /** Per district, in Plan order. */
    districts: readonly DistrictCounts[];
    /** Households in no district of the Plan, and their spellings (`unmatchedSpellings`). */
    unmatched: number;
    unmatchedDistricts: UnmatchedDistrict[];
    unmatchedMore?: { spellings: number; households: number };
}

/**
 * The spellings of households in no district, the most frequent first (then in order of first
 * appearance), the first ten with a hint. `met` is in order of first appearance: only the first
 * `UNMATCHED_SPELLINGS_KEPT` are told apart; the households of the others, and `elsewhere`, are
 * summed in `unmatchedMore` with those of the spellings not shown.
 */
export function unmatchedSpellings(
    matcher: DistrictMatcher,
    met: readonly UnmatchedDistrict[],
    elsewhere: number,
): Pick<Allocation, 'unmatchedDistricts' | 'unmatchedMore'> {
    const counted = met.filter((u) => u.households > 0);
    const kept = counted.slice(0, UNMATCHED_SPELLINGS_KEPT);
    const beyond = counted.slice(UNMATCHED_SPELLINGS_KEPT).reduce((sum, u) => sum + u.households, 0);
    kept.sort((a, b) => b.households - a.households); // stable: first appearance among equals
    const shown = kept.slice(0, UNMATCHED_SPELLINGS_SHOWN).map((u): UnmatchedDistrict => {
        const entry: UnmatchedDistrict = { district: u.district, households: u.households };
        const hint = matcher.hintFor(u.district);
        if (hint !== undefined) entry.hint = hint;
        return entry;
    });
    const rest = kept.slice(UNMATCHED_SPELLINGS_SHOWN);
    const households = rest.reduce((sum, u) => sum + u.households, 0) + beyond + elsewhere;
    return households === 0 ? { unmatchedDistricts: shown } : { unmatchedDistricts: shown, unmatchedMore: { spellings: rest.length, households } };
}

/** The summaries and totals of a caseload from its counts, for the writers, the report and the status sentences. */
export function summariseCounts(plan: Plan, counts: CaseloadCounts): Allocation {
    let proposedTotal = 0;
    let reserveTotal = 0;
    let staysTotal = 0;
    let budgetTotal = 0;
    let anyReward = false;
    const districts = plan.districts.map((district, d): DistrictSummary => {
        const own = counts.districts[d]!;
        const rewards = new Map(district.rewards.map((r) => [r.category, r.amount]));
        const targets = new Map(district.targets.map((t) => [t.category, t]));
        let districtBudget = 0;
        // a district's own category is none of the other districts' business
        const categories = plan.graduations.flatMap((graduation, g): CategorySummary[] => {
            if (graduation.district !== undefined && graduation.district !== district.name) return [];
            const target = targets.get(graduation.name);
            const summary: CategorySummary = {
                category: graduation.name,
                label: graduation.label,
                candidates: 0,
                proposed: 0,
                reserve: 0,
                shortfall: 0,
                surplus: 0,
            };
            if (target?.per === undefined) {
                const group = own.categories[g];
                summary.candidates = group?.candidates ?? 0;
                summary.proposed = group?.proposed ?? 0;
                summary.reserve = group?.reserve ?? 0;
                if (target !== undefined && group !== undefined && group.target !== undefined) {
                    summary.target = group.target;
                    summary.formula = writtenText(target);
                    summary.shortfall = Math.max(0, group.target - group.candidates);
                    summary.surplus = Math.max(0, group.candidates - group.target);
                    if (target.value === undefined) summary.usesCaseload = true;
                }
            } else {
                const units = (own.units[g] ?? []).map((unit): UnitSummary => ({
                    unit: unit.unit,
                    households: unit.households,
                    target: unit.target,
                    candidates: unit.candidates,
                    proposed: unit.proposed,
                    reserve: unit.reserve,
                    shortfall: Math.max(0, unit.target - unit.candidates),
                    surplus: Math.max(0, unit.candidates - unit.target),
                }));
                let targetSum = 0;
                for (const unit of units) {
                    targetSum += unit.target;
                    summary.candidates += unit.candidates;
                    summary.proposed += unit.proposed;
                    summary.reserve += unit.reserve;
                    summary.shortfall += unit.shortfall;
                    summary.surplus += unit.surplus;
                }
                summary.target = targetSum;
                summary.formula = writtenText(target);
                summary.per = target.per;
                summary.units = units;
                if (target.value === undefined) summary.usesCaseload = true;
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
            return [summary];
        });
        staysTotal += own.stays;
        budgetTotal += districtBudget;
        const summary: DistrictSummary = {
            district: district.name,
            households: own.households,
            stays: own.stays,
            quantities: district.quantities,
            categories,
        };
        if (rewards.size > 0) summary.budget = districtBudget;
        return summary;
    });
    const totals: AllocationTotals = {
        households: counts.households,
        proposed: proposedTotal,
        reserve: reserveTotal,
        stays: staysTotal,
        unmatched: counts.unmatched,
    };
    if (anyReward) totals.budget = budgetTotal;
    return {
        households: [],
        districts,
        unmatched: counts.unmatched,
        unmatchedDistricts: counts.unmatchedDistricts,
        ...(counts.unmatchedMore === undefined ? {} : { unmatchedMore: counts.unmatchedMore }),
        totals,
    };
}

/** The summaries of a caseload ranked by a `QuotaSelection`: the first `limit` of each group are proposed. */
export function summarise(plan: Plan, caseload: PlacedCaseload, groups: Groups): Allocation {
    const categories = plan.graduations.length;
    const counted = (group: Group): GroupCounts => {
        const proposed = Math.min(group.candidates, group.limit);
        return { target: group.target, candidates: group.candidates, proposed, reserve: group.candidates - proposed };
    };
    const districts = plan.districts.map((_, d): DistrictCounts => ({
        households: caseload.householdsPerDistrict[d]!,
        stays: caseload.staysPerDistrict[d]!,
        categories: plan.graduations.map((_g, g) => (groups.perUnit[d]![g] === undefined ? counted(groups.all[d * categories + g]!) : undefined)),
        units: plan.graduations.map((_g, g) => {
            const byUnit = groups.perUnit[d]![g];
            if (byUnit === undefined) return undefined;
            const table = unitTableFor(caseload, groups.targets[d]![g]!.per!);
            return [...byUnit].map(([unit, index]): UnitCounts => {
                const group = groups.all[index]!;
                return { ...counted(group), unit: table.names[unit]!, households: table.households[unit]!, target: group.target! };
            });
        }),
    }));
    return summariseCounts(plan, {
        households: caseload.households,
        districts,
        unmatched: caseload.unmatched,
        unmatchedDistricts: caseload.unmatchedDistricts,
        ...(caseload.unmatchedMore === undefined ? {} : { unmatchedMore: caseload.unmatchedMore }),
    });
}
