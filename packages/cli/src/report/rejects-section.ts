/**
 * The report's rejected rows, in plain sight next to the totals: how many, counted by reason and by
 * column, the first of them with their reason, and where the full list is. A row rejected has no
 * decision, so an officer who reads only the report must still see that it exists.
 */
import { formatNumber as n } from '@kaidah/engine';
import type { RejectCount, RejectSummary } from '../output/reject-tally.js';
import { html, type Html } from './html.js';
import type { ReportInput } from './report-input.js';
import type { ReportMessages } from './report-messages.js';

function countTable(kind: 'reason' | 'column', counts: RejectCount[], other: number, m: ReportMessages): Html {
    const h = m.rejectHeaders;
    const name = (count: RejectCount) => (kind === 'column' && count.name === '' ? html`<span class="muted">${m.wholeRecord}</span>` : html`${count.name}`);
    const rows = counts.map((count) => html`<tr><td>${name(count)}</td><td class="num">${n(count.problems)}</td></tr>`);
    const otherRow = other > 0
        ? html`<tr><td class="muted">${kind === 'reason' ? m.otherReasons : m.otherColumns}</td><td class="num">${n(other)}</td></tr>`
        : html``;
    return html`<div class="table-scroll"><table class="reject-counts" data-by="${kind}">
<thead><tr><th scope="col">${kind === 'reason' ? h.reason : h.column}</th><th scope="col" class="num">${h.problems}</th></tr></thead>
<tbody>${rows}${otherRow}</tbody>
</table></div>`;
}

function firstTable(summary: RejectSummary, m: ReportMessages): Html {
    const h = m.rejectHeaders;
    const more = summary.problems - summary.first.length;
    const rows = summary.first.map((r) => html`<tr><td class="num">${n(r.row)}</td><td>${r.column === '' ? html`<span class="muted">${m.wholeRecord}</span>` : r.column}</td><td><code>${r.value}</code></td><td>${r.reason}</td></tr>`);
    return html`<h3>${m.firstRejectsTitle(n(summary.first.length), more === 0)}</h3>
<div class="table-scroll"><table class="first-rejects">
<thead><tr><th scope="col" class="num">${h.row}</th><th scope="col">${h.column}</th><th scope="col">${h.value}</th><th scope="col">${h.reason}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
${more > 0 ? html`<p class="note">${m.moreRejects(n(more))}</p>` : html``}`;
}

function whereTheListIs(summary: RejectSummary, m: ReportMessages): Html {
    if (summary.file === undefined) return html`<p class="rejects-file">${m.rejectsNotWritten}</p>`;
    const name = html`<code>${summary.file}</code>`;
    return html`<p class="rejects-file">${m.rejectsFullList} ${summary.link === undefined ? name : html`<a href="${summary.link}">${name}</a>`}</p>`;
}

/** The section, or nothing when the run did not count its rejects (a report built elsewhere). */
export function rejectsSection(input: ReportInput, m: ReportMessages): Html | undefined {
    const summary = input.rejects;
    if (summary === undefined) return undefined;
    if (summary.problems === 0) return html`<p class="check ok">✓ ${m.noRejects}</p>`;
    return html`<p class="check warn" role="alert">⚠ ${m.rejectsLead(n(input.counts.rejected), n(summary.problems))}</p>
${whereTheListIs(summary, m)}
<div class="reject-tables">
<div><h3>${m.byReasonTitle}</h3>${countTable('reason', summary.byReason, summary.otherReasons, m)}</div>
<div><h3>${m.byColumnTitle}</h3>${countTable('column', summary.byColumn, summary.otherColumns, m)}</div>
</div>
${firstTable(summary, m)}`;
}
