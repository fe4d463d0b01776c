/**
 * Percent cells, read one way wherever they come from (CSV, Excel, JSON, case tables), so that
 * nothing is read 100× off without a word. A spreadsheet stores 85% as 0,85 and shows it as `85%`;
 * exported as text it may arrive as `85%`, `85` or `0,85`.
 *
 * - `85%` is 85%, always.
 * - A bare number is read as the rules declare the column: `percent as fraction` (`0,85` is 85%) or
 *   `percent as number` (`85` is 85%).
 * - Undeclared, `0` is 0%, and a bare number is read the one way that lies in the column's range
 *   (0–100% unless it declares another): `85` is 85%, since 8.500% is out of range. A number that
 *   fits either way (`0,85`: 0,85% or 85%; `1`: 1% or 100%) is refused as 'ambiguous-percent'.
 *
 * Values are fractions (85% is 0.85), scaled from the digits as written with one rounding, so that
 * `9,81%` is exactly the literal 9,81% of a rule file.
 */
import type { ReasonCode } from '../plan/codes.js';
import { cellSlot, fail } from './cells.js';
import { scaleDigits, scanNumberCell, scannedDigits } from './numbers.js';

export type PercentWritten = 'fraction' | 'number';

/** The two readings of the last scanned bare number: as a number of percent, and as a fraction. */
function asNumberOfPercent(): number {
    return scaleDigits(scannedDigits.mantissa, -scannedDigits.fractionDigits - 2, scannedDigits.value < 0);
}

/**
 * A reader of percent cells for a column: how its bare numbers are written (undefined when the
 * rules do not say) and the range it allows, as fractions. `outOfRange` is the reason for a value
 * outside it ('percent-out-of-range' for the usual 0–100%, 'out-of-range' for a declared range).
 */
export function percentCellReader(
    written: PercentWritten | undefined,
    min: number,
    max: number,
    outOfRange: ReasonCode,
): (cell: string) => boolean {
    const within = (value: number): boolean => {
        if (value >= min && value <= max) {
            cellSlot.value = value;
            return true;
        }
        return fail(outOfRange);
    };
    return (cell) => {
        if (!scanNumberCell(cell, true, 'not-a-percent')) return false;
        if (scannedDigits.percentSign || written === 'number') return within(asNumberOfPercent());
        const asFraction = scannedDigits.value;
        if (written === 'fraction' || asFraction === 0) return within(asFraction);
        const asNumber = asNumberOfPercent();
        const numberFits = asNumber >= min && asNumber <= max;
        const fractionFits = asFraction >= min && asFraction <= max;
        if (numberFits && fractionFits) return fail('ambiguous-percent');
        return within(fractionFits ? asFraction : asNumber);
    };
}

/** A percent column as most schemas have it: undeclared, 0–100%. */
export const readPercentCell = percentCellReader(undefined, 0, 1, 'percent-out-of-range');

/**
 * A percentage of any size (an expected value in a case table, which may be a worked-out percent
 * above 100%): `85%`, or a bare number read as in a 0–100% column, where a number above 100 is
 * read as a number of percent and a bare number between -1 and 1 (other than 0) is ambiguous.
 */
export function readUnboundedPercentCell(cell: string): boolean {
    if (!scanNumberCell(cell, true, 'not-a-percent')) return false;
    const asFraction = scannedDigits.value;
    if (!scannedDigits.percentSign && asFraction !== 0 && asFraction >= -1 && asFraction <= 1) return fail('ambiguous-percent');
    cellSlot.value = asFraction === 0 ? 0 : asNumberOfPercent();
    return true;
}

/**
 * The two readings of a bare percent cell, as fractions (`0,85` → 0.0085 and 0.85), for the
 * sentence that names them; undefined when the cell is not a bare number.
 */
export function percentReadings(cell: string): { asNumber: number; asFraction: number } | undefined {
    if (!scanNumberCell(cell, true, 'not-a-percent') || scannedDigits.percentSign) return undefined;
    return { asNumber: asNumberOfPercent(), asFraction: scannedDigits.value };
}
