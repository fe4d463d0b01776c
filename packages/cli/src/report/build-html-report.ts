/**
 * The HTML report of one run: a single self-contained page (inline style, inline SVG, no script,
 * no external resource) that a district officer opens, prints on A4 or reads on a phone.
 *
 * Deterministic: the page depends only on the input and the language (no dates, no random ids),
 * so the same rules and data give a byte-identical file. Every text from rules or data goes through
 * `html`, which escapes it.
 */
import {
    displayText,
    evaluateConstants,
    evaluateFormula,
    formatDate,
    formatNumber,
    formatRupiah,
    formatValue,
    parseIsoDate,
    shownExpr,
    shownFormula,
    type CategorySummary,
    type DistrictPlan,
    type DistrictSummary,
    type Expr,
    type Lang,
    type Plan,
    type Value,
} from '@kaidah/engine';
import { facilitatorQuantity } from '../output/facilitator-quantity.js';
import { evaluationDateLines, unmatchedHint, unmatchedLines } from '../output/summary-table.js';
import { districtChart, distributionChart } from './charts.js';
import { concat, html, raw, type Html } from './html.js';
import type { ReportInput } from './report-input.js';
import { reportMessages, type ReportMessages } from './report-messages.js';
import { reportStyle } from './report-style.js';
import { rejectsSection } from './rejects-section.js';

/** What the page shows of one district: its summary, its rules and its reward budget per category. */
interface DistrictView {
    summary: DistrictSummary;
    plan: DistrictPlan | undefined;
    facilitators: number | undefined;
    /** Per category name: reward per graduate and the budget (reward × proposed). */
    rewards: Map<string, { amount: number; budget: number }>;
}

function districtViews(input: ReportInput): DistrictView[] {
    const plans = new Map(input.plan.districts.map((d) => [d.name, d]));
    const facilitatorsName = facilitatorQuantity(input.plan);
    return input.allocation.districts.map((summary) => {
        const plan = plans.get(summary.district);
        const rewards = new Map<string, { amount: number; budget: number }>();
        for (const reward of plan === undefined ? [] : plan.rewards) {
            const proposed = summary.categories.find((k) => k.category === reward.category)?.proposed ?? 0;
            rewards.set(reward.category, { amount: reward.amount, budget: reward.amount * proposed });
        }
        const facilitators = facilitatorsName === undefined ? undefined : summary.quantities.find((q) => q.name === facilitatorsName)?.value;
        return { summary, plan, facilitators, rewards };
    });
}

/** Builds the report page. `lang` picks the words; numbers are Indonesian in both languages. */
export function buildHtmlReport(input: ReportInput, lang: Lang): string {
    const m = reportMessages(lang);
    const views = districtViews(input);
    const title = m.documentTitle(input.plan.program, input.rulesFile, input.dataFile);
    const rejects = rejectsSection(input, m);
    const sections = [
        { id: 'totals', title: m.totalsTitle, body: totalsSection(input, views, m) },
        ...(rejects === undefined ? [] : [{ id: 'rejects', title: m.rejectsTitle, body: rejects }]),
        { id: 'summary', title: m.summaryTitle, body: summarySection(input, views, m, lang) },
        { id: 'charts', title: m.chartsTitle, body: chartsSection(input, m) },
        { id: 'benefits', title: m.distributionTitle, body: distributionSection(input, m) },
        { id: 'rules', title: m.rulesTitle, body: rulesSection(input.plan, lang, m) },
    ];
    const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Kaidah">
<title>${title}</title>
<style>${raw(reportStyle)}</style>
</head>
<body>
<div class="page">
<header class="masthead">
<p class="kicker">${m.kicker}</p>
<h1>${m.heading(input.plan.program)}</h1>
<dl class="facts">
<dt>${m.rulesFile}</dt><dd><code>${input.rulesFile}</code></dd>
<dt>${m.dataFile}</dt><dd><code>${input.dataFile}</code></dd>
<dt>${m.evaluationDate}</dt><dd>${evaluationDate(input.plan, lang, m)}${evaluationDateLines(input.plan, false, lang).slice(1).map((line) => html`<br>${line.trim()}`)}</dd>
</dl>
</header>
<nav class="contents" aria-label="${m.contents}"><ol>${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol></nav>
<main>
${sections.map((s) => html`<section id="${s.id}" aria-labelledby="${s.id}-title">
<h2 id="${s.id}-title">${s.title}</h2>
${s.body}
</section>
`)}</main>
<footer><p>${m.footer}</p></footer>
</div>
</body>
</html>
`;
    return page.text;
}

function evaluationDate(plan: Plan, lang: Lang, m: ReportMessages): string {
    if (plan.evaluationDate === '') return m.noDate;
    const parsed = parseIsoDate(plan.evaluationDate);
    return 'value' in parsed ? formatDate(parsed.value, lang) : plan.evaluationDate;
}

// ---------------------------------------------------------------------------------------------
// Totals

function totalsSection(input: ReportInput, views: DistrictView[], m: ReportMessages): Html {
    const { counts } = input;
    const totals = input.allocation.totals;
    const n = formatNumber;
    const hasRewards = views.some((v) => v.rewards.size > 0);
    const budget = views.reduce((sum, v) => sum + [...v.rewards.values()].reduce((s, r) => s + r.budget, 0), 0);
    const stat = (kind: string, value: string, label: string) =>
        html`<li class="stat ${kind}"><span class="value">${value}</span><span class="label">${label}</span></li>`;
    const addsUp = counts.read === counts.decided + counts.rejected
        && counts.decided === totals.households
        && totals.households === totals.proposed + totals.reserve + totals.stays + totals.unmatched;
    return html`<ul class="stats">
${stat('read', n(counts.read), m.read)}
${stat('decided', n(counts.decided), m.decided)}
${stat('rejected', n(counts.rejected), m.rejected)}
${stat('proposed', n(totals.proposed), m.proposed)}
${stat('reserve', n(totals.reserve), m.reserve)}
${stat('stays', n(totals.stays), m.stays)}
${totals.unmatched > 0 ? stat('unmatched', n(totals.unmatched), m.unmatched) : ''}
${hasRewards ? stat('budget', formatRupiah(budget), m.rewardBudget) : ''}
</ul>
<ul class="equations">
<li>${m.readEquation(n(counts.read), n(counts.decided), n(counts.rejected))}</li>
<li>${m.decidedEquation(n(counts.decided), n(totals.proposed), n(totals.reserve), n(totals.stays), n(totals.unmatched))}</li>
${input.header === undefined ? '' : html`<li>${m.headerBelowTitle(n(input.header.row), input.header.skipped)}</li>`}
</ul>
${addsUp ? html`<p class="check ok">✓ ${m.addsUp}</p>` : html`<p class="check bad" role="alert">⚠ ${m.doesNotAddUp}</p>`}`;
}

// ---------------------------------------------------------------------------------------------
// Summary table

/**
 * A number cell. `label` is its column's header, repeated on the cell so that on a phone, where
 * the table turns into one card per district, every figure still says what it is.
 */
function numberCell(label: string, content: Html | string, kind = ''): Html {
    return html`<td class="num${kind === '' ? '' : ' ' + kind}" data-label="${label}"><span>${content}</span></td>`;
}

function targetCell(category: CategorySummary, plan: DistrictPlan | undefined, m: ReportMessages): Html {
    const label = m.headers.target;
    if (category.target === undefined) return numberCell(label, m.noLimit, 'muted');
    const target = plan?.targets.find((t) => t.category === category.category);
    const value = formatNumber(category.target);
    const formula = category.formula === undefined ? '' : displayText(category.formula).trim();
    // `10 per facilitator` stays whole whether the figure is each facilitator's or the district's.
    const per = target?.per === undefined ? '' : m.perUnit[target.per];
    const notes = per === '' ? (formula === value ? '' : formula) : `${formula} ${per}`;
    return numberCell(label, html`${value}${notes === '' ? '' : html`<span class="formula target-formula">${notes}</span>`}`);
}

function balanceCell(category: CategorySummary, m: ReportMessages): Html {
    const label = m.headers.balance;
    if (category.target === undefined) return numberCell(label, m.none, 'muted');
    if (category.shortfall > 0) return numberCell(label, m.shortfall(formatNumber(category.shortfall)), 'short');
    if (category.surplus > 0) return numberCell(label, m.surplus(formatNumber(category.surplus)), 'over');
    return numberCell(label, m.onTarget);
}

function rewardCell(view: DistrictView, category: CategorySummary, m: ReportMessages): Html {
    const label = m.headers.reward;
    const reward = view.rewards.get(category.category);
    if (reward === undefined) return numberCell(label, m.none, 'muted');
    const working = m.rewardWorking(formatNumber(category.proposed), formatRupiah(reward.amount));
    return numberCell(label, html`${formatRupiah(reward.budget)}<span class="formula working">${working}</span>`);
}

function summarySection(input: ReportInput, views: DistrictView[], m: ReportMessages, lang: Lang): Html {
    const h = m.headers;
    const n = formatNumber;
    const showFacilitators = views.some((v) => v.facilitators !== undefined);
    const showRewards = views.some((v) => v.rewards.size > 0);
    const columns = 7 + (showFacilitators ? 1 : 0) + (showRewards ? 1 : 0);
    const head = html`<thead><tr>
<th scope="col">${h.district}</th><th scope="col" class="num">${h.households}</th>${showFacilitators ? html`<th scope="col" class="num">${h.facilitators}</th>` : ''}
<th scope="col">${h.category}</th><th scope="col" class="num">${h.target}</th><th scope="col" class="num">${h.candidates}</th><th scope="col" class="num">${h.proposed}</th><th scope="col" class="num">${h.reserve}</th><th scope="col" class="num">${h.balance}</th>${showRewards ? html`<th scope="col" class="num">${h.reward}</th>` : ''}
</tr></thead>`;
    const bodies = views.map((view) => {
        const d = view.summary;
        const span = Math.max(1, d.categories.length);
        const lead = concat(
            html`<th scope="rowgroup" rowspan="${span}">${d.district}</th>`,
            html`<td class="num" rowspan="${span}" data-label="${h.households}"><span>${n(d.households)}</span></td>`,
            showFacilitators ? html`<td class="num" rowspan="${span}" data-label="${h.facilitators}"><span>${view.facilitators === undefined ? m.none : n(view.facilitators)}</span></td>` : '',
        );
        if (d.categories.length === 0) {
            return html`<tbody class="district" data-district="${d.district}"><tr>${lead}<td colspan="${columns - (showFacilitators ? 3 : 2)}" class="muted">${m.noCategories}</td></tr></tbody>\n`;
        }
        const rows = d.categories.map((k, i) => html`<tr data-category="${k.category}">${i === 0 ? lead : ''}<td class="category">${k.label}</td>${[
            targetCell(k, view.plan, m),
            numberCell(h.candidates, n(k.candidates)),
            numberCell(h.proposed, n(k.proposed)),
            numberCell(h.reserve, n(k.reserve)),
            balanceCell(k, m),
            showRewards ? rewardCell(view, k, m) : html``,
        ]}</tr>`);
        return html`<tbody class="district" data-district="${d.district}">${rows}</tbody>\n`;
    });
    const allocation = input.allocation;
    // each spelling with "did you mean" (output/summary-table.ts), then the spellings not shown
    const unmatchedNames = [
        ...allocation.unmatchedDistricts.map((u, i) => html`${i > 0 ? '; ' : ''}${u.district === '' ? m.none : u.district} (${n(u.households)})${unmatchedHint(u, lang)}`),
        ...(allocation.unmatchedMore === undefined ? [] : [html`${unmatchedLines({ ...allocation, unmatchedDistricts: [] }, lang).at(-1)!.trim()}`]),
    ];
    const unmatched = allocation.unmatched > 0
        ? html`<tbody class="other"><tr><th scope="row">${m.otherDistricts}</th>${numberCell(h.households, n(allocation.unmatched))}<td colspan="${columns - 2}" class="muted names">${unmatchedNames}</td></tr></tbody>\n`
        : html``;
    const sum = (pick: (k: CategorySummary) => number) => views.reduce((s, v) => s + v.summary.categories.reduce((t, k) => t + pick(k), 0), 0);
    const budget = views.reduce((s, v) => s + [...v.rewards.values()].reduce((t, r) => t + r.budget, 0), 0);
    const facilitators = views.reduce((s, v) => s + (v.facilitators ?? 0), 0);
    const foot = html`<tfoot><tr><th scope="row">${m.total}</th>${[
        numberCell(h.households, n(allocation.totals.households)),
        showFacilitators ? numberCell(h.facilitators, n(facilitators)) : html``,
        html`<td class="blank"></td><td class="blank"></td>`,
        numberCell(h.candidates, n(sum((k) => k.candidates))),
        numberCell(h.proposed, n(sum((k) => k.proposed))),
        numberCell(h.reserve, n(sum((k) => k.reserve))),
        html`<td class="blank"></td>`,
        showRewards ? numberCell(h.reward, formatRupiah(budget)) : html``,
    ]}</tr></tfoot>`;
    return html`<div class="table-scroll summary-scroll" role="region" aria-labelledby="summary-title" tabindex="0">
<table class="summary">
<caption>${m.summaryNote}</caption>
${head}
${bodies}${unmatched}${foot}
</table>
</div>`;
}

// ---------------------------------------------------------------------------------------------
// Charts

function chartsSection(input: ReportInput, m: ReportMessages): Html {
    const legend = html`<ul class="legend" aria-hidden="true">
<li><span class="swatch target"></span>${m.measures.target}</li>
<li><span class="swatch candidates"></span>${m.measures.candidates}</li>
<li><span class="swatch proposed"></span>${m.measures.proposed}</li>
</ul>`;
    const charts = input.allocation.districts.map((d, i) => districtChart(d, `chart-${i + 1}`, m));
    return html`<p class="note">${m.chartsNote}</p>
${legend}
<div class="charts">
${charts.map((chart) => html`${chart}\n`)}</div>`;
}

function distributionSection(input: ReportInput, m: ReportMessages): Html {
    const bands = input.benefitDistribution;
    const total = bands.reduce((sum, b) => sum + b.households, 0);
    if (bands.length === 0 || total === 0) return html`<p class="note">${m.noDistribution}</p>`;
    return html`<p class="note">${m.distributionNote}</p>
${distributionChart(bands, m)}
<p class="note">${m.distributionTotal(formatNumber(total))}</p>`;
}

// ---------------------------------------------------------------------------------------------
// The rules

function doc(text: string | undefined): Html {
    return text === undefined || text.trim() === '' ? html`` : html`<p class="doc">${text.replace(/\s+/g, ' ').trim()}</p>`;
}


function rulesSection(plan: Plan, lang: Lang, m: ReportMessages): Html {
    const constants = safely(() => evaluateConstants(plan), new Map<string, Value>());
    return html`<dl class="facts">
<dt>${m.program}</dt><dd>${plan.program}</dd>
<dt>${m.evaluationDate}</dt><dd>${evaluationDate(plan, lang, m)}</dd>
</dl>
${categoriesPart(plan, m)}
${benefitPart(plan, constants, lang, m)}
${constantsPart(plan, constants, lang, m)}
${districtsPart(plan, lang, m)}`;
}

function safely<T>(work: () => T, fallback: T): T {
    try {
        return work();
    } catch {
        return fallback;
    }
}

function categoriesPart(plan: Plan, m: ReportMessages): Html {
    if (plan.graduations.length === 0) return html`<h3>${m.categoriesTitle}</h3><p class="note">${m.noCategories}</p>`;
    const items = plan.graduations.map((g) => html`<li data-category="${g.name}">
<h4>${g.label} <code>${g.name}</code>${g.district === undefined ? '' : html` <span class="district-only">${m.districtOwn(g.district)}</span>`}</h4>
${doc(g.doc)}
<dl class="rule">
<dt>${m.condition}</dt><dd><span class="condition">${shownExpr(g.condition)}</span></dd>
${(g.adaptations ?? []).map((a) => html`<dt>${m.conditionIn(a.district)}</dt><dd><span class="condition">${shownExpr(a.condition)}</span></dd>`)}
<dt>${m.ranking}</dt><dd>${g.rank === undefined ? m.rankByKey : m.rankBy(shownExpr(g.rank.expr), g.rank.descending)}</dd>
</dl>
</li>`);
    return html`<h3>${m.categoriesTitle}</h3>
<p class="note">${m.categoriesNote}</p>
<ol class="categories">
${items}
</ol>`;
}

function benefitPart(plan: Plan, constants: Map<string, Value>, lang: Lang, m: ReportMessages): Html {
    const benefit = plan.benefit;
    if (benefit === undefined || benefit.components.length === 0) return html`<h3>${m.benefitsTitle}</h3><p class="note">${m.noBenefit}</p>`;
    const labels = new Map(plan.schema.columns.map((col) => [col.name, col.label]));
    const rows = benefit.components.map((component) => {
        const label = component.label ?? (component.members.kind === 'column' ? labels.get(component.members.name) : undefined) ?? component.name;
        return html`<tr><td>${label}</td><td><code>${shownExpr(component.members)}</code></td><td class="num">${amountOf(component.amount, plan, constants, lang)}</td></tr>`;
    });
    const ch = m.componentHeaders;
    return html`<h3>${m.benefitsTitle}</h3>
${doc(benefit.doc)}
<div class="table-scroll"><table class="components">
<thead><tr><th scope="col">${ch.component}</th><th scope="col">${ch.members}</th><th scope="col" class="num">${ch.amount}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
<p>${benefit.maxMembers === undefined ? m.noCap : m.cap(formatNumber(benefit.maxMembers))}</p>`;
}

/** A component amount: its value for the evaluation date, with the formula when it is not a plain amount. */
function amountOf(expr: Expr, plan: Plan, constants: Map<string, Value>, lang: Lang): Html {
    if (expr.kind === 'literal') return html`${formatValue(expr.value, expr.type, lang)}`;
    const value = safely<Value | undefined>(
        () => evaluateFormula(expr, { constants, quantities: new Map(), evaluationDate: plan.evaluationDate }),
        undefined,
    );
    if (value === undefined) return html`<code>${shownExpr(expr)}</code>`;
    return html`${formatValue(value, expr.type, lang)}<span class="formula">${shownExpr(expr)}</span>`;
}

function constantsPart(plan: Plan, constants: Map<string, Value>, lang: Lang, m: ReportMessages): Html {
    const nh = m.nameHeaders;
    const shownConstants = plan.constants.map((k) => {
        const value = constants.get(k.name);
        const valueText = value === undefined ? m.none : formatValue(value, k.type, lang);
        const written = shownExpr(k.expr);
        return { constant: k, valueText, written: written === valueText ? '' : written };
    });
    const showWritten = shownConstants.some((k) => k.written !== '');
    const constantRows = shownConstants.map(({ constant, valueText, written }) =>
        html`<tr><th scope="row"><code>${constant.name}</code>${doc(constant.doc)}</th><td class="num">${valueText}</td>${showWritten ? html`<td>${written === '' ? '' : html`<code>${written}</code>`}</td>` : ''}</tr>`);
    const constantsTable = plan.constants.length === 0
        ? html`<p class="note">${m.noConstants}</p>`
        : html`<div class="table-scroll"><table class="constants">
<thead><tr><th scope="col">${nh.name}</th><th scope="col" class="num">${nh.value}</th>${showWritten ? html`<th scope="col">${nh.writtenAs}</th>` : ''}</tr></thead>
<tbody>${constantRows}</tbody>
</table></div>`;
    const valueRows = plan.values.map((v) => html`<tr><th scope="row"><code>${v.name}</code>${doc(v.doc)}</th><td><span class="condition">${shownExpr(v.expr)}</span></td></tr>`);
    const valuesTable = plan.values.length === 0 ? html`` : html`<h3>${m.valuesTitle}</h3>
<div class="table-scroll"><table class="values">
<thead><tr><th scope="col">${nh.name}</th><th scope="col">${nh.formula}</th></tr></thead>
<tbody>${valueRows}</tbody>
</table></div>`;
    return html`<h3>${m.constantsTitle}</h3>
${constantsTable}
${valuesTable}`;
}

function districtsPart(plan: Plan, lang: Lang, m: ReportMessages): Html {
    if (plan.districts.length === 0) return html``;
    const labels = new Map(plan.graduations.map((g) => [g.name, g.label]));
    const dh = m.districtHeaders;
    const cards = plan.districts.map((d) => {
        const quantities = d.quantities.map((q) => html`<li><code>${q.name}</code> ${formatValue(q.value, q.type, lang)}</li>`);
        const targets = d.targets.map((t) => {
            const formula = shownFormula(t);
            const value = t.value === undefined ? undefined : formatNumber(t.value);
            const per = t.per === undefined ? '' : ` ${m.perUnit[t.per]}`;
            const worked = value === undefined
                ? html`<code>${formula}</code>`
                : value === formula ? html`<strong>${value}</strong>` : html`<code>${formula}</code> = <strong>${value}</strong>`;
            return html`<li>${labels.get(t.category) ?? t.category}: ${worked}${per}</li>`;
        });
        const rewards = d.rewards.map((r) => html`<li>${labels.get(r.category) ?? r.category}: <strong class="nowrap">${formatRupiah(r.amount)}</strong></li>`);
        const list = (items: Html[], empty: string) => (items.length === 0 ? html`<span class="muted">${empty}</span>` : html`<ul class="plain">${items}</ul>`);
        return html`<li class="card" data-district="${d.name}"><h4>${d.name}</h4>
<dl class="rule">
<dt>${dh.quantities}</dt><dd>${list(quantities, m.none)}</dd>
<dt>${dh.targets}</dt><dd>${list(targets, m.noTargets)}</dd>
<dt>${dh.rewards}</dt><dd>${list(rewards, m.none)}</dd>
</dl></li>`;
    });
    return html`<h3>${m.districtsTitle}</h3>
<ul class="cards">
${cards}
</ul>`;
}
