import { stringify } from 'csv-stringify/sync';

/**
 * A cell starting with `=`, `+`, `-` or `@` is run as a formula by Excel; prefix it with an apostrophe
 * so that a household's data can never execute in an officer's spreadsheet. Plain signed numbers
 * (`-1`) cannot execute and are left as they are.
 */
export function neutraliseFormula(cell: string): string {
    if (!/^[=+\-@\t\r]/.test(cell) || /^[+-]?\d+(?:[.,]\d+)*$/.test(cell)) return cell;
    return `'${cell}`;
}

export function toCsv(header: string[], rows: string[][]): string {
    return stringify([header, ...rows.map((row) => row.map(neutraliseFormula))], { record_delimiter: '\n' });
}
