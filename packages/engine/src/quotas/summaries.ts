/**
 * The figures of a ranked caseload: per district and category (and per unit, for a target counted
 * per unit) the target, candidates, proposed, reserve, shortfall and surplus; rewards and budgets;
 * and the totals. Every household is counted once: `proposed + reserve + stays + unmatched = households`.
 */
import type { Plan } from '../plan/plan.js';
import type { Allocation, AllocationTotals, CategorySummary, DistrictSummary, UnitSummary } from './types.js';
import { unitTableFor, type Groups, type PlacedCaseload } from './groups.js';

export function summarise(plan: Plan, caseload: PlacedCaseload, groups: Groups): Allocation {
    const graduations = plan.graduations;
    const categories = graduations.length;
    let proposedTotal = 0;
    let reserveTotal = 0;
    let staysTotal = 0;
    let budgetTotal = 0;
    let anyReward = false;
    const districts = plan.districts.map((district, d): DistrictSummary => {
        const rewards = new Map(district.rewards.map((r) => [r.category, r.amount]));
        let districtBudget = 0;
        // a district's own category is none of the other districts' business
        const summaries = graduations.flatMap((graduation, g): CategorySummary[] => {
            if (graduation.district !== undefined && graduation.district !== district.name) return [];
            const target = groups.targets[d]![g];
            const own = groups.all[d * categories + g]!;
            const byUnit = groups.perUnit[d]![g];
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
                const per = target!.per!;
                const table = unitTableFor(caseload, per);
                const units: UnitSummary[] = [];
                let targetSum = 0;
                for (const [unit, index] of byUnit) {
                    const group = groups.all[index]!;
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
                summary.per = per;
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
            return [summary];
        });
        staysTotal += caseload.staysPerDistrict[d]!;
        budgetTotal += districtBudget;
        const summary: DistrictSummary = {
            district: district.name,
            households: caseload.householdsPerDistrict[d]!,
            stays: caseload.staysPerDistrict[d]!,
            quantities: district.quantities,
            categories: summaries,
        };
        if (rewards.size > 0) summary.budget = districtBudget;
        return summary;
    });
    const totals: AllocationTotals = {
        households: caseload.households,
        proposed: proposedTotal,
        reserve: reserveTotal,
        stays: staysTotal,
        unmatched: caseload.unmatched,
    };
    if (anyReward) totals.budget = budgetTotal;
    return {
        households: [],
        districts,
        unmatched: caseload.unmatched,
        unmatchedDistricts: caseload.unmatchedDistricts,
        ...(caseload.unmatchedMore === undefined ? {} : { unmatchedMore: caseload.unmatchedMore }),
        totals,
    };
}
