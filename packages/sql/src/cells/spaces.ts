/**
 * The white space the JS readers skip, as the inside of a regular-expression class, written with
 * the dialect's escapes so that the SQL printed stays readable.
 */
import type { Dialect } from '../dialect/dialect.js';

/** `isSpace` (notation/cells.ts): space, tab, CR, LF, no-break space, narrow no-break space, BOM. */
const CELL_SPACE: readonly (number | [number, number])[] = [0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x202f, 0xfeff];

/** What JavaScript's `trim()` and `\s` skip. */
const JS_SPACE: readonly (number | [number, number])[] = [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

function classOf(d: Dialect, codes: readonly (number | [number, number])[]): string {
    return codes.map((c) => (typeof c === 'number' ? d.codePoint(c) : `${d.codePoint(c[0])}-${d.codePoint(c[1])}`)).join('');
}

export const cellSpace = (d: Dialect): string => classOf(d, CELL_SPACE);
export const jsSpace = (d: Dialect): string => classOf(d, JS_SPACE);

/** Each space character as an SQL expression (`chr(160)`), for cheap tests of a cell's ends. */
export function spaceChars(js: boolean): string[] {
    const codes = (js ? JS_SPACE : CELL_SPACE).flatMap((c) => (typeof c === 'number' ? [c] : Array.from({ length: c[1] - c[0] + 1 }, (_, i) => c[0] + i)));
    return codes.map((code) => `chr(${code})`);
}
