/**
 * Typed values from Excel and JSON as the text of a data cell, so that every format goes through
 * the same row coercion as CSV (and is rejected for the same reasons, in the same words).
 *
 * - Numbers are written so the engine reads back exactly the same number: `1500000`, `0,85` (a
 *   decimal comma: `1.234` would read as one thousand two hundred and thirty-four).
 * - A cell formatted as a percentage holds a fraction: 0,85 formatted `0%` is `85%`.
 * - A whole number of 16 digits or more has lost digits in a spreadsheet (Excel keeps 15
 *   significant digits): it is written as Excel shows it, `3.51E+15`, and rejected as a mangled
 *   identifier. JSON keeps whole numbers exactly up to 2^53, so those stay (`exactDigits`); a JSON
 *   number beyond that (or beyond any double: `1e400` parses as Infinity) is written out in full,
 *   so that the cell readers refuse it as too large to read exactly.
 * - Yes/no as `ya`/`tidak`; dates as `YYYY-MM-DD`; empty cells as ''.
 */

export interface CellTextOptions {
    /** The number came from a format that keeps every digit of safe integers (JSON), not a spreadsheet. */
    exactDigits?: boolean;
    /** The cell's number format says percent (Excel `0%`). */
    percent?: boolean;
}

const LONG_NUMBER = 1e15;

/** A number as a data cell would write it: decimal comma, no thousands separator. */
function numberText(value: number): string {
    if (!Number.isFinite(value)) return String(value);
    if (Number.isInteger(value)) return String(value);
    // 12 significant digits remove binary noise (0,1 × 3 is 0,30000000000000004)
    const text = String(Number(value.toPrecision(12)));
    return text.includes('e') ? text : text.replace('.', ',');
}

export function cellText(value: unknown, options: CellTextOptions = {}): string {
    if (value === null || value === undefined) return '';
    switch (typeof value) {
        case 'string':
            return value;
        case 'boolean':
            return value ? 'ya' : 'tidak';
        case 'number': {
            if (options.percent) return `${numberText(value * 100)}%`;
            if (options.exactDigits && !(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) {
                return Number.isFinite(value) ? BigInt(value).toString() : String(value);
            }
            if (Number.isInteger(value) && Math.abs(value) >= LONG_NUMBER && !(options.exactDigits && Number.isSafeInteger(value))) {
                return value.toExponential(2).toUpperCase(); // 3.51E+15, as Excel shows it
            }
            return numberText(value);
        }
        case 'bigint':
            return value.toString();
        case 'object': {
            if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
            const cell = value as Record<string, unknown>;
            if (Array.isArray(cell.richText)) return (cell.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
            if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result, options);
            if ('hyperlink' in cell && 'text' in cell) return cellText(cell.text, options);
            if ('error' in cell) return String(cell.error);
            return JSON.stringify(value);
        }
        default:
            return String(value);
    }
}
