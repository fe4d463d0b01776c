import { formatNumber, formatRupiah, messagesFor, type Lang } from '@kaidah/engine';
import Table from 'cli-table3';
import type { Impact, MovedHousehold, Outcome, Totals } from './impact.js';
import { diffMessages } from './messages.js';

/** `+Rp 1.800.000`, `-Rp 900.000`, `Rp 0`. */
function signedRupiah(amount: number): string {
    const rounded = Math.round(amount);
    return rounded > 0 ? `+${formatRupiah(rounded)}` : formatRupiah(rounded);
}

/** `+3`, `-2`, `0`. */
function signedNumber(value: number): string {
    return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

type TotalsRow = [label: string, before: string, after: string, change: string];

function totalsRows(impact: Impact, lang: Lang): TotalsRow[] {
    const m = diffMessages(lang);
    const row = (label: string, pick: (t: Totals) => number, money: boolean): TotalsRow => {
        const before = pick(impact.before);
        const after = pick(impact.after);
        return money
            ? [label, formatRupiah(before), formatRupiah(after), signedRupiah(after - before)]
            : [label, formatNumber(before), formatNumber(after), signedNumber(after - before)];
    };
    return [
        row(m.totalBenefits, (t) => t.benefits, true),
        row(m.totalRewards, (t) => t.rewards, true),
        row(m.proposed, (t) => t.proposed, false),
        row(m.reserve, (t) => t.reserve, false),
        row(m.stays, (t) => t.stays, false),
    ];
}

function districtRows(impact: Impact): string[][] {
    return impact.byDistrictCategory.map((r) => [
        r.district,
        r.label,
        formatNumber(r.before),
        formatNumber(r.after),
        signedNumber(r.after - r.before),
        formatNumber(r.proposedBefore),
        formatNumber(r.proposedAfter),
        signedNumber(r.proposedAfter - r.proposedBefore),
    ]);
}

function moveRows(impact: Impact): string[][] {
    return impact.moves.map((move) => [move.district, move.from, move.to, formatNumber(move.households), signedRupiah(move.benefitChange)]);
}

function outcomeText(outcome: Outcome, lang: Lang): string {
    const m = diffMessages(lang);
    return m.outcome(outcome.categoryLabel ?? m.noCategory, messagesFor(lang).statuses[outcome.status], formatRupiah(outcome.benefit));
}

function header(impact: Impact, lang: Lang): string[] {
    const m = diffMessages(lang);
    const lines = [m.title(impact.from, impact.to), m.context(impact.rules, impact.data), m.compared(impact.compared, impact.moved)];
    if (impact.moved > 0) lines.push(m.changeKinds(impact.changed.category, impact.changed.status, impact.changed.benefit));
    if (impact.rejectedOnlyBefore + impact.rejectedOnlyAfter > 0) lines.push(m.rejectedOnOneSide(impact.rejectedOnlyBefore, impact.rejectedOnlyAfter));
    return lines;
}

// ---------------------------------------------------------------------------------------------
// Terminal

function terminalTable(head: string[], rows: string[][], alignments: ('left' | 'right')[]): string {
    const table = new Table({ head, colAligns: alignments, style: { head: [], border: [], compact: true } });
    table.push(...rows);
    return table.toString();
}

export function renderTerminal(impact: Impact, lang: Lang, limit: number): string {
    const m = diffMessages(lang);
    const lines = header(impact, lang);
    lines.push('', terminalTable(m.totalsHeaders, totalsRows(impact, lang), ['left', 'right', 'right', 'right']));
    if (impact.moved === 0) {
        lines.push('', m.noChange);
        return lines.join('\n') + '\n';
    }
    lines.push('', m.perDistrictHeading,
        terminalTable(m.perDistrictHeaders, districtRows(impact), ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']));
    lines.push('', m.movesHeading, terminalTable(m.movesHeaders, moveRows(impact), ['left', 'left', 'left', 'right', 'right']));
    const shown = impact.households.slice(0, limit);
    lines.push('', m.movedHeading(shown.length, impact.households.length));
    for (const h of shown) lines.push(...movedLines(h, lang));
    return lines.join('\n') + '\n';
}

function movedLines(h: MovedHousehold, lang: Lang): string[] {
    const m = diffMessages(lang);
    const width = Math.max(m.before.length, m.after.length) + 1;
    const pad = (word: string) => `${word}:`.padEnd(width + 1);
    const indent = ' '.repeat(width + 3);
    return [
        `${h.key}  ${h.district}`,
        `  ${pad(m.before)}${outcomeText(h.before, lang)}`,
        `${indent}${h.before.explanation}`,
        ...(h.changes.includes('benefit') ? [`${indent}${h.before.benefitExplanation}`] : []),
        `  ${pad(m.after)}${outcomeText(h.after, lang)}`,
        `${indent}${h.after.explanation}`,
        ...(h.changes.includes('benefit') ? [`${indent}${h.after.benefitExplanation}`] : []),
    ];
}

// ---------------------------------------------------------------------------------------------
// Markdown, for a pull request description

/** A table cell: nothing in household data can close the cell, open a link, or become HTML. */
function markdownCell(text: string): string {
    return text
        .replace(/\r?\n|\r/g, ' ')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}

function markdownTable(head: string[], rows: string[][], right: boolean[]): string[] {
    const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
    return [line(head), `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(line)];
}

export function renderMarkdown(impact: Impact, lang: Lang, limit: number): string {
    const m = diffMessages(lang);
    const [title, ...intro] = header(impact, lang);
    const lines = [`### ${markdownCell(title!)}`, '', ...intro.map(markdownCell).map((l) => `${l}  `), ''];
    lines.push(...markdownTable(m.totalsHeaders, totalsRows(impact, lang), [false, true, true, true]));
    if (impact.moved === 0) {
        lines.push('', markdownCell(m.noChange));
        return lines.join('\n') + '\n';
    }
    lines.push('', `#### ${markdownCell(m.perDistrictHeading)}`, '');
    lines.push(...markdownTable(m.perDistrictHeaders, districtRows(impact), [false, false, true, true, true, true, true, true]));
    lines.push('', `#### ${markdownCell(m.movesHeading)}`, '');
    lines.push(...markdownTable(m.movesHeaders, moveRows(impact), [false, false, false, true, true]));
    const shown = impact.households.slice(0, limit);
    lines.push('', '<details>', `<summary>${markdownCell(m.movedHeading(shown.length, impact.households.length))}</summary>`, '');
    lines.push(...markdownTable(m.movedHeaders, shown.map((h) => [
        h.key,
        h.district,
        outcomeText(h.before, lang),
        outcomeText(h.after, lang),
        h.before.explanation + (h.changes.includes('benefit') ? `; ${h.before.benefitExplanation}` : ''),
        h.after.explanation + (h.changes.includes('benefit') ? `; ${h.after.benefitExplanation}` : ''),
    ]), [false, false, false, false, false, false]));
    lines.push('', '</details>');
    return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// JSON

export function renderJson(impact: Impact): string {
    return JSON.stringify(impact, null, 2) + '\n';
}
