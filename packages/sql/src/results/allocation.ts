/**
 * The district summary (`Allocation`) from the figures the SQL gives: the rows are turned into the
 * engine's plain counts, and the engine words them (`summariseCounts`, `unmatchedSpellings`: engine
 * quotas/summaries.ts), as it words the counts of its own `QuotaSelection`.
 */
import {
    DistrictMatcher,
    summariseCounts,
    unmatchedSpellings,
    type Allocation,
    type DistrictCounts,
    type Plan,
    type UnitCounts,
} from '@kaidah/engine';

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

export function allocationFromSql(plan: Plan, rows: SummaryRow[], unmatchedRows: UnmatchedRow[], decided: number): Allocation {
    const districts = plan.districts.map((_, kd): DistrictCounts => {
        const own = rows.filter((row) => row.kd === kd);
        const groups = plan.graduations.map((_g, g) => own.filter((row) => row.g === g));
        return {
            households: own[0]?.district_households ?? 0,
            stays: own[0]?.stays ?? 0,
            categories: groups.map((rows) => rows[0]),
            units: groups.map((rows) => rows.map((row): UnitCounts => ({ ...row, unit: row.unit ?? '' }))),
        };
    });
    const met = [...unmatchedRows].sort((a, b) => a.first_r - b.first_r).map((u) => ({ district: u.spelling, households: u.households }));
    return summariseCounts(plan, {
        households: decided,
        districts,
        unmatched: unmatchedRows.reduce((sum, u) => sum + u.households, 0),
        ...unmatchedSpellings(new DistrictMatcher(plan.districts), met, 0),
    });
}
