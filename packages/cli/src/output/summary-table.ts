import {
    describeUnitSummary, evaluateConstants, formatDate, formatNumber, formatRupiah, formatValue, parseIsoDate, type Allocation, type Lang, type Plan,
} from '@kaidah/engine';
import Table from 'cli-table3';
import { cliMessages } from '../messages.js';
import { facilitatorQuantity } from './facilitator-quantity.js';
import { summaryMessages } from './summary-messages.js';

/**
 * The district summary an officer reads first: one line per district and graduation category.
 * `facilitatorsName` is the quantity that counts a district's facilitators, as the rules name it.
 */
function summaryRows(allocation: Allocation, facilitatorsName: string | undefined, lang: Lang): string[][] {
    const text = cliMessages(lang);
    const rows: string[][] = [];
    for (const district of allocation.districts) {
        const facilitators = facilitatorsName === undefined ? undefined : district.quantities.find((q) => q.name === facilitatorsName);
        const categories = district.categories.length > 0 ? district.categories : [undefined];
        categories.forEach((category, index) => {
            const first = index === 0;
            rows.push([
                first ? district.district : '',
                first ? formatNumber(district.households) : '',
                first && facilitators ? formatNumber(facilitators.value) : '',
                category?.label ?? '',
                category ? (category.target === undefined ? text.noLimit : formatNumber(category.target)) : '',
                category ? formatNumber(category.candidates) : '',
                category ? formatNumber(category.proposed) : '',
                category ? formatNumber(category.reserve) : '',
                category ? formatNumber(category.shortfall) : '',
            ]);
        });
    }
    if (allocation.totals.unmatched > 0) {
        rows.push([text.otherDistricts, formatNumber(allocation.totals.unmatched), '', '', '', '', '', '', '']);
    }
    return rows;
}

/**
 * Lines under the table: the targets counted per sub-district or facilitator (how many units fall
 * short), then the reward budget per district and category and in all. Empty when there is neither.
 */
function summaryNotes(allocation: Allocation, lang: Lang): string[] {
    const text = cliMessages(lang);
    const lines: string[] = [];
    const units = allocation.districts.flatMap((d) => d.categories.map((c) => describeUnitSummary(d, c, lang)).filter((s) => s !== undefined));
    if (units.length > 0) lines.push(text.unitNotes, ...units.map((line) => `  ${line}`));
    if (allocation.totals.budget !== undefined) {
        lines.push(text.budgetTitle);
        for (const district of allocation.districts) {
            for (const category of district.categories) {
                if (category.reward === undefined) continue;
                lines.push(text.budgetLine(district.district, category.label, category.proposed, formatRupiah(category.reward), formatRupiah(category.budget ?? 0)));
            }
        }
        lines.push(text.budgetTotal(formatRupiah(allocation.totals.budget)));
    }
    return lines;
}

export function printSummary(allocation: Allocation, plan: Plan, lang: Lang): void {
    const table = new Table({
        head: cliMessages(lang).headers,
        colAligns: ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
        style: { head: [], border: [], compact: true },
    });
    table.push(...summaryRows(allocation, facilitatorQuantity(plan), lang));
    console.log(table.toString());
    for (const line of summaryNotes(allocation, lang)) console.log(line);
}

/** A `YYYY-MM-DD` date as officers read it: 31 December 2024 / 31 Desember 2024. */
function officerDate(iso: string, lang: Lang): string {
    const day = parseIsoDate(iso);
    return 'value' in day ? formatDate(day.value, lang) : iso;
}

/**
 * The date the rules were evaluated for and the values in force on it that change by date:
 * `poverty_line = Rp 582.932 (in force from 1 March 2024)`. Empty when the rules name no date.
 */
export function evaluationDateLines(plan: Plan, fromOn: boolean, lang: Lang): string[] {
    if (plan.evaluationDate === '') return [];
    const text = summaryMessages(lang);
    const values = evaluateConstants(plan);
    const lines = [text.evaluationDate(officerDate(plan.evaluationDate, lang), fromOn)];
    for (const constant of plan.constants) {
        const value = values.get(constant.name);
        if (constant.from === undefined || value === undefined) continue;
        lines.push(text.datedValue(constant.name, formatValue(value, constant.type, lang), officerDate(constant.from, lang)));
    }
    // a district's own values of national constants hold for its households
    for (const district of plan.districts) {
        if (!district.constants?.length) continue;
        const own = evaluateConstants(plan, district.constants);
        for (const constant of district.constants) {
            const value = formatValue(own.get(constant.name)!, constant.type, lang);
            lines.push(text.districtValue(constant.name, value, district.name, constant.from === undefined ? undefined : officerDate(constant.from, lang)));
        }
    }
    return lines;
}

/**
 * The households in no district of the rules, per spelling (the most frequent first), each with
 * the district it probably means or why a bare name was not guessed. Empty when every row matched.
 */
export function unmatchedLines(allocation: Allocation, lang: Lang): string[] {
    if (allocation.unmatched === 0) return [];
    const text = summaryMessages(lang);
    const lines = [text.unmatchedTitle(allocation.unmatched)];
    for (const entry of allocation.unmatchedDistricts) {
        lines.push(text.unmatchedLine(entry.district === '' ? text.blank : entry.district, entry.households) + unmatchedHint(entry, lang));
    }
    if (allocation.unmatchedMore !== undefined) lines.push(text.unmatchedMore(allocation.unmatchedMore.spellings, allocation.unmatchedMore.households));
    return lines;
}

/** ` — did you mean `Kabupaten Jember`?`, or why a bare name was not guessed; '' without a hint. */
export function unmatchedHint(entry: Allocation['unmatchedDistricts'][number], lang: Lang): string {
    const text = summaryMessages(lang);
    if (entry.hint === undefined) return '';
    return entry.hint.kind === 'nearest'
        ? text.didYouMean(entry.hint.district)
        : text.ambiguous(entry.district === '' ? text.blank : entry.district, entry.hint.districts);
}
