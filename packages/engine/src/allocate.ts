/**
 * Quota allocation: within each district and graduation category, rank the candidates and propose
 * as many as the district's target; the rest are the reserve (cadangan), in rank order, for when a
 * proposed household fails re-verification.
 *
 * Nothing is lost: every household gets exactly one status, and
 * `proposed + reserve + stays + unmatched = households`.
 * Deterministic: ties in rank break on the household key (plain string order), and the sort is
 * stable, so even duplicate keys keep their input order.
 */
import type { DistrictPlan, Plan, QuantityValue, TargetPlan, Value } from './plan.js';
import { evaluateConstants, evaluateFormula, type HouseholdResult } from './evaluate.js';
import { normaliseDistrictName } from './districts.js';
import { formatNumber } from './numbers.js';
import { messagesFor, type Lang } from './messages.js';
import { displayText } from './notation.js';

export type HouseholdStatusCode =
    /** Ranked within the district's target: proposed for graduation. */
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
    /** 1-based position among the candidates of the same district and category. */
    rank?: number;
    /** How many candidates that district and category have. */
    of?: number;
}

export interface CategorySummary {
    category: string;
    label: string;
    /** Absent when the category has no target in this district: then every candidate is proposed. */
    target?: number;
    formula?: string;
    candidates: number;
    proposed: number;
    reserve: number;
    /** max(0, target − candidates): households the district still has to find. */
    shortfall: number;
    /** max(0, candidates − target). */
    surplus: number;
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
}

export interface Allocation {
    /** One status per household, in the order of the results given. */
    households: HouseholdStatus[];
    /** Districts in Plan order. */
    districts: DistrictSummary[];
    /** Households whose district is not in the Plan. */
    unmatched: number;
    /** Those districts, in order of first appearance, to point officers at misspellings. */
    unmatchedDistricts: UnmatchedDistrict[];
    totals: AllocationTotals;
}

function compareKeys(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function isMissing(value: Value | undefined): boolean {
    return value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/** Best first in the category's direction; a missing or undefined rank value always comes last. */
function compareRankValues(a: Value | undefined, b: Value | undefined, descending: boolean): number {
    const aMissing = isMissing(a);
    const bMissing = isMissing(b);
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1; // cannot happen in a checked Plan
    const order = a! < b! ? -1 : a! > b! ? 1 : 0;
    return descending ? -order : order;
}

/** Ranks candidate indices (into `results`) in place. */
function rankCandidates(candidates: number[], results: HouseholdResult[], rank: { descending: boolean } | undefined): void {
    if (rank === undefined) {
        candidates.sort((a, b) => compareKeys(results[a]!.key, results[b]!.key));
        return;
    }
    const descending = rank.descending;
    candidates.sort((a, b) => {
        const ra = results[a]!;
        const rb = results[b]!;
        return compareRankValues(ra.rankValue, rb.rankValue, descending) || compareKeys(ra.key, rb.key);
    });
}

export function allocateQuotas(plan: Plan, results: HouseholdResult[]): Allocation {
    const graduations = plan.graduations;
    const graduationIndex = new Map(graduations.map((g, i) => [g.name, i]));
    const districtIndex = new Map(plan.districts.map((d, i) => [normaliseDistrictName(d.name), i]));
    const indexBySpelling = new Map<string, number>();
    const districtOf = (spelling: string): number => {
        let index = indexBySpelling.get(spelling);
        if (index === undefined) {
            index = districtIndex.get(normaliseDistrictName(spelling)) ?? -1;
            indexBySpelling.set(spelling, index);
        }
        return index;
    };

    const households: HouseholdStatus[] = new Array(results.length);
    const candidates: number[][][] = plan.districts.map(() => graduations.map(() => []));
    const householdCount = plan.districts.map(() => 0);
    const staysCount = plan.districts.map(() => 0);
    const unmatchedByName = new Map<string, UnmatchedDistrict>();
    const unmatchedBySpelling = new Map<string, UnmatchedDistrict>();
    let unmatched = 0;

    results.forEach((result, i) => {
        const d = districtOf(result.district);
        if (d < 0) {
            unmatched++;
            let entry = unmatchedBySpelling.get(result.district);
            if (entry === undefined) {
                const name = normaliseDistrictName(result.district);
                entry = unmatchedByName.get(name) ?? { district: result.district.trim(), households: 0 };
                unmatchedByName.set(name, entry);
                unmatchedBySpelling.set(result.district, entry);
            }
            entry.households++;
            households[i] = result.category === undefined
                ? { status: 'no-district', district: result.district }
                : { status: 'no-district', district: result.district, category: result.category };
            return;
        }
        householdCount[d]!++;
        if (result.category === undefined) {
            staysCount[d]!++;
            households[i] = { status: 'stays', district: plan.districts[d]!.name };
            return;
        }
        const g = graduationIndex.get(result.category);
        if (g === undefined) throw new Error(`Household ${result.key} has category "${result.category}", which the Plan does not declare`);
        candidates[d]![g]!.push(i);
    });

    let proposedTotal = 0;
    let reserveTotal = 0;
    let staysTotal = 0;
    const districts = plan.districts.map((district, d): DistrictSummary => {
        const targets = new Map<string, TargetPlan>(district.targets.map((t) => [t.category, t]));
        const categories = graduations.map((graduation, g): CategorySummary => {
            const ranked = candidates[d]![g]!;
            rankCandidates(ranked, results, graduation.rank);
            const target = targets.get(graduation.name);
            const targetValue = target === undefined ? undefined : districtTargetValue(plan, district, target, householdCount[d]!);
            // A fractional target proposes its whole part: the target is "at most", never exceeded.
            const limit = targetValue === undefined ? Infinity : Math.max(0, Math.floor(targetValue));
            const of = ranked.length;
            ranked.forEach((i, position) => {
                households[i] = {
                    status: position < limit ? 'proposed' : 'reserve',
                    district: district.name,
                    category: graduation.name,
                    rank: position + 1,
                    of,
                };
            });
            const proposed = Math.min(of, limit);
            proposedTotal += proposed;
            reserveTotal += of - proposed;
            const summary: CategorySummary = {
                category: graduation.name,
                label: graduation.label,
                candidates: of,
                proposed,
                reserve: of - proposed,
                shortfall: 0,
                surplus: 0,
            };
            if (target !== undefined && targetValue !== undefined) {
                summary.target = targetValue;
                summary.formula = target.formula;
                summary.shortfall = Math.max(0, targetValue - of);
                summary.surplus = Math.max(0, of - targetValue);
            }
            return summary;
        });
        staysTotal += staysCount[d]!;
        return {
            district: district.name,
            households: householdCount[d]!,
            stays: staysCount[d]!,
            quantities: district.quantities,
            categories,
        };
    });

    return {
        households,
        districts,
        unmatched,
        unmatchedDistricts: [...unmatchedByName.values()],
        totals: {
            households: results.length,
            proposed: proposedTotal,
            reserve: reserveTotal,
            stays: staysTotal,
            unmatched,
        },
    };
}

// ---------------------------------------------------------------------------------------------
// Sentences

const categoryLookups = new WeakMap<Allocation, Map<string, CategorySummary>>();

function categorySummaryOf(allocation: Allocation, district: string, category: string): CategorySummary | undefined {
    let lookup = categoryLookups.get(allocation);
    if (lookup === undefined) {
        lookup = new Map();
        for (const d of allocation.districts) {
            for (const c of d.categories) lookup.set(`${d.district}\u0000${c.category}`, c);
        }
        categoryLookups.set(allocation, lookup);
    }
    return lookup.get(`${district}\u0000${category}`);
}

/** `target 2.580 (facilitators × 10)`; the formula is left out when it is just the number. */
function describeTarget(summary: CategorySummary, lang: Lang): string {
    const m = messagesFor(lang);
    if (summary.target === undefined) return m.noTarget;
    const value = formatNumber(summary.target);
    const formula = summary.formula === undefined ? undefined : displayText(summary.formula).trim();
    return m.target(value, formula === undefined || formula === '' || formula === value ? undefined : formula);
}

/**
 * Why a household has its status, e.g. en `ranked 12 of 340 in Kabupaten Probolinggo; target 2.580
 * (facilitators × 10): proposed`, id `peringkat 12 dari 340 di Kabupaten Probolinggo; target 2.580
 * (facilitators × 10): diusulkan`. `household` is the index into `allocation.households`.
 */
export function explainStatus(allocation: Allocation, household: number, lang: Lang): string {
    const m = messagesFor(lang);
    const status = allocation.households[household];
    if (status === undefined) throw new RangeError(`No household at index ${household}`);
    switch (status.status) {
        case 'no-district':
            return status.district.trim() === '' ? m.noDistrictGiven : m.districtNotInRules(status.district.trim());
        case 'stays':
            return m.staysSentence;
        case 'proposed':
        case 'reserve': {
            const summary = categorySummaryOf(allocation, status.district, status.category!);
            const ranking = m.ranked(formatNumber(status.rank!), formatNumber(status.of!), status.district);
            const target = summary === undefined ? m.noTarget : describeTarget(summary, lang);
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

/** A target fixed by the rules, or worked out from the district's caseload (`10% of households`). */
function districtTargetValue(plan: Plan, district: DistrictPlan, target: TargetPlan, households: number): number {
    if (target.value !== undefined) return target.value;
    const quantities = new Map(district.quantities.map((q) => [q.name, q.value as Value]));
    return Number(evaluateFormula(target.expr!, { constants: evaluateConstants(plan), quantities, evaluationDate: plan.evaluationDate, households }));
}
