import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_SIGNED_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;

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
 * Whether a cell holds a quote, a comma or a line break. Four searches beat one regular expression
 * or a loop over the characters several times over on long cells: explanations are built by
 * concatenation, and `indexOf` flattens such a string once where `charCodeAt` walks it each time.
 */
function needsQuotes(cell: string): boolean {
    return cell.indexOf('"') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
}

/** One cell as `csvLine` writes it: neutralised if it could run as a formula, quoted if it must be. */
export function csvCell(cell: string): string {
    if (cell === '') return cell;
    const first = cell.charCodeAt(0);
    // = + - @ tab CR: the only starts a formula can have
    if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) cell = neutraliseFormula(cell);
    return needsQuotes(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV line (with its `\n`), cells neutralised and quoted where needed, as `toCsv` writes them. */
export function csvLine(cells: readonly string[]): string {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
        let cell = cells[i]!;
        if (cell !== '') {
            const first = cell.charCodeAt(0);
            // = + - @ tab CR: the only starts a formula can have
            if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) cell = neutraliseFormula(cell);
            if (needsQuotes(cell)) cell = `"${cell.replace(/"/g, '""')}"`;
        }
        line += i === 0 ? cell : `,${cell}`;
    }
    return `${line}\n`;
}
