import { formatNumber, type Allocation, type Lang } from '@kaidah/engine';
import Table from 'cli-table3';
import { cliMessages } from '../messages.js';

/** The district summary an officer reads first: one line per district and graduation category. */
export function summaryRows(allocation: Allocation, lang: Lang): string[][] {
    const text = cliMessages(lang);
    const rows: string[][] = [];
    for (const district of allocation.districts) {
        const facilitators = district.quantities.find((q) => q.name === 'facilitators');
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

export function printSummary(allocation: Allocation, lang: Lang): void {
    const table = new Table({
        head: cliMessages(lang).headers,
        colAligns: ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
        style: { head: [], border: [], compact: true },
    });
    table.push(...summaryRows(allocation, lang));
    console.log(table.toString());
}
