/**
 * A data column read in SQL exactly as the JS row reader reads it (engine coercion/row-reader.ts
 * and notation/): for each column, a typed value and a reason code, or NULL when the cell is fine.
 * The reason codes are the JS engine's (`ReasonCode`), so that rejects are the same row, column and
 * reason whichever engine read them.
 */
import { MONTH_NAMES, type ColumnDef } from '@kaidah/engine';
import type { Dialect } from '../dialect/dialect.js';
import { cellSpace, jsSpace } from './spaces.js';
import { Layers } from './layers.js';
import { MAX_SAFE, exactness, powerOfTen, scanFailure, scanUnsigned, trimEnd, trimStart, trimmed } from './number-scan.js';

export interface ReadColumn {
    /** The typed value (a double, a boolean or a text; a date as days since 1970-01-01). */
    value: string;
    /** The reason code, NULL when the cell reads. */
    error: string;
}

/** The range a column allows, as the row reader works it out (`rangeOf`). */
export function rangeOf(column: ColumnDef): { min: number; max: number } | undefined {
    const { type, min, max } = column;
    if ((min === undefined && max === undefined) || type === 'text' || type === 'yesno') return undefined;
    if (type === 'percent') return { min: min ?? 0, max: max ?? 1 };
    return { min: min ?? -Infinity, max: max ?? Infinity };
}

interface Context {
    dialect: Dialect;
    layers: Layers;
    /** The helper columns' prefix for this column. */
    p: string;
    /** The raw cell (NULL when the row has no such field). */
    cell: string;
    /** The cell is known to be bare digits (`bareDigits`): a number is read without scanning it. */
    bare: boolean;
}

/** The cell is 1 to 15 digits and nothing else (never NULL): most cells are, and skip every regular expression below. */
export function bareDigits(d: Dialect, cell: string): string {
    return `coalesce(${d.digitsOnly(cell, 15)}, FALSE)`;
}

function within(d: Dialect, value: string, min: number, max: number): string {
    return `(${value} >= ${d.number(min)} AND ${value} <= ${d.number(max)})`;
}

/** A number (or a percent's number) in a data cell: value and reason, from level 0 to 4. */
function readNumber(c: Context, percentSign: boolean, otherwise: string) {
    const { dialect: d, layers: l, p, cell } = c;
    if (c.bare) {
        // what the scan below makes of bare digits: the digits are the number, no sign, no decimals
        const value = l.add(0, `${p}_v`, `CAST(${cell} AS ${d.double})`);
        return { value, error: `CAST(NULL AS ${d.varchar})`, pct: 'FALSE', scan: { ok: 'TRUE', digits: cell, fractionDigits: '0', mantissa: value } };
    }
    // most cells are bare digits: they skip every regular expression below
    const q = l.add(0, `${p}_q`, bareDigits(d, cell));
    const t = l.add(0, `${p}_t`, `CASE WHEN ${bareDigits(d, cell)} THEN ${cell} ELSE ${trimmed(d, `coalesce(${cell}, '')`)} END`);
    const pct = l.add(1, `${p}_pc`, percentSign ? `(right(${t}, 1) = '%')` : 'FALSE');
    const body = l.add(1, `${p}_b`, percentSign ? `CASE WHEN right(${t}, 1) = '%' THEN ${trimEnd(d, `left(${t}, length(${t}) - 1)`)} ELSE ${t} END` : t);
    const negative = l.add(2, `${p}_n`, `(left(${body}, 1) = '-')`);
    const u = l.add(2, `${p}_u`, `CASE WHEN left(${body}, 1) = '-' THEN ${trimStart(d, `substr(${body}, 2)`)} ELSE ${body} END`);
    const scan = scanUnsigned(d, l, p, u, 3, q);
    // no decimals (almost every cell): the digits are the number, without making and parsing '1e0'
    const magnitude = l.add(5, `${p}_mg`, `CASE WHEN ${scan.fractionDigits} = 0 THEN ${scan.mantissa} ELSE ${scan.mantissa} / ${powerOfTen(d, scan.fractionDigits)} END`);
    const value = l.add(6, `${p}_v`, `CASE WHEN ${negative} AND ${magnitude} <> 0 THEN -${magnitude} ELSE ${magnitude} END`);
    const error = l.add(6, `${p}_e`, `CASE WHEN ${cell} IS NULL THEN 'missing-field' WHEN ${t} = '' THEN 'empty'` +
        ` WHEN NOT ${scan.ok} THEN ${scanFailure(d, cell, otherwise)} ELSE ${exactness(d, magnitude, scan.mantissa)} END`);
    return { value, error, pct, scan };
}

/** The engine's `ENGLISH_THOUSANDS` (notation/numbers.ts) over a trimmed cell: `850,000`, `Rp 1,500`, `-12,345,-`. */
function englishThousands(d: Dialect): string {
    const s = `[${cellSpace(d)}]*`;
    return `-?${s}(([Rr][Pp]|[Ii][Dd][Rr])\\.?${s})?-?[0-9]{1,3},[0-9]{3}(,-)?`;
}

function readMoney(c: Context): ReadColumn {
    const { dialect: d, layers: l, p, cell } = c;
    // bare digits: no currency, word, sign or decimals (as readNumber)
    if (c.bare) return { value: l.add(0, `${p}_v`, `CAST(${cell} AS ${d.double})`), error: `CAST(NULL AS ${d.varchar})` };
    const q = l.add(0, `${p}_q`, bareDigits(d, cell));
    const t = l.add(0, `${p}_t`, `CASE WHEN ${bareDigits(d, cell)} THEN ${cell} ELSE ${trimmed(d, `coalesce(${cell}, '')`)} END`);
    const negative = l.add(1, `${p}_n1`, `(left(${t}, 1) = '-')`);
    const a = l.add(1, `${p}_a`, `CASE WHEN left(${t}, 1) = '-' THEN ${trimStart(d, `substr(${t}, 2)`)} ELSE ${t} END`);
    const b = l.add(2, `${p}_bb`, `CASE WHEN ${q} THEN ${a} ELSE ${d.replaceAll(a, `^([Rr][Pp]|[Ii][Dd][Rr])\\.?[${cellSpace(d)}]*`, '')} END`);
    const word = l.add(3, `${p}_w`, `CASE WHEN ${q} THEN '' ELSE ${d.extract(b, '([A-Za-z]+)$', 1)} END`);
    const badMinus = l.add(3, `${p}_bm`, `(${negative} AND left(${b}, 1) = '-')`);
    const exponent = l.add(4, `${p}_x`, `CASE lower(${word}) WHEN '' THEN 0 WHEN 'ribu' THEN 3 WHEN 'juta' THEN 6 WHEN 'miliar' THEN 9 WHEN 'milyar' THEN 9 WHEN 'triliun' THEN 12 ELSE NULL END`);
    const c1 = l.add(4, `${p}_c1`, trimEnd(d, `left(${b}, length(${b}) - length(${word}))`));
    const c2 = l.add(5, `${p}_c2`, `CASE WHEN length(${c1}) >= 2 AND right(${c1}, 2) = ',-' THEN left(${c1}, length(${c1}) - 2) ELSE ${c1} END`);
    const negative2 = l.add(6, `${p}_n2`, `(left(${c2}, 1) = '-')`);
    const u = l.add(6, `${p}_u`, `CASE WHEN left(${c2}, 1) = '-' THEN ${trimStart(d, `substr(${c2}, 2)`)} ELSE ${c2} END`);
    const scan = scanUnsigned(d, l, p, u, 7, q);
    const shift = `(${exponent} - ${scan.fractionDigits})`;
    const magnitude = l.add(9, `${p}_mg`, `CASE WHEN ${shift} = 0 THEN ${scan.mantissa} WHEN ${shift} >= 0 THEN ${scan.mantissa} * ${powerOfTen(d, shift)} ELSE ${scan.mantissa} / ${powerOfTen(d, `(0 - ${shift})`)} END`);
    const decimals = l.add(9, `${p}_dc`, `(${scan.fractionDigits} - coalesce(${exponent}, 0))`);
    const value = l.add(10, `${p}_v`, `CASE WHEN (${negative} OR ${negative2}) AND ${magnitude} <> 0 THEN -${magnitude} ELSE ${magnitude} END`);
    const zeros = (k: string) => `(right(${scan.digits}, ${k}) = repeat('0', ${k}))`;
    const error = l.add(10, `${p}_e`, `CASE WHEN ${cell} IS NULL THEN 'missing-field' WHEN ${t} = '' THEN 'empty'` +
        ` WHEN ${badMinus} OR ${exponent} IS NULL OR NOT ${scan.ok} THEN ${scanFailure(d, cell, 'not-money')}` +
        ` WHEN ${exactness(d, magnitude, scan.mantissa)} IS NOT NULL THEN ${exactness(d, magnitude, scan.mantissa)}` +
        ` WHEN ${decimals} = 3 AND ${d.matches(t, englishThousands(d))} THEN 'ambiguous-comma'` +
        ` WHEN ${decimals} > 0 AND NOT ${zeros(decimals)} AND ${decimals} > 2 AND NOT ${zeros(`(${decimals} - 2)`)} THEN 'beyond-sen'` +
        ` WHEN ${decimals} > 0 AND NOT ${zeros(decimals)} AND NOT (abs(${magnitude}) < ${d.number(1e13)}) THEN 'too-many-digits' ELSE NULL END`);
    return { value, error };
}

function readPlainNumber(c: Context, column: ColumnDef, whole: boolean): ReadColumn {
    const { dialect: d, layers: l, p } = c;
    const read = readNumber(c, false, 'not-a-number');
    const range = rangeOf(column);
    // bare digits are whole and not negative: only their range is checked
    const checks = [
        ...(whole && !c.bare ? [`WHEN ${read.value} < 0 THEN 'negative'`, `WHEN ${read.value} <> floor(${read.value}) THEN 'not-a-whole-number'`] : []),
        ...(range === undefined ? [] : [`WHEN NOT ${within(d, read.value, range.min, range.max)} THEN 'out-of-range'`]),
    ];
    if (checks.length === 0) return read;
    const error = l.add(7, `${p}_e2`, `CASE WHEN ${read.error} IS NOT NULL THEN ${read.error} ${checks.join(' ')} ELSE NULL END`);
    return { value: read.value, error };
}

/** Percent cells (notation/percent-cells.ts): `85%`, or a bare number as the column declares, or the one reading in range. */
function readPercent(c: Context, column: ColumnDef): ReadColumn {
    const { dialect: d, layers: l, p } = c;
    const read = readNumber(c, true, 'not-a-percent');
    const declared = rangeOf(column);
    const { min, max } = declared ?? { min: 0, max: 1 };
    const outOfRange = declared === undefined ? 'percent-out-of-range' : 'out-of-range';
    const asFraction = read.value;
    const asNumber = l.add(7, `${p}_an`, `CASE WHEN ${read.value} < 0 THEN -(${read.scan.mantissa} / ${powerOfTen(d, `(${read.scan.fractionDigits} + 2)`)})` +
        ` ELSE ${read.scan.mantissa} / ${powerOfTen(d, `(${read.scan.fractionDigits} + 2)`)} END`);
    const written = column.percentWritten;
    const bare = written === 'number' ? asNumber
        : written === 'fraction' ? asFraction
        : `CASE WHEN ${asFraction} = 0 OR ${within(d, asFraction, min, max)} THEN ${asFraction} ELSE ${asNumber} END`;
    const value = l.add(8, `${p}_pv`, `CASE WHEN ${read.pct} THEN ${asNumber} ELSE ${bare} END`);
    const ambiguous = written === undefined
        ? `WHEN NOT ${read.pct} AND ${asFraction} <> 0 AND ${within(d, asFraction, min, max)} AND ${within(d, asNumber, min, max)} THEN 'ambiguous-percent'`
        : '';
    const error = l.add(8, `${p}_pe`, `CASE WHEN ${read.error} IS NOT NULL THEN ${read.error} ${ambiguous}` +
        ` WHEN NOT ${within(d, `(CASE WHEN ${read.pct} THEN ${asNumber} ELSE ${bare} END)`, min, max)} THEN ${d.text(outOfRange)} ELSE NULL END`);
    return { value, error };
}

function readYesNo(c: Context): ReadColumn {
    const { dialect: d, layers: l, p, cell } = c;
    const t = l.add(0, `${p}_t`, `lower(${trimmed(d, `coalesce(${cell}, '')`, true)})`);
    // CASE over the words, not IN lists: DuckDB makes a join of a long IN list
    const words = (list: string[], then: string) => list.map((w) => `WHEN ${d.text(w)} THEN ${then}`).join(' ');
    const value = l.add(1, `${p}_v`, `CASE ${t} ${words(['ya', 'yes', 'y', '1', 'true'], 'TRUE')} ${words(['tidak', 'no', 't', 'n', '0', 'false'], 'FALSE')} ELSE NULL END`);
    const error = l.add(2, `${p}_e`, `CASE WHEN ${cell} IS NULL THEN 'missing-field' WHEN ${t} = '' THEN 'empty'` +
        ` WHEN ${value} IS NOT NULL THEN NULL ELSE 'not-yes-no' END`);
    return { value, error };
}

/** Dates, day first or year first, the month by number or by name (notation/dates.ts `readDateCell`), as days since 1970-01-01. */
function readDate(c: Context, column: ColumnDef): ReadColumn {
    const { dialect: d, layers: l, p, cell } = c;
    const t = l.add(0, `${p}_t`, trimmed(d, `coalesce(${cell}, '')`));
    const pattern = '([0-9]+)([-/])([0-9]+)([-/])([0-9]+)';
    const groups = [1, 2, 3, 4, 5].map((g) => l.add(1, `${p}_g${g}`, d.extract(t, `^${pattern}$`, g)));
    const [a, s1, b, s2, cc] = groups as [string, string, string, string, string];
    const shaped = l.add(2, `${p}_ok`, `(${d.matches(t, pattern)} AND ${s1} = ${s2} AND length(${b}) BETWEEN 1 AND 2` +
        ` AND ((length(${a}) = 4 AND length(${cc}) BETWEEN 1 AND 2) OR (length(${cc}) = 4 AND length(${a}) BETWEEN 1 AND 2)))`);
    // the month by name, day first: `1 Maret 2024`, `01-Mar-2024` (the same kind of separator twice; spaces count as one)
    const namedPattern = '([0-9]+)( +|-|/)([A-Za-z]+)\\.?( +|-|/)([0-9]+)';
    const named = [1, 2, 3, 4, 5].map((g) => l.add(1, `${p}_n${g}`, d.extract(t, `^${namedPattern}$`, g)));
    const [nd, ns1, nm, ns2, ny] = named as [string, string, string, string, string];
    const byName = l.add(2, `${p}_nok`, `(${d.matches(t, namedPattern)} AND substr(${ns1}, 1, 1) = substr(${ns2}, 1, 1)` +
        ` AND length(${nd}) BETWEEN 1 AND 2 AND length(${ny}) = 4)`);
    const monthNames = [...MONTH_NAMES].map(([name, month]) => `WHEN ${d.text(name)} THEN ${month}`).join(' ');
    const num = (x: string) => `CAST(${x} AS ${d.double})`;
    const year = l.add(3, `${p}_yr`, `CASE WHEN ${shaped} THEN (CASE WHEN length(${a}) = 4 THEN ${num(a)} ELSE ${num(cc)} END) WHEN ${byName} THEN ${num(ny)} ELSE NULL END`);
    const month = l.add(3, `${p}_mo`, `CASE WHEN ${shaped} THEN ${num(b)} WHEN ${byName} THEN (CASE lower(${nm}) ${monthNames} ELSE NULL END) ELSE NULL END`);
    const day = l.add(3, `${p}_dy`, `CASE WHEN ${shaped} THEN (CASE WHEN length(${a}) = 4 THEN ${num(cc)} ELSE ${num(a)} END) WHEN ${byName} THEN ${num(nd)} ELSE NULL END`);
    const leap = `(${year} - 4 * floor(${year} / 4) = 0 AND (${year} - 100 * floor(${year} / 100) <> 0 OR ${year} - 400 * floor(${year} / 400) = 0))`;
    const monthDays = `CASE WHEN ${month} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
    // a month name that is no month leaves the month NULL: `IS NOT NULL` makes the test false, not NULL
    const calendar = l.add(4, `${p}_cal`, `((${shaped} OR ${byName}) AND ${month} IS NOT NULL AND ${year} >= 1 AND ${year} <= 9999 AND ${month} >= 1 AND ${month} <= 12 AND ${day} >= 1 AND ${day} <= ${monthDays})`);
    // Howard Hinnant's days_from_civil, as notation/dates.ts: every quantity is positive here
    const y = l.add(4, `${p}_y`, `CASE WHEN ${month} <= 2 THEN ${year} - 1 ELSE ${year} END`);
    const mp = l.add(4, `${p}_mp`, `CASE WHEN ${month} > 2 THEN ${month} - 3 ELSE ${month} + 9 END`);
    const era = l.add(5, `${p}_er`, `floor(${y} / 400)`);
    const yoe = l.add(6, `${p}_ye`, `(${y} - ${era} * 400)`);
    const doy = l.add(6, `${p}_doy`, `(floor((153 * ${mp} + 2) / 5) + ${day} - 1)`);
    const value = l.add(7, `${p}_v`, `(${era} * 146097 + ${yoe} * 365 + floor(${yoe} / 4) - floor(${yoe} / 100) + ${doy} - 719468)`);
    const range = rangeOf(column);
    const error = l.add(7, `${p}_e`, `CASE WHEN ${cell} IS NULL THEN 'missing-field' WHEN ${t} = '' THEN 'empty'` +
        ` WHEN ${d.matches(t, '[0-9]{5}')} THEN 'day-number' WHEN NOT ${calendar} THEN 'not-a-date'` +
        (range === undefined ? '' : ` WHEN NOT ${within(d, `(${era} * 146097 + ${yoe} * 365 + floor(${yoe} / 4) - floor(${yoe} / 100) + ${doy} - 719468)`, range.min, range.max)} THEN 'out-of-range'`) +
        ' ELSE NULL END');
    return { value, error };
}

function readText(c: Context, isKey: boolean): ReadColumn {
    const { dialect: d, layers: l, p, cell } = c;
    const value = l.add(0, `${p}_v`, trimmed(d, `coalesce(${cell}, '')`, true));
    // the regular expressions only where an `e` could make a mangled number
    // (each side of an OR rather than lower(): no lower-case copy of every cell)
    const holds = (part: string) => `(strpos(${value}, '${part}') > 0 OR strpos(${value}, '${part.toUpperCase()}') > 0)`;
    const mangled = isKey
        ? `(${holds('e')} AND ${d.matches(value, `[${jsSpace(d)}]*[-+]?[0-9]+([.,][0-9]+)?[eE][-+]?[0-9]+[${jsSpace(d)}]*`)})`
        : `(length(${value}) <= 24 AND ${holds('e+')} AND ${d.matches(value, '[0-9]([.,][0-9]+)?[eE]\\+[0-9]{2}')})`;
    const error = l.add(1, `${p}_e`, `CASE WHEN ${cell} IS NULL THEN 'missing-field'` +
        (isKey ? ` WHEN ${value} = '' THEN 'empty'` : '') +
        ` WHEN strpos(${value}, '\uFFFD') > 0 THEN 'unreadable-characters' WHEN ${mangled} THEN 'scientific-notation' ELSE NULL END`);
    return { value, error };
}

/** Whether `column` is read by scanning a number (and so has a quicker reading of bare digits). */
export function scansNumber(column: ColumnDef, isKey: boolean): boolean {
    return !isKey && (column.type === 'count' || column.type === 'number' || column.type === 'money' || column.type === 'percent');
}

/**
 * The value and reason of `column`, whose raw cell is the helper column `cell`; `bare`: the cell
 * is known to be bare digits (only for a column that `scansNumber`).
 */
export function readColumn(dialect: Dialect, layers: Layers, prefix: string, cell: string, column: ColumnDef, isKey: boolean, bare = false): ReadColumn {
    const c: Context = { dialect, layers, p: prefix, cell, bare };
    if (isKey) return readText(c, true);
    switch (column.type) {
        case 'text':
            return readText(c, false);
        case 'count':
            return readPlainNumber(c, column, true);
        case 'number':
            return readPlainNumber(c, column, false);
        case 'money': {
            const money = readMoney(c);
            const range = rangeOf(column);
            if (range === undefined) return money;
            const error = layers.add(11, `${prefix}_e2`, `CASE WHEN ${money.error} IS NOT NULL THEN ${money.error}` +
                ` WHEN NOT ${within(dialect, money.value, range.min, range.max)} THEN 'out-of-range' ELSE NULL END`);
            return { value: money.value, error };
        }
        case 'percent':
            return readPercent(c, column);
        case 'yesno':
            return readYesNo(c);
        case 'date':
            return readDate(c, column);
    }
}

export { MAX_SAFE };
