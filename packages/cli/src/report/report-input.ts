import type { Allocation, Plan } from '@kaidah/engine';

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
    /**
     * Households by annual benefit (whole Rupiah), lowest band first: each band counts the benefits
     * `b` with `from <= b < to` (shown as `from – to − 1`); a band with `from === to` counts exactly
     * that amount (Rp 0). `BenefitBands` (output/benefit-bands.ts) counts them as the caseload is read.
     */
    benefitDistribution: { from: number; to: number; households: number }[];
}
