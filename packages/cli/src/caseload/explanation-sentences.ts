/**
 * The sentences of an explanation: each capitalised and closed, and the second, the status, of a
 * household decided at once (it stays, or its district is unknown), worded alike on every thread.
 */
import { describeStatus, type Allocation, type HouseholdStatus, type Lang } from '@kaidah/engine';

/** An allocation with no district: enough to word a status decided before ranking. */
export const NO_ALLOCATION: Allocation = {
    households: [],
    districts: [],
    unmatched: 0,
    unmatchedDistricts: [],
    totals: { households: 0, proposed: 0, reserve: 0, stays: 0, unmatched: 0 },
};

/** Capitalised and closed with a full stop, so two explanations read as two sentences. */
export function asSentence(text: string): string {
    // explanations are built without spaces at their ends and mostly start with a capital: check first
    let sentence = text;
    const firstCode = sentence.charCodeAt(0);
    if (firstCode <= 32 || sentence.charCodeAt(sentence.length - 1) <= 32) sentence = sentence.trim();
    const first = sentence.charAt(0);
    const upper = first.toUpperCase();
    if (upper !== first) sentence = upper + sentence.slice(1);
    const last = sentence.charCodeAt(sentence.length - 1);
    return last === 46 || last === 33 || last === 63 ? sentence : `${sentence}.`;
}

/** The sentences of statuses decided at once; a shared status (a district's "stays") is worded once. */
export class StatusSentences {
    private readonly worded = new Map<HouseholdStatus, string>();
    constructor(private readonly lang: Lang) {}

    of(status: HouseholdStatus): string {
        let sentence = this.worded.get(status);
        if (sentence === undefined) {
            sentence = asSentence(describeStatus(NO_ALLOCATION, status, this.lang));
            if (Object.isFrozen(status)) this.worded.set(status, sentence);
        }
        return sentence;
    }
}
