import type { Allocation, Plan } from '@kaidah/engine';
import { shown } from '../rules/project.js';

/**
 * `kaidah run --format json` (docs/json-output.md): the district summary of the table as data —
 * every district with its quantities and, per category, target, candidates, proposed, reserve,
 * shortfall and surplus — where the header stood below a title, the counts (read = decided +
 * rejected) and the totals.
 */
export function runSummaryJson(
    input: {
        rules: string; data: string; plan: Plan; allocation: Allocation; counts: { read: number; decided: number; rejected: number };
        /** Where the header stood below a title, when rows were passed over above it. */
        header?: { row: number; skipped: number } | undefined;
    },
) {
    const { allocation } = input;
    return {
        rules: shown(input.rules),
        data: shown(input.data),
        evaluationDate: input.plan.evaluationDate === '' ? null : input.plan.evaluationDate,
        ...(input.header === undefined ? {} : { header: input.header }),
        counts: input.counts,
        totals: allocation.totals,
        districts: allocation.districts,
        unmatched: {
            households: allocation.unmatched,
            districts: allocation.unmatchedDistricts,
            ...(allocation.unmatchedMore ? { more: allocation.unmatchedMore } : {}),
        },
    };
}
