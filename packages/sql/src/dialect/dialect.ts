/**
 * What differs between SQL engines, and only that: quoting, the double type, regular expressions,
 * NaN. The compiler writes standard SQL everywhere else, so that another engine (Trino, Spark SQL,
 * BigQuery) is a new dialect, not a rewrite.
 */
export type DialectName = 'duckdb' | 'postgres';

export interface Dialect {
    readonly name: DialectName;
    /** A name from a rule file or a data header as an identifier, always quoted. */
    identifier(name: string): string;
    /** A string from a rule file or a data header as a literal, always quoted. */
    text(value: string): string;
    /** A double, exactly the JS number (NaN and ±Infinity included). */
    number(value: number): string;
    /** The IEEE double type. */
    readonly double: string;
    /** The text type. */
    readonly varchar: string;
    /** `text` is 1 to `max` of the digits 0-9 and nothing else (NULL for NULL): most cells are, and are told cheaply. */
    digitsOnly(text: string, max: number): string;
    /**
     * A cheap test that `text` starts and ends with a printable ASCII character (not a space), where
     * the engine has one: most cells do, and need no trimming. FALSE (or NULL) says nothing.
     */
    plainEnds(text: string): string;
    /** `text` matches the regular expression `pattern` (a literal, RE2/ARE common ground). */
    matches(text: string, pattern: string): string;
    /** Every match of `pattern` in `text` replaced by `replacement`. */
    replaceAll(text: string, pattern: string, replacement: string): string;
    /** Capture group `group` of the first match of `pattern` in `text` ('' or NULL when none). */
    extract(text: string, pattern: string, group: number): string;
    /** A cheap 64-bit hash of a text, where the engine has one (grouping a million keys on it first spares grouping them as text). */
    keyHash?(text: string): string;
    /** `x` is NaN (NaN equals NaN and sorts last in both engines, unlike JavaScript). */
    isNaN(x: string): string;
    /** A character in a regular expression, by its code point (`\x{A0}`, `\u00A0`). */
    codePoint(code: number): string;
    /** The character class of letters and digits in any script, inside `[...]`. */
    readonly letterOrDigit: string;
    /** Text ordering by code point, as JavaScript compares keys. */
    binary(text: string): string;
    /** The statements that make a temporary table from a query (replacing one of that name). */
    createTempTable(name: string, query: string): string[];
    /**
     * Written after each nested SELECT of helper columns (cells/layers.ts) so that the planner
     * computes a layer once instead of copying its expressions into every use (PostgreSQL flattens
     * nested SELECTs, and the copies multiply layer upon layer).
     */
    readonly layerFence: string;
    /** The row ordinal of a table without a row column. */
    rowOrdinal(): string;
}

/** Refuses names and strings that no SQL literal can carry (NUL). */
export function checkCarriable(value: string): string {
    if (value.includes('\u0000')) throw new Error('A name or text holding the NUL character cannot be written in SQL');
    return value;
}

export function doubleQuoted(name: string): string {
    return `"${checkCarriable(name).replace(/"/g, '""')}"`;
}

export function singleQuoted(value: string): string {
    return `'${checkCarriable(value).replace(/'/g, "''")}'`;
}

/** The shortest decimal that reads back as the same double, as text (`NaN`, `Infinity` too). */
export function numberText(value: number): string {
    if (Object.is(value, -0)) return '-0.0';
    return String(value);
}
