/**
 * One side of `kaidah diff`: the rules as they were (or are), run on the households through the
 * household source and the caseload evaluation that `kaidah run` uses, so that a side reads every
 * format `run` reads, rejects the rows `run` rejects and allocates the targets as `run` does.
 *
 * Unlike `run`, a side keeps every decided household's evaluation and status in memory, in the
 * order of the data: the comparison matches households by key across the two sides. Memory grows
 * with the caseload (two sides of it). Rejected rows are not kept; the comparison counts the
 * households only one side decided.
 */
import type { Allocation, HouseholdResult, HouseholdStatus, Lang, Plan } from '@kaidah/engine';
import { evaluateCaseload, type CaseloadFailure, type CaseloadOptions, type CaseloadOutcome } from '../caseload/evaluate-caseload.js';
import type { HouseholdSource } from '../data/household-source.js';

export interface EvaluatedSide {
    plan: Plan;
    /** Every household this side decided, in the order of the data. */
    results: HouseholdResult[];
    /** The side's allocation, with `households[i]` the status of `results[i]`. */
    allocation: Allocation;
}

/**
 * Runs a compiled side on the households of `source` (`file` as shown in messages); `evaluation`
 * is another engine's (`--database`) in place of the one caseload evaluation.
 */
export async function evaluateSide(plan: Plan, source: HouseholdSource, file: string, lang: Lang,
    evaluation: (options: CaseloadOptions) => Promise<CaseloadOutcome> = evaluateCaseload): Promise<{ ok: true; side: EvaluatedSide } | CaseloadFailure> {
    const results: HouseholdResult[] = [];
    const households: HouseholdStatus[] = [];
    /** For each candidate (by its index in the selection), its index in `results`. */
    const candidates: number[] = [];
    const outcome = await evaluation({
        plan,
        source,
        file,
        lang,
        onEvaluated: (result, status, candidate) => {
            if (status === undefined) candidates[candidate] = results.length;
            else households[results.length] = status;
            results.push(result);
        },
        // a household listed twice with different data is decided nowhere: the caseload is read again
        onRestart: () => {
            results.length = 0;
            households.length = 0;
            candidates.length = 0;
        },
    });
    if (!outcome.ok) return outcome;
    candidates.forEach((i, c) => {
        households[i] = outcome.selected.statusOf(c);
    });
    return { ok: true, side: { plan, results, allocation: { ...outcome.allocation, households } } };
}
