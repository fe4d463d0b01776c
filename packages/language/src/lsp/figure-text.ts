import { formatDate, formatNumber, formatValue, parseIsoDate, type Lang } from '@kaidah/engine';
import type { Figure } from './evaluated-figures.js';
import type { LspMessages } from './lsp-messages.js';

/** A figure as an officer reads it: `Rp 1.165.864`, `80%`, `2.580 families` for a target. */
export function figureText(figure: Figure, m: LspMessages, lang: Lang, options: { target?: boolean } = {}): string | undefined {
    switch (figure.kind) {
        case 'value': {
            const { value, type } = figure;
            if (options.target && typeof value === 'number') {
                return Number.isInteger(value) && value >= 0 ? m.families(value) : m.notWhole(formatNumber(value));
            }
            return formatValue(value, type, lang);
        }
        case 'per-household':
            return m.perHousehold;
        case 'per-district':
            return m.dependsOnDistrict;
        case 'caseload':
            return m.caseload;
        default:
            return undefined;
    }
}

/** `2024-03-01` → `1 March 2024` / `1 Maret 2024`. */
export function dateText(iso: string, lang: Lang): string {
    const parsed = parseIsoDate(iso);
    return 'value' in parsed ? formatDate(parsed.value, lang) : iso;
}
