/** Rp 1.000.000: PKH benefits run from Rp 0 to about Rp 13.000.000 a year (four paid members). */
const BAND_WIDTH = 1_000_000;
/**
 * Bands of a million up to Rp 20.000.000; every benefit from there up shares one open top band.
 * One extreme row (a NIK pasted into a count column gives a benefit of billions) must not make
 * one band per million up to it: that was a chart of 200.000 bars, or a crash.
 */
const BANDS = 20;

/**
 * Households with annual benefits `from <= b < to`; `from === to` is exactly that amount (Rp 0);
 * `to` is Infinity for the open top band, which also gives the highest benefit in it.
 */
export interface BenefitBand {
    from: number;
    to: number;
    households: number;
    highest?: number;
}

/**
 * Households per band of annual benefit, counted while a caseload streams past (the report's
 * `benefitDistribution`, without keeping every benefit): a band of exactly Rp 0, then bands of
 * Rp 1.000.000 — `[1, 1.000.000)`, `[1.000.000, 2.000.000)`, … — up to the highest benefit, empty
 * bands included, and at most `BANDS` of them before the open top band. Benefits are rounded to
 * whole Rupiah first.
 */
export class BenefitBands {
    private zero = 0;
    private readonly counts = new Float64Array(BANDS);
    private used = 0;
    private top = 0;
    private highest = 0;

    add(benefit: number): void {
        const rupiah = Math.round(benefit);
        if (!(rupiah > 0)) {
            this.zero++;
            return;
        }
        const band = Math.floor(rupiah / BAND_WIDTH);
        if (band >= BANDS) {
            this.top++;
            if (rupiah > this.highest) this.highest = rupiah;
            return;
        }
        this.counts[band]!++;
        if (band >= this.used) this.used = band + 1;
    }

    bands(): BenefitBand[] {
        const shown = this.top > 0 ? BANDS : this.used;
        const bands: BenefitBand[] = [{ from: 0, to: 0, households: this.zero }];
        for (let i = 0; i < shown; i++) bands.push({ from: i === 0 ? 1 : i * BAND_WIDTH, to: (i + 1) * BAND_WIDTH, households: this.counts[i]! });
        if (this.top > 0) bands.push({ from: BANDS * BAND_WIDTH, to: Infinity, households: this.top, highest: this.highest });
        return bands;
    }
}
