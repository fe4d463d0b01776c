/**
 * Quota allocation: within each district and graduation category (or each sub-district or
 * facilitator, for targets counted per unit), rank the candidates and propose as many as the
 * target; the rest are the reserve (cadangan), in rank order, for when a proposed household fails
 * re-verification.
 *
 * Nothing is lost: every household gets exactly one status, and
 * `proposed + reserve + stays + unmatched = households`.
 * Deterministic: ties in rank break on the household key (plain string order), then on input order.
 *
 * `allocateQuotas` takes every evaluated household at once; `QuotaSelection` (selection.ts) does the
 * same one household at a time, for caseloads too large to keep, and both give the same figures.
 */
import type { Plan } from '../plan/plan.js';
import type { HouseholdResult } from '../evaluation/evaluate.js';
import type { Allocation, HouseholdStatus } from './types.js';
import { QuotaSelection } from './selection.js';

export function allocateQuotas(plan: Plan, results: HouseholdResult[]): Allocation {
    const selection = new QuotaSelection(plan);
    const households: HouseholdStatus[] = new Array(results.length);
    const candidates: number[] = [];
    results.forEach((result, i) => {
        const status = selection.place(result, i);
        if (status === undefined) candidates.push(i);
        else households[i] = status;
    });
    const selected = selection.finish();
    candidates.forEach((i, c) => {
        households[i] = selected.statusOf(c);
    });
    return { ...selected.allocation, households };
}
