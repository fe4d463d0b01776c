/**
 * What quota allocation produces: a status per household, summaries per district, category and
 * unit, and totals. Plain data, for writers, reports and the sentences of text/.
 */
import type { QuantityValue } from '../plan/plan.js';
import type { UnmatchedHint } from '../evaluation/districts.js';
import type { HouseholdStatusCode, TargetUnit } from '../plan/codes.js';

export interface HouseholdStatus {
    status: HouseholdStatusCode;
    /** The district as the Plan names it; for 'no-district', as written in the data. */
    district: string;
    category?: string;
    /** 1-based position among the candidates ranked together (district and category, or unit and category). */
    rank?: number;
    /** How many candidates are ranked together with this one. */
    of?: number;
    /** Set when the category's target is counted per sub-district or facilitator: ranked within `unit`. */
    per?: TargetUnit;
    /** The sub-district or facilitator as first written in the data ('' when the data give none). */
    unit?: string;
}

/** One sub-district or facilitator of a category whose target is counted per unit. */
export interface UnitSummary {
    /** As first written in the data; '' for the households that name none. */
    unit: string;
    /** The unit's caseload: its decided households in the data. */
    households: number;
    target: number;
    candidates: number;
    proposed: number;
    reserve: number;
    shortfall: number;
    surplus: number;
}

export interface CategorySummary {
    category: string;
    label: string;
    /**
     * Absent when the category has no target in this district: then every candidate is proposed.
     * For a target per unit, the sum of the units' targets.
     */
    target?: number;
    /** The target's formula as its rule file writes it (notation/display.ts `writtenText`). */
    formula?: string;
    /** The target is worked out from the caseload (`10% of households`). */
    usesCaseload?: boolean;
    /** Set when the target is counted per sub-district or facilitator; `units` has each one. */
    per?: TargetUnit;
    units?: UnitSummary[];
    candidates: number;
    proposed: number;
    reserve: number;
    /** max(0, target − candidates), summed over units for a target per unit. */
    shortfall: number;
    /** max(0, candidates − target), summed over units for a target per unit. */
    surplus: number;
    /** What each graduate receives (Rupiah), when the district sets a reward for the category. */
    reward?: number;
    /** `reward × proposed`. */
    budget?: number;
}

export interface DistrictSummary {
    district: string;
    /** Households of this district in the data. */
    households: number;
    /** Of those, the households in no category. */
    stays: number;
    quantities: QuantityValue[];
    /** One entry per graduation category, in Plan order. */
    categories: CategorySummary[];
    /** The rewards of the district's proposed graduates (Rupiah), when it sets any reward. */
    budget?: number;
}

export interface UnmatchedDistrict {
    /** The first spelling met in the data (spellings that normalise alike are counted together). */
    district: string;
    households: number;
    /** The district it probably means, or why a bare name is not guessed. */
    hint?: UnmatchedHint;
}

export interface AllocationTotals {
    households: number;
    proposed: number;
    reserve: number;
    stays: number;
    unmatched: number;
    /** The rewards of all proposed graduates (Rupiah), when any district sets a reward. */
    budget?: number;
}

export interface Allocation {
    /**
     * One status per household, in the order of the results given to `allocateQuotas`. Empty when
     * the allocation comes from a `QuotaSelection` (the command line streams its statuses instead).
     */
    households: HouseholdStatus[];
    /** Districts in Plan order. */
    districts: DistrictSummary[];
    /** Households whose district is not in the Plan. */
    unmatched: number;
    /**
     * Those districts' spellings, the most frequent first (at most 10), to point officers at
     * misspellings; `unmatchedMore` sums the others.
     */
    unmatchedDistricts: UnmatchedDistrict[];
    unmatchedMore?: { spellings: number; households: number };
    totals: AllocationTotals;
}

/** What `finish` knows of each candidate, by the index `place` gave it. */
export interface SelectedQuotas {
    /** District summaries and totals. `households` is left empty: ask `statusOf`. */
    allocation: Allocation;
    /** Candidates ranked: indices run from 0 to `candidates - 1`, in the order they were placed. */
    candidates: number;
    /**
     * The index here of the candidate `place` numbered `placed` (the same unless households were
     * withdrawn); -1 for a withdrawn one.
     */
    indexOfPlaced(placed: number): number;
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
