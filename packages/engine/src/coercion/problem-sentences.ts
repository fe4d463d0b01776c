/**
 * Why a row was rejected, in the officer's language: the reason as the predicate of a sentence
 * about the cell (for a rejects file, which has the column beside it), or the whole sentence.
 */
import type { ReasonCode } from '../plan/codes.js';
import { formatNumber, formatPercent, formatValue } from '../notation/format.js';
import { commaReadings } from '../notation/numbers.js';
import { percentReadings } from '../notation/percent-cells.js';
import { formatDate, spreadsheetDay } from '../notation/dates.js';
import { messagesFor, type Lang } from '../messages/messages.js';
import { normaliseHeader, type AllowedRange, type RowProblem } from './row-reader.js';

/**
 * The reason as the predicate of a sentence: en `is not a number`, id `bukan angka`. Give the
 * problem's `range` so that 'out-of-range' names it: en `must be between 1 and 10`, id
 * `harus antara 1 dan 10`, in the column's units (`0%`, `Rp 1.500.000`, `1 March 2024`).
 */
export function describeReason(code: ReasonCode, lang: Lang, range?: AllowedRange): string {
    const m = messagesFor(lang);
    if (code !== 'out-of-range' || range === undefined || (range.min === undefined && range.max === undefined)) {
        return m.reasons[code];
    }
    const bound = (value: number | undefined) => (value === undefined ? undefined : formatValue(value, range.type, lang));
    return m.mustBeInRange(bound(range.min), bound(range.max), range.type === 'date');
}

/**
 * The reason of one problem, with everything it knows: the range, the two readings of an ambiguous
 * percent (`could mean 0,85% or 85%`), the date a spreadsheet's day number stands for, the field
 * counts of a row of the wrong shape.
 */
export function problemReason(problem: RowProblem, lang: Lang): string {
    const m = messagesFor(lang);
    if (problem.reason === 'wrong-shape' && problem.shape !== undefined) {
        const { fields, header, padded } = problem.shape;
        return (padded ? m.paddedShape : m.wrongShape)(formatNumber(fields), formatNumber(header));
    }
    if (problem.reason === 'ambiguous-percent') {
        const readings = percentReadings(problem.value);
        if (readings !== undefined) return m.ambiguousPercent(formatPercent(readings.asNumber), formatPercent(readings.asFraction));
    }
    if (problem.reason === 'ambiguous-comma') {
        const readings = commaReadings(problem.value);
        if (readings !== undefined) return m.ambiguousComma(readings.asDecimal, readings.asThousands);
    }
    if (problem.reason === 'day-number') {
        const dayNumber = Number(problem.value.trim());
        if (Number.isInteger(dayNumber)) return m.dayNumber(formatDate(spreadsheetDay(dayNumber), lang));
    }
    return describeReason(problem.reason, lang, problem.range);
}

/** One problem as a sentence: `monthly_income (column "penghasilan"): "abc" is not a number`. */
export function describeProblem(problem: RowProblem, lang: Lang): string {
    const m = messagesFor(lang);
    if (problem.reason === 'wrong-shape') return problemReason(problem, lang);
    const subject = normaliseHeader(problem.header) === normaliseHeader(problem.column)
        ? problem.column
        : m.columnWithHeader(problem.column, problem.header);
    const value = problem.value.trim() === '' ? undefined : problem.value;
    return m.cellProblem(subject, value, problemReason(problem, lang));
}
