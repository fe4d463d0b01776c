/**
 * Inline SVG bar charts: no script, no external resource. Each chart is named (`<title>` and
 * `aria-label`) and each bar is an image with its own label, so a screen reader reads the figures
 * that the eye reads from the bars; the same figures are in the summary table.
 */
import { formatNumber, formatPercent, formatRupiah, type CategorySummary, type DistrictSummary } from '@kaidah/engine';
import type { BenefitBand } from '../output/benefit-bands.js';
import { concat, coordinate as c, html, type Html } from './html.js';
import type { ReportMessages } from './report-messages.js';

const chartColours = {
    target: '#d3dae2',
    targetEdge: '#5f6b7a',
    candidates: '#2f6fde',
    proposed: '#0b7a4b',
    band: '#7a4fc4',
    text: '#1f2933',
    muted: '#52606d',
} as const;

const WIDTH = 400;
const MEASURE_WIDTH = 86;
const VALUE_WIDTH = 62;
const BAR_AREA = WIDTH - MEASURE_WIDTH - VALUE_WIDTH;
const BAR_HEIGHT = 18;
const BAR_GAP = 6;
const CATEGORY_HEAD = 24;
const CATEGORY_GAP = 14;
/** A bar for a figure above zero is never thinner than this, so that it can be seen. */
const MIN_BAR = 2;

/** SVG text does not wrap: a very long label is cut, the whole of it stays in the bar's name. */
function clip(text: string, max: number): string {
    return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

function barWidth(value: number, scale: number): number {
    if (!(value > 0) || !(scale > 0)) return 0;
    return Math.max(MIN_BAR, (Math.min(value, scale) / scale) * BAR_AREA);
}

type Measure = 'target' | 'candidates' | 'proposed';

function bar(
    y: number, measure: Measure, value: number | undefined, scale: number,
    district: string, category: CategorySummary, m: ReportMessages,
): Html {
    const label = m.measures[measure];
    const textY = c(y + BAR_HEIGHT / 2 + 4);
    if (value === undefined) {
        const name = m.bar(district, category.label, label, m.noLimit);
        return concat(html`<g role="img" aria-label="${name}"><title>${name}</title>`,
            html`<text x="0" y="${textY}" font-size="13" fill="${chartColours.muted}">${label}</text>`,
            html`<text x="${MEASURE_WIDTH}" y="${textY}" font-size="13" font-style="italic" fill="${chartColours.muted}">${m.noTargetBar}</text></g>`);
    }
    const shown = formatNumber(value);
    const name = m.bar(district, category.label, label, shown);
    const width = barWidth(value, scale);
    const fill = measure === 'target' ? chartColours.target : chartColours[measure];
    const edge = measure === 'target' ? html` stroke="${chartColours.targetEdge}" stroke-width="1"` : html``;
    return concat(html`<g class="bar bar-${measure}" role="img" aria-label="${name}"><title>${name}</title>`,
        html`<text x="0" y="${textY}" font-size="13" fill="${chartColours.muted}" aria-hidden="true">${label}</text>`,
        html`<rect x="${MEASURE_WIDTH}" y="${c(y)}" width="${c(width)}" height="${BAR_HEIGHT}" rx="2" fill="${fill}"${edge}/>`,
        html`<text x="${c(MEASURE_WIDTH + width + 5)}" y="${textY}" font-size="13" font-weight="600" fill="${chartColours.text}" aria-hidden="true">${shown}</text></g>`);
}

/** Height of a district chart with `categories` graduation categories. */
function districtChartHeight(categories: number): number {
    return Math.max(1, categories) * (CATEGORY_HEAD + 3 * BAR_HEIGHT + 2 * BAR_GAP + CATEGORY_GAP);
}

/**
 * One district: per graduation category, three horizontal bars (target, candidates, proposed) on
 * the district's own scale, with a dashed line at the target.
 */
export function districtChart(district: DistrictSummary, id: string, m: ReportMessages): Html {
    const name = district.district;
    const title = m.chartTitle(name);
    const scale = Math.max(1, ...district.categories.flatMap((k) => [k.target ?? 0, k.candidates, k.proposed]));
    const height = districtChartHeight(district.categories.length);
    const blocks = district.categories.map((category, index) => {
        const top = index * (CATEGORY_HEAD + 3 * BAR_HEIGHT + 2 * BAR_GAP + CATEGORY_GAP);
        const y0 = top + CATEGORY_HEAD;
        const bars = [
            bar(y0, 'target', category.target, scale, name, category, m),
            bar(y0 + BAR_HEIGHT + BAR_GAP, 'candidates', category.candidates, scale, name, category, m),
            bar(y0 + 2 * (BAR_HEIGHT + BAR_GAP), 'proposed', category.proposed, scale, name, category, m),
        ];
        const targetX = category.target === undefined ? undefined : MEASURE_WIDTH + barWidth(category.target, scale);
        const line = targetX === undefined || targetX === MEASURE_WIDTH
            ? html``
            : html`<line x1="${c(targetX)}" x2="${c(targetX)}" y1="${c(y0)}" y2="${c(y0 + 3 * BAR_HEIGHT + 2 * BAR_GAP)}" stroke="${chartColours.targetEdge}" stroke-width="1" stroke-dasharray="3 3" aria-hidden="true"/>`;
        return html`<g class="category"><text x="0" y="${top + 15}" font-size="14" font-weight="600" fill="${chartColours.text}" aria-hidden="true">${clip(category.label, 48)}</text>${bars}${line}</g>`;
    });
    const empty = district.categories.length === 0
        ? html`<text x="0" y="20" font-size="13" fill="${chartColours.muted}">${m.noCategories}</text>`
        : html``;
    return concat(html`<figure class="chart" data-district="${name}">`,
        html`<figcaption id="${id}-caption"><h3>${name}</h3></figcaption>`,
        html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-label="${title}" font-family="inherit">`,
        html`<title>${title}</title>${blocks}${empty}</svg></figure>`);
}

export type Band = BenefitBand;

const BAND_HEIGHT = 38;
const BAND_BAR = 16;

/**
 * `Rp 1.000.000 – Rp 1.999.999` for the band `[1.000.000, 2.000.000)`: benefits are whole Rupiah,
 * so the last amount of a band is one below its `to`. A band of one amount shows that amount; the
 * open top band says where it starts and the highest benefit in it, the row an officer should check.
 */
function bandLabel(band: Band, m: ReportMessages): string {
    if (band.to === Infinity) {
        const from = formatRupiah(band.from);
        return band.highest !== undefined && Number.isFinite(band.highest) ? m.openBandHighest(from, formatRupiah(band.highest)) : m.openBand(from);
    }
    const last = Number.isInteger(band.from) && Number.isInteger(band.to) && band.to - band.from >= 2 ? band.to - 1 : band.to;
    return band.from === band.to ? formatRupiah(band.from) : m.band(formatRupiah(band.from), formatRupiah(last));
}

/** Households per band of annual benefit: a label above each bar, the count and share after it. */
export function distributionChart(bands: readonly Band[], m: ReportMessages): Html {
    const total = bands.reduce((sum, b) => sum + b.households, 0);
    const scale = Math.max(1, ...bands.map((b) => b.households));
    const area = WIDTH - 110;
    const height = bands.length * BAND_HEIGHT + 4;
    const rows = bands.map((band, index) => {
        const top = index * BAND_HEIGHT;
        const label = bandLabel(band, m);
        const count = formatNumber(band.households);
        const share = formatPercent(total === 0 ? 0 : Math.round((band.households / total) * 1000) / 1000);
        const name = m.bandBar(label, count, share, band.households === 1);
        const width = band.households > 0 ? Math.max(MIN_BAR, (band.households / scale) * area) : 0;
        return concat(html`<g class="bar bar-band" role="img" aria-label="${name}"><title>${name}</title>`,
            html`<text x="0" y="${top + 13}" font-size="13" fill="${chartColours.muted}" aria-hidden="true">${label}</text>`,
            html`<rect x="0" y="${top + 18}" width="${c(width)}" height="${BAND_BAR}" rx="2" fill="${chartColours.band}"/>`,
            html`<text x="${c(width + 5)}" y="${top + 31}" font-size="13" fill="${chartColours.text}" aria-hidden="true"><tspan font-weight="600">${count}</tspan> (${share})</text></g>`);
    });
    const title = m.distributionChartTitle;
    return concat(html`<figure class="chart chart-wide">`,
        html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-label="${title}" font-family="inherit">`,
        html`<title>${title}</title>${rows}</svg></figure>`);
}
