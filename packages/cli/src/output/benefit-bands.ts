/** Rp 1.000.000: PKH benefits run from Rp 0 to about Rp 13.000.000 a year (four paid members). */
const BAND_WIDTH = 1_000_000;

/**
 * Households per band of annual benefit, counted while a caseload streams past (the report's
 * `benefitDistribution`, without keeping every benefit): a band of exactly Rp 0, then bands of
 * Rp 1.000.000 — `[1, 1.000.000)`, `[1.000.000, 2.000.000)`, … — up to the highest benefit, empty
 * bands included. Benefits are rounded to whole Rupiah first.
 */
export class BenefitBands {
    private zero = 0;
    private readonly counts: number[] = [];

    add(benefit: number): void {
        const rupiah = Math.round(benefit);
        if (!(rupiah > 0)) {
            this.zero++;
            return;
        }
        const band = Math.floor(rupiah / BAND_WIDTH);
        while (this.counts.length <= band) this.counts.push(0);
        this.counts[band]!++;
    }

    bands(): { from: number; to: number; households: number }[] {
        return [
            { from: 0, to: 0, households: this.zero },
            ...this.counts.map((households, i) => ({ from: i === 0 ? 1 : i * BAND_WIDTH, to: (i + 1) * BAND_WIDTH, households })),
        ];
    }
}
