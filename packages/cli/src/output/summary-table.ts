import { describeUnitSummary, formatNumber, formatRupiah, type Allocation, type Lang, type Plan } from '@kaidah/engine';
import Table from 'cli-table3';
import { cliMessages } from '../messages.js';
import { facilitatorQuantity } from './facilitator-quantity.js';

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
