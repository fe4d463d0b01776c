import {
    explainHousehold,
    explainStatus,
    formatRupiah,
    type Allocation,
    type HouseholdResult,
    type Lang,
    type Plan,
} from '@kaidah/engine';
import { toCsv } from './csv-cells.js';
import { writeFileAtomically } from './write-atomically.js';

const header = ['id', 'district', 'benefit', 'category', 'category_label', 'status', 'rank', 'candidates', 'explanation'];

/** One line per decided household, in input order, with the reasons as a sentence. */
export function writeDecisions(filePath: string, plan: Plan, results: HouseholdResult[], allocation: Allocation, lang: Lang): void {
    const labels = new Map(plan.graduations.map((g) => [g.name, g.label]));
    const rows = results.map((result, index) => {
        const decision = allocation.households[index];
        const why = `${asSentence(explainHousehold(plan, result, lang))} ${asSentence(explainStatus(allocation, index, lang))}`;
        return [
            result.key,
            result.district,
            formatRupiah(result.benefit),
            result.category ?? '',
            result.category ? labels.get(result.category) ?? '' : '',
            decision.status,
            decision.rank === undefined ? '' : String(decision.rank),
            decision.of === undefined ? '' : String(decision.of),
            why,
        ];
    });
    writeFileAtomically(filePath, toCsv(header, rows));
}

/** Capitalised and closed with a full stop, so two explanations read as two sentences. */
function asSentence(text: string): string {
    const trimmed = text.trim();
    const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
