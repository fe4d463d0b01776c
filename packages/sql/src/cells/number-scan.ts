/**
 * The SQL of the data-number scanner (engine notation/numbers.ts `scanUnsigned`): digits, dots
 * grouping thousands, one decimal comma, or one English decimal point not followed by exactly three
 * digits. Its result is the digits as written and how many of them follow the decimal mark, so that
 * the value is formed, as in JavaScript, by one division of the whole digits by a power of ten.
 */
import type { Dialect } from '../dialect/dialect.js';
import { cellSpace, jsSpace, spaceChars } from './spaces.js';
import type { Layers } from './layers.js';

export const MAX_SAFE = '9007199254740991';

export function trimmed(dialect: Dialect, x: string, js = false): string {
    const space = js ? jsSpace(dialect) : cellSpace(dialect);
    // a cell whose ends are not white space (almost every cell) is left as it is, without a regular
    // expression; an end is looked up in the text of the space characters, not in an IN list, which
    // DuckDB makes a join of (a character of UTF-8 text can only match a whole character)
    const chars = `(${spaceChars(js).join(' || ')})`;
    return `CASE WHEN ${dialect.plainEnds(x)} THEN ${x} WHEN ${x} = '' OR (strpos(${chars}, left(${x}, 1)) = 0 AND strpos(${chars}, right(${x}, 1)) = 0) THEN ${x}` +
        ` ELSE ${trimRegex(dialect, x, space)} END`;
}

function trimRegex(dialect: Dialect, x: string, space: string): string {
    return dialect.replaceAll(x, `^[${space}]+|[${space}]+$`, '');
}
export function trimStart(dialect: Dialect, x: string): string {
    return dialect.replaceAll(x, `^[${cellSpace(dialect)}]+`, '');
}
export function trimEnd(dialect: Dialect, x: string): string {
    return dialect.replaceAll(x, `[${cellSpace(dialect)}]+$`, '');
}

/** A power of ten as the double JavaScript's exact table gives (parsed, not computed). */
export function powerOfTen(dialect: Dialect, exponent: string): string {
    return `CAST(('1e' || CAST(${exponent} AS ${dialect.varchar})) AS ${dialect.double})`;
}

export interface ScannedNumber {
    /** The unsigned part scanned. */
    ok: string;
    digits: string;
    fractionDigits: string;
    /** The digits as a double (JS accumulates them the same way while they are exact). */
    mantissa: string;
}

/**
 * Scans the unsigned number `u` (a helper column) from `level`; uses levels `level` and `level + 1`.
 */
export function scanUnsigned(dialect: Dialect, layers: Layers, prefix: string, u: string, level: number, bareDigits: string): ScannedNumber {
    const fast = (otherwise: string, value: string) => `CASE WHEN ${bareDigits} THEN ${value} ELSE ${otherwise} END`;
    const plain = layers.add(level, `${prefix}_fa`, fast(dialect.matches(u, '[0-9]+(,[0-9]+)?'), 'TRUE'));
    const grouped = layers.add(level, `${prefix}_fb`, fast(dialect.matches(u, '[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?'), 'FALSE'));
    const point = layers.add(level, `${prefix}_fc`,
        fast(`(${dialect.matches(u, '[0-9]+\\.[0-9]+')} AND (NOT ${dialect.matches(u, '[0-9]+\\.[0-9]{3}')} OR left(${u}, 1) = '0'))`, 'FALSE'));
    const digits = layers.add(level, `${prefix}_dg`, fast(`replace(replace(${u}, '.', ''), ',', '')`, u));
    const fractionDigits = layers.add(level, `${prefix}_fd`, fast(
        `CASE WHEN ${dialect.matches(u, '[0-9]+\\.[0-9]+')} AND NOT ${dialect.matches(u, '[1-9][0-9]{0,2}(\\.[0-9]{3})+')} THEN length(${u}) - strpos(${u}, '.')` +
        ` WHEN strpos(${u}, ',') > 0 THEN length(${u}) - strpos(${u}, ',') ELSE 0 END`, '0'));
    const ok = layers.add(level + 1, `${prefix}_ok`, `(${plain} OR ${grouped} OR ${point})`);
    const mantissa = layers.add(level + 1, `${prefix}_m`,
        `CASE WHEN NOT (${plain} OR ${grouped} OR ${point}) THEN NULL WHEN length(${digits}) > 330 THEN ${dialect.number(Infinity)} ELSE CAST(${digits} AS ${dialect.double}) END`);
    return { ok, digits, fractionDigits, mantissa };
}

/** Why a cell that did not scan is refused: a mangled long number, a number past Infinity, or `otherwise`. */
export function scanFailure(dialect: Dialect, cell: string, otherwise: string): string {
    const s = `[${jsSpace(dialect)}]*`;
    return `CASE WHEN ${dialect.matches(cell, `${s}[-+]?[0-9]+([.,][0-9]+)?[eE][-+]?[0-9]+${s}`)} THEN 'scientific-notation'` +
        ` WHEN ${dialect.matches(cell, `${s}[-+]?(Infinity|∞)${s}`)} THEN 'too-large' ELSE ${dialect.text(otherwise)} END`;
}

/** `isExact`: the number read is the number written, or why not. `magnitude` is |value|. */
export function exactness(dialect: Dialect, magnitude: string, mantissa: string): string {
    return `CASE WHEN NOT (${magnitude} <= ${dialect.number(Number.MAX_SAFE_INTEGER)}) THEN 'too-large'` +
        ` WHEN ${mantissa} > ${dialect.number(Number.MAX_SAFE_INTEGER)} OR (${magnitude} = 0 AND ${mantissa} <> 0) THEN 'too-many-digits' ELSE NULL END`;
}
