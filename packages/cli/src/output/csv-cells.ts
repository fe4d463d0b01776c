import { stringify } from 'csv-stringify/sync';
import { plainCsv, type CsvStyle } from './csv-style.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_SIGNED_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;
/** What Excel or LibreOffice would turn into a number, a percentage, a date or money on opening. */
const READ_AS_VALUE = /^\s*(?:rp\.?\s*)?[-+(]?[.,]?\d/i;
/** Excel's limit on a text constant in a formula. */
const FORMULA_TEXT_MAX = 255;

/**
 * A cell starting with `=`, `+`, `-` or `@` is run as a formula by Excel; prefix it with an apostrophe
 * so that a household's data can never execute in an officer's spreadsheet. Plain signed numbers
 * (`-1`) cannot execute and are left as they are.
 */
function neutraliseFormula(cell: string): string {
    if (!FORMULA_START.test(cell) || PLAIN_SIGNED_NUMBER.test(cell)) return cell;
    return `'${cell}`;
}

export function toCsv(header: string[], rows: string[][]): string {
    return stringify([header, ...rows.map((row) => row.map(neutraliseFormula))], { record_delimiter: '\n' });
}

/**
 * Whether a cell holds a quote, the separator or a line break. Four searches beat one regular
 * expression or a loop over the characters several times over on long cells: explanations are
 * built by concatenation, and `indexOf` flattens such a string once where `charCodeAt` walks it
 * each time.
 */
function needsQuotes(cell: string, separator: string): boolean {
    return cell.indexOf('"') >= 0 || cell.indexOf(separator) >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
}

/** = + - @ tab CR: the only starts a formula can have. */
function mayStartFormula(first: number): boolean {
    return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

/**
 * Text for Excel: anything it would read as a number or a date (a NIK, `0012`, `85%`, `0,85`,
 * `2024-01-31`) or run as a formula is written `="…"`, a formula whose result is exactly that
 * text, which Excel and LibreOffice both keep. Past Excel's 255 characters, or across lines, the
 * formula cannot hold it: the text is only neutralised.
 */
function excelText(cell: string): string {
    const first = cell.charCodeAt(0);
    const formula = mayStartFormula(first);
    // most text starts with a letter: only a digit, a sign, a point, Rp or a space can read as a value
    if (formula || first <= 57 || first === 82 || first === 114) {
        if ((formula || READ_AS_VALUE.test(cell)) && cell.length <= FORMULA_TEXT_MAX && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return `"=""${cell.replace(/"/g, '""""')}"""`;
        }
        if (formula) cell = neutraliseFormula(cell);
    }
    return needsQuotes(cell, ';') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One text cell: neutralised if it could run as a formula, kept as text in Excel, quoted if it must be. */
export function csvCell(cell: string, style: CsvStyle = plainCsv): string {
    if (cell === '') return cell;
    if (style.name === 'excel') return excelText(cell);
    if (mayStartFormula(cell.charCodeAt(0))) cell = neutraliseFormula(cell);
    return needsQuotes(cell, ',') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A number as the style reads it (`1250000,5` for Excel in Indonesian); nothing for no number. */
export function csvNumber(value: number | undefined, style: CsvStyle = plainCsv): string {
    if (value === undefined) return '';
    const text = String(value);
    return style.decimalComma && !Number.isInteger(value) ? text.replace('.', ',') : text;
}

/**
 * One CSV line with its line end: text cells as `csvCell` writes them, numbers as `csvNumber`
 * (in plain style, text cells exactly as `toCsv` writes them).
 */
export function csvLine(cells: readonly (string | number | undefined)[], style: CsvStyle = plainCsv): string {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        const text = typeof cell === 'string' ? csvCell(cell, style) : csvNumber(cell, style);
        line += i === 0 ? text : style.separator + text;
    }
    return line + style.newline;
}

/** The first line of a file: what the style puts before it (the BOM), then the header. */
export function csvHeader(header: readonly string[], style: CsvStyle = plainCsv): string {
    return style.start + csvLine(header, style);
}
