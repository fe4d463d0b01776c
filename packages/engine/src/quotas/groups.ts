/**
 * The groups of candidates ranked together: a district's category, or, for a target counted per
 * sub-district or facilitator, one unit's. Each has its target, worked out on its own caseload
 * when the formula uses `households`.
 */
import type { Plan, TargetPlan, Value } from '../plan/plan.js';
import type { TargetUnit } from '../plan/codes.js';
import { evaluateConstants, evaluateFormula } from '../evaluation/formulas.js';
import type { UnmatchedDistrict } from './types.js';
import type { CandidateColumns } from './candidate-columns.js';
import { NO_UNIT, type UnitTable } from './unit-table.js';

/** What a `QuotaSelection` has counted and kept when the last household is placed. */
export interface PlacedCaseload {
    households: number;
    /** Per district, in Plan order: its households, and of them those in no category. */
    householdsPerDistrict: readonly number[];
    staysPerDistrict: readonly number[];
    unmatched: number;
    unmatchedDistricts: UnmatchedDistrict[];
    unmatchedMore?: { spellings: number; households: number };
    subdistricts: UnitTable;
    facilitators: UnitTable;
    candidates: CandidateColumns;
}

/** One group of candidates ranked together: a district's category, or one unit's. */
export interface Group {
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

/** The groups of a caseload: first one per district and category (index `d × categories + g`), then one per unit of per-unit targets. */
export interface Groups {
    all: Group[];
    /** [district][category] → the target, when the district sets one. */
    targets: (TargetPlan | undefined)[][];
    /** [district][category] → per unit (index into its unit table) → group index, for per-unit targets. */
    perUnit: (Map<number, number> | undefined)[][];
}

export function unitTableFor(caseload: PlacedCaseload, per: TargetUnit): UnitTable {
    return per === 'facilitator' ? caseload.facilitators : caseload.subdistricts;
}

export function buildGroups(plan: Plan, caseload: PlacedCaseload): Groups {
    const graduations = plan.graduations;
    const constants = evaluateConstants(plan);
    const targetValue = (district: number, target: TargetPlan, households: number): number => {
        if (target.value !== undefined) return target.value;
        const quantities = new Map(plan.districts[district]!.quantities.map((q) => [q.name, q.value as Value]));
        return Number(evaluateFormula(target.expr!, { constants, quantities, evaluationDate: plan.evaluationDate, households }));
    };
    const all: Group[] = [];
    const targets = plan.districts.map((district) => {
        const byCategory = new Map(district.targets.map((t) => [t.category, t]));
        return graduations.map((g) => byCategory.get(g.name));
    });
    targets.forEach((row, d) => {
        row.forEach((target, g) => {
            const group: Group = { district: d, category: g, unit: NO_UNIT, limit: Infinity, candidates: 0, start: 0 };
            if (target !== undefined && target.per === undefined) {
                group.target = targetValue(d, target, caseload.householdsPerDistrict[d]!);
                group.limit = Math.max(0, Math.floor(group.target));
            }
            all.push(group);
        });
    });
    const perUnit = targets.map((row, d) => row.map((target, g) => {
        if (target?.per === undefined) return undefined;
        const table = unitTableFor(caseload, target.per);
        const byUnit = new Map<number, number>();
        for (const unit of table.unitsOf(d)) {
            const value = targetValue(d, target, table.households[unit]!);
            byUnit.set(unit, all.length);
            all.push({ district: d, category: g, per: target.per, unit, target: value, limit: Math.max(0, Math.floor(value)), candidates: 0, start: 0 });
        }
        return byUnit;
    }));
    return { all, targets, perUnit };
}
