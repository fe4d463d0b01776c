/**
 * Sentences about an allocation: why a household has its status (`ranked 12 of 340 in Kabupaten
 * Probolinggo; target 2.580 (facilitators × 10): proposed`), and the lines under a summary table.
 */
import type { Allocation, CategorySummary, DistrictSummary, HouseholdStatus, UnitSummary } from '../quotas/types.js';
import { formatNumber } from '../notation/format.js';
import { messagesFor, type Lang } from '../messages/messages.js';
import { displayText } from '../notation/display.js';

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
