import { conditionStatus, formatNumber, neverFired, type CoverageReport, type Lang } from '@kaidah/engine';
import Table from 'cli-table3';
import { testCliMessages } from './messages.js';

/**
 * Coverage as tables: categories (reached, in category), atomic conditions (evaluated, held,
 * failed, status) and benefit components (eligible, paid), then one paragraph of what never fired.
 * Used by `kaidah test --coverage` (the tests' households) and `kaidah run --coverage` (the data).
 */
export function coverageLines(report: CoverageReport, lang: Lang): string[] {
    const m = testCliMessages(lang);
    const n = formatNumber;
    const table = (head: string[], alignments: ('left' | 'right')[]) =>
        new Table({ head, colAligns: alignments, style: { head: [], border: [], compact: true } });

    const categories = table(m.categoryHeaders, ['left', 'right', 'right', 'left']);
    for (const c of report.categories) {
        categories.push([labelled(c.label, c.name), n(c.reached), n(c.held), c.held > 0 ? m.fired : m.neverFired]);
    }
    const conditions = table(m.conditionHeaders, ['left', 'left', 'right', 'right', 'right', 'left']);
    for (const c of report.categories) {
        c.conditions.forEach((condition, i) => {
            conditions.push([i === 0 ? c.name : '', condition.text, n(condition.evaluated), n(condition.held), n(condition.failed),
                m.conditionStatuses[conditionStatus(condition)]]);
        });
    }
    const components = table(m.componentHeaders, ['left', 'right', 'right', 'left']);
    for (const c of report.components) {
        components.push([c.label === undefined ? c.name : labelled(c.label, c.name), n(c.eligible), n(c.paid), c.paid > 0 ? m.paid : m.neverPaid]);
    }

    const lines = [m.coverageTitle(report.households), m.coverageHelp, '', m.categoriesHeading, categories.toString()];
    if (report.categories.length > 0) lines.push('', m.conditionsHeading, conditions.toString());
    if (report.components.length > 0) lines.push('', m.componentsHeading, components.toString());

    const never = neverFired(report);
    lines.push('');
    if (never.categories.length + never.conditions.length + never.components.length === 0) {
        lines.push(m.everythingFired);
    } else {
        lines.push(m.neverFiredTitle);
        if (never.categories.length > 0) lines.push(`  ${m.neverFiredCategories(never.categories.map((c) => c.name).join(', '))}`);
        if (never.conditions.length > 0) {
            lines.push(`  ${m.neverFiredConditions(never.conditions.map((c) => `${c.category.name}: ${c.condition.text}`).join('; '))}`);
        }
        if (never.components.length > 0) lines.push(`  ${m.neverFiredComponents(never.components.map((c) => c.name).join(', '))}`);
    }
    return lines;
}

function labelled(label: string, name: string): string {
    return label === name ? name : `${label} (${name})`;
}
