/**
 * The district summary (`Allocation`) from the figures the SQL gives, worded as the JS engine's
 * `summarise` words them (engine quotas/summaries.ts): shortfall and surplus, targets per unit
 * summed, rewards and budgets, unmatched spellings with a hint.
 */
import { DistrictMatcher, type Allocation, type CategorySummary, type DistrictSummary, type Plan, type UnitSummary, type UnmatchedDistrict } from '@kaidah/engine';

export interface SummaryRow {
    kd: number;
    g: number;
    per: 'facilitator' | 'subdistrict' | null;
    unit: string | null;
    households: number;
    district_households: number;
    stays: number;
    target: number;
    candidates: number;
    proposed: number;
    reserve: number;
}

export interface UnmatchedRow {
    spelling: string;
    households: number;
    first_r: number;
}

const UNMATCHED_SPELLINGS_KEPT = 1000;
const UNMATCHED_SPELLINGS_SHOWN = 10;

function unmatchedOf(plan: Plan, rows: UnmatchedRow[]): Pick<Allocation, 'unmatchedDistricts' | 'unmatchedMore'> {
    const byFirst = [...rows].sort((a, b) => a.first_r - b.first_r);
    const kept = byFirst.slice(0, UNMATCHED_SPELLINGS_KEPT);
    const elsewhere = byFirst.slice(UNMATCHED_SPELLINGS_KEPT).reduce((sum, u) => sum + u.households, 0);
    const all: UnmatchedDistrict[] = kept.map((u) => ({ district: u.spelling, households: u.households }));
    all.sort((a, b) => b.households - a.households); // stable: first appearance among equals
    const shown = all.slice(0, UNMATCHED_SPELLINGS_SHOWN);
    const matcher = new DistrictMatcher(plan.districts);
    for (const entry of shown) {
        const hint = matcher.hintFor(entry.district);
        if (hint !== undefined) entry.hint = hint;
    }
    const rest = all.slice(UNMATCHED_SPELLINGS_SHOWN);
    const households = rest.reduce((sum, u) => sum + u.households, 0) + elsewhere;
    return households === 0 ? { unmatchedDistricts: shown } : { unmatchedDistricts: shown, unmatchedMore: { spellings: rest.length, households } };
}

export function allocationFromSql(plan: Plan, rows: SummaryRow[], unmatchedRows: UnmatchedRow[], decided: number): Allocation {
    let proposedTotal = 0;
    let reserveTotal = 0;
    let staysTotal = 0;
    let budgetTotal = 0;
    let anyReward = false;
    const districts = plan.districts.map((district, kd): DistrictSummary => {
        const own = rows.filter((row) => row.kd === kd);
        const rewards = new Map(district.rewards.map((r) => [r.category, r.amount]));
        const targets = new Map(district.targets.map((t) => [t.category, t]));
        let districtBudget = 0;
        const categories = plan.graduations.map((graduation, g): CategorySummary => {
            const target = targets.get(graduation.name);
            const groups = own.filter((row) => row.g === g);
            const summary: CategorySummary = { category: graduation.name, label: graduation.label, candidates: 0, proposed: 0, reserve: 0, shortfall: 0, surplus: 0 };
            if (target?.per === undefined) {
                const group = groups[0];
                summary.candidates = group?.candidates ?? 0;
                summary.proposed = group?.proposed ?? 0;
                summary.reserve = group?.reserve ?? 0;
                if (target !== undefined && group !== undefined) {
                    summary.target = group.target;
                    summary.formula = target.formula;
                    summary.shortfall = Math.max(0, group.target - group.candidates);
                    summary.surplus = Math.max(0, group.candidates - group.target);
                    if (target.value === undefined) summary.usesCaseload = true;
                }
            } else {
                const units: UnitSummary[] = groups.map((group) => ({
                    unit: group.unit ?? '',
                    households: group.households,
                    target: group.target,
                    candidates: group.candidates,
                    proposed: group.proposed,
                    reserve: group.reserve,
                    shortfall: Math.max(0, group.target - group.candidates),
                    surplus: Math.max(0, group.candidates - group.target),
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
                summary.formula = target.formula;
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
            return summary;
        });
        const households = own[0]?.district_households ?? 0;
        const stays = own[0]?.stays ?? 0;
        staysTotal += stays;
        budgetTotal += districtBudget;
        const summary: DistrictSummary = { district: district.name, households, stays, quantities: district.quantities, categories };
        if (rewards.size > 0) summary.budget = districtBudget;
        return summary;
    });
    const unmatched = unmatchedRows.reduce((sum, u) => sum + u.households, 0);
    const totals: Allocation['totals'] = { households: decided, proposed: proposedTotal, reserve: reserveTotal, stays: staysTotal, unmatched };
    if (anyReward) totals.budget = budgetTotal;
    return { households: [], districts, unmatched, ...unmatchedOf(plan, unmatchedRows), totals };
}
