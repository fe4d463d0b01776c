import type { ReportInput } from './report-input.js';

/** Rp 1.000.000: PKH benefits run from Rp 0 to about Rp 13.000.000 a year (four paid members). */
export const DEFAULT_BAND_WIDTH = 1_000_000;

/**
 * Households per band of annual benefit, for `ReportInput.benefitDistribution`: a band of exactly
 * Rp 0 (families paid nothing), then bands of `width` Rupiah up to the highest benefit — `[1, width)`,
 * `[width, 2 × width)`, … — empty bands included so that the chart reads evenly. Benefits are whole
 * Rupiah (a fraction is rounded as `formatRupiah` rounds it). Deterministic.
 */
export function benefitDistribution(benefits: Iterable<number>, width: number = DEFAULT_BAND_WIDTH): ReportInput['benefitDistribution'] {
    if (!Number.isInteger(width) || width < 2) throw new RangeError(`Band width must be a whole number of Rupiah above 1, got ${width}`);
    let zero = 0;
    const counts: number[] = [];
    for (const benefit of benefits) {
        const rupiah = Math.round(benefit);
        if (!(rupiah > 0)) {
            zero++;
            continue;
        }
        const band = Math.floor(rupiah / width);
        while (counts.length <= band) counts.push(0);
        counts[band]!++;
    }
    const bands: ReportInput['benefitDistribution'] = [{ from: 0, to: 0, households: zero }];
    counts.forEach((households, i) => bands.push({ from: i === 0 ? 1 : i * width, to: (i + 1) * width, households }));
    return bands;
}
