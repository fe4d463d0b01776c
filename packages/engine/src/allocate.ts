/**
 * Quota allocation: within each district and graduation category (or each sub-district or
 * facilitator, for targets counted per unit), rank the candidates and propose as many as the
 * target; the rest are the reserve (cadangan), in rank order, for when a proposed household fails
 * re-verification.
 *
 * Nothing is lost: every household gets exactly one status, and
 * `proposed + reserve + stays + unmatched = households`.
 * Deterministic: ties in rank break on the household key (plain string order), then on input order.
 *
 * `allocateQuotas` takes every evaluated household at once; `QuotaSelection` (selection.ts) does the
 * same one household at a time, for caseloads too large to keep, and both give the same figures.
 */
import type { QuantityValue } from './plan.js';
import type { Plan } from './plan.js';
import type { HouseholdResult } from './evaluate.js';
import { QuotaSelection } from './selection.js';
import { formatNumber } from './numbers.js';
import { messagesFor, type Lang, type TargetUnit } from './messages.js';
import { displayText } from './notation.js';

export type HouseholdStatusCode =
    /** Ranked within the target: proposed for graduation. */
    | 'proposed'
    /** Ranked beyond the target: waiting list. */
    | 'reserve'
    /** In no graduation category: stays in the programme. */
    | 'stays'
    /** Its district is not in the rules: not ranked, but counted. */
    | 'no-district';

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
    /** The first spelling met in the data. */
    district: string;
    households: number;
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
    /** Those districts, in order of first appearance, to point officers at misspellings. */
    unmatchedDistricts: UnmatchedDistrict[];
    totals: AllocationTotals;
}

export function allocateQuotas(plan: Plan, results: HouseholdResult[]): Allocation {
    const selection = new QuotaSelection(plan);
    const households: HouseholdStatus[] = new Array(results.length);
    const candidates: number[] = [];
    results.forEach((result, i) => {
        const status = selection.place(result, i);
        if (status === undefined) candidates.push(i);
        else households[i] = status;
    });
    const selected = selection.finish();
    candidates.forEach((i, c) => {
        households[i] = selected.statusOf(c);
    });
    return { ...selected.allocation, households };
}

// ---------------------------------------------------------------------------------------------
// Sentences

interface Lookups {
    /** District → category → summary. */
    categories: Map<string, Map<string, CategorySummary>>;
    units: WeakMap<CategorySummary, Map<string, UnitSummary>>;
    households: Map<string, number>;
}

const lookups = new WeakMap<Allocation, Lookups>();

function lookupsOf(allocation: Allocation): Lookups {
    let found = lookups.get(allocation);
    if (found === undefined) {
        found = { categories: new Map(), units: new WeakMap(), households: new Map() };
        for (const d of allocation.districts) {
            found.households.set(d.district, d.households);
            found.categories.set(d.district, new Map(d.categories.map((c) => [c.category, c])));
        }
        lookups.set(allocation, found);
    }
    return found;
}

function unitSummaryOf(found: Lookups, category: CategorySummary, unit: string): UnitSummary | undefined {
    let units = found.units.get(category);
    if (units === undefined) {
        units = new Map((category.units ?? []).map((u) => [u.unit, u]));
        found.units.set(category, units);
    }
    return units.get(unit);
}

/** The formula as shown after the target, with the caseload it was worked out on; undefined when it is just the number. */
function targetDetails(value: string, formula: string | undefined, caseload: number | undefined, lang: Lang): string | undefined {
    const shown = formula === undefined ? '' : displayText(formula).trim();
    const parts: string[] = [];
    if (shown !== '' && shown !== value) parts.push(shown);
    if (caseload !== undefined) parts.push(messagesFor(lang).caseload(formatNumber(caseload)));
    return parts.length === 0 ? undefined : parts.join(', ');
}

/** Target sentences already worded, per summary (or unit) and language: every candidate of a group says the same. */
const targetSentences = new WeakMap<CategorySummary | UnitSummary, Partial<Record<Lang, string>>>();

/** `target 2.580 (facilitators × 10)`; `target 10 per facilitator`; the formula is left out when it is just the number. */
function describeTarget(summary: CategorySummary, districtHouseholds: number, unit: UnitSummary | undefined, lang: Lang): string {
    const owner = summary.per !== undefined && unit !== undefined ? unit : summary;
    let worded = targetSentences.get(owner);
    if (worded === undefined) targetSentences.set(owner, (worded = {}));
    return (worded[lang] ??= wordTarget(summary, districtHouseholds, unit, lang));
}

function wordTarget(summary: CategorySummary, districtHouseholds: number, unit: UnitSummary | undefined, lang: Lang): string {
    const m = messagesFor(lang);
    if (summary.target === undefined) return m.noTarget;
    if (summary.per !== undefined && unit !== undefined) {
        const value = formatNumber(unit.target);
        return m.targetPer(value, summary.per, targetDetails(value, summary.formula, summary.usesCaseload ? unit.households : undefined, lang));
    }
    const value = formatNumber(summary.target);
    return m.target(value, targetDetails(value, summary.formula, summary.usesCaseload ? districtHouseholds : undefined, lang));
}

/**
 * Why a household has its status, e.g. en `ranked 12 of 340 in Kabupaten Probolinggo; target 2.580
 * (facilitators × 10): proposed`, id `peringkat 3 dari 12 pada pendamping PDP-3513-0001; target 10
 * per pendamping: diusulkan`. `household` is the index into `allocation.households`.
 */
export function explainStatus(allocation: Allocation, household: number, lang: Lang): string {
    const status = allocation.households[household];
    if (status === undefined) throw new RangeError(`No household at index ${household}`);
    return describeStatus(allocation, status, lang);
}

/** `explainStatus` for a status at hand (from `QuotaSelection`, or `allocation.households`). */
export function describeStatus(allocation: Allocation, status: HouseholdStatus, lang: Lang): string {
    const m = messagesFor(lang);
    switch (status.status) {
        case 'no-district':
            return status.district.trim() === '' ? m.noDistrictGiven : m.districtNotInRules(status.district.trim());
        case 'stays':
            return m.staysSentence;
        case 'proposed':
        case 'reserve': {
            const found = lookupsOf(allocation);
            const summary = found.categories.get(status.district)?.get(status.category!);
            const rank = formatNumber(status.rank!);
            const of = formatNumber(status.of!);
            const ranking = status.per === undefined
                ? m.ranked(rank, of, status.district)
                : m.rankedInUnit(rank, of, status.per, status.unit ?? '');
            const unit = summary === undefined || status.per === undefined ? undefined : unitSummaryOf(found, summary, status.unit ?? '');
            const target = summary === undefined ? m.noTarget : describeTarget(summary, found.households.get(status.district) ?? 0, unit, lang);
            return m.placed(ranking, target, m.statuses[status.status]);
        }
    }
}

/** One category of one district: `Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: target 2.580, …`. */
export function describeCategorySummary(district: DistrictSummary, category: CategorySummary, lang: Lang): string {
    return messagesFor(lang).categorySummary({
        district: district.district,
        category: category.label,
        ...(category.target === undefined ? {} : { target: formatNumber(category.target) }),
        candidates: formatNumber(category.candidates),
        proposed: formatNumber(category.proposed),
        reserve: formatNumber(category.reserve),
        shortfall: formatNumber(category.shortfall),
    });
}

/** `2.000 households: 150 proposed, 40 reserve, 1.800 stay in the programme, 10 in districts not in the rules`. */
export function describeTotals(totals: AllocationTotals, lang: Lang): string {
    return messagesFor(lang).totals({
        households: formatNumber(totals.households),
        proposed: formatNumber(totals.proposed),
        reserve: formatNumber(totals.reserve),
        stays: formatNumber(totals.stays),
        unmatched: formatNumber(totals.unmatched),
    });
}

/**
 * A category counted per unit, for the lines under a summary table: `Kabupaten Pamekasan, Graduasi
 * Sejahtera Mandiri: target 10 per facilitator in 191 facilitators: 23 short of their target
 * (shortfall 57 in all), 140 with more candidates than their target`. Undefined for a category
 * whose target is not counted per unit.
 */
export function describeUnitSummary(district: DistrictSummary, category: CategorySummary, lang: Lang): string | undefined {
    if (category.per === undefined || category.units === undefined) return undefined;
    const units = category.units;
    return messagesFor(lang).unitSummary({
        district: district.district,
        category: category.label,
        per: category.per,
        formula: displayText(category.formula ?? '').trim(),
        units: formatNumber(units.length),
        unitsShort: formatNumber(units.filter((u) => u.shortfall > 0).length),
        shortfall: formatNumber(category.shortfall),
        unitsOver: formatNumber(units.filter((u) => u.surplus > 0).length),
    });
}
