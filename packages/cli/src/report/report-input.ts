import type { Allocation, Plan } from '@kaidah/engine';
import type { BenefitBand } from '../output/benefit-bands.js';
import type { RejectSummary } from '../output/reject-tally.js';

/** Everything one HTML report shows: the rules, the run's counts and its allocation. */
export interface ReportInput {
    /** The rule file named on the command line, as the officer wrote it. */
    rulesFile: string;
    /** The household data file, as the officer wrote it. */
    dataFile: string;
    plan: Plan;
    allocation: Allocation;
    /** Rows read from the data file; `read = decided + rejected`. */
    counts: { read: number; decided: number; rejected: number };
    /** Where the header stood, when rows above it (a title) were passed over: they are not households. */
    header?: { row: number; skipped: number };
    /**
     * Households by annual benefit (whole Rupiah), lowest band first: each band counts the benefits
     * `b` with `from <= b < to` (shown as `from – to − 1`); a band with `from === to` counts exactly
     * that amount (Rp 0); the last may be open (`to` Infinity). `BenefitBands`
     * (output/benefit-bands.ts) counts them as the caseload is read.
     */
    benefitDistribution: BenefitBand[];
    /** The run's rejected rows, counted and the first of them; absent when the caller has none to give. */
    rejects?: RejectSummary;
}
