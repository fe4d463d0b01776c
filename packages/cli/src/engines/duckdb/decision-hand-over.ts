/**
 * Hands the explained chunks of decided households over, in order, as `evaluateCaseload` hands
 * decisions over: as lines made (a CSV decisions file), or to `onDecision` each with a result holding
 * what the writers read (the key, the district and its units, the benefit, the category), its
 * status and its explanation.
 */
import type { HouseholdResult, HouseholdStatus, Plan } from '@kaidah/engine';
import { staysStatuses, unmatchedStatus } from '@kaidah/engine';
import { emptyRow, ResultFromRow, rowSlots } from '../../caseload/parallel/household-row.js';
import type { CaseloadOptions } from '../../caseload/evaluate-caseload.js';
import { columnValues, type DecidedChunk } from './decided-chunk.js';
import type { ExplainedChunk } from './explain-chunk.js';

export type OnDecision = (result: HouseholdResult, status: HouseholdStatus, explanation: string) => void;
export type DecisionLines = NonNullable<CaseloadOptions['decisionLines']>;

export function decisionHandOver(plan: Plan, words: readonly (readonly string[])[], onDecision: OnDecision,
    lines: DecisionLines | undefined): (chunk: DecidedChunk, explained: ExplainedChunk) => void {
    const slots = rowSlots(plan);
    const results = new ResultFromRow(slots);
    const row = emptyRow();
    const names = plan.graduations.map((g) => g.name);
    const stays = staysStatuses(plan);
    return (chunk, explained) => {
        if (explained.lines !== undefined) return lines!.write(explained.lines, 0, explained.lines.length);
        const { text, lengths, benefits } = explained;
        const { count, gs, kds, phases, candidates } = chunk;
        const texts = (slot: number) => (slot < 0 ? undefined : columnValues(chunk.columns[slot]!, count, words).map(String));
        const keys = texts(slots.key)!;
        // as the JS engine has them: String() of the value, '' for a column the schema does not have
        const districts = texts(slots.district);
        const subdistricts = texts(slots.subdistrict);
        const facilitators = texts(slots.facilitator);
        let at = 0;
        let candidate = 0;
        for (let r = 0; r < count; r++) {
            const g = gs[r]!;
            row.key = keys[r]!;
            row.district = districts?.[r] ?? '';
            row.subdistrict = subdistricts?.[r] ?? '';
            row.facilitator = facilitators?.[r] ?? '';
            row.benefit = benefits[r]!;
            row.category = g < 0 ? undefined : names[g];
            const kd = kds[r]!;
            const status: HouseholdStatus = phases[r] === 1 ? candidates[candidate++]! : kd >= 0 ? stays[kd]! : unmatchedStatus(row);
            onDecision(results.fill(row), status, text.slice(at, (at += lengths[r]!)));
        }
    };
}
