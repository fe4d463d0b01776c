/**
 * Row coercion: turns the text cells of a data file into typed values of the schema.
 *
 * Headers are matched once, when the reader is created; each row is then read column by column
 * with a reader chosen per column (its type, its range when it declares one, and how a percent
 * column is written). A row is either fully typed or rejected with every problem it has (an
 * officer fixes a row once, not once per problem), or, when its fields do not line up with the
 * header, for its shape alone (row-shape.ts).
 */
import type { ColumnDef, Schema, Value, ValueType } from '../plan/plan.js';
import type { ReasonCode } from '../plan/codes.js';
import { cellSlot, fail } from '../notation/cells.js';
import { isScientificNotation, readCountCell, readMoneyCell, readNumberCell, readYesNoCell } from '../notation/numbers.js';
import { percentCellReader, readPercentCell } from '../notation/percent-cells.js';
import { readDateCell } from '../notation/dates.js';
import { EXACT, WRONG, shapeJudge } from './row-shape.js';

/**
 * The values a column allows, inclusive, in its units (a percentage as a fraction, a date as days
 * since 1970-01-01); a missing bound is open. A `ColumnDef` is one.
 */
export interface AllowedRange {
    type: ValueType;
    min?: number;
    max?: number;
}

export interface RowProblem {
    /** The schema column's name; '' for a problem of the whole row ('wrong-shape'). */
    column: string;
    /** The header as it appears in the file (the expected header when the column is missing). */
    header: string;
    /** The cell as read, untrimmed, cut after `MAX_SHOWN_VALUE` characters; '' when the row has no such field. */
    value: string;
    reason: ReasonCode;
    /** With 'out-of-range': the range the column allows, for the sentence that names it. */
    range?: AllowedRange;
    /** With 'wrong-shape': the row's field count and the header's. `padded`: its extra fields were empty. */
    shape?: { fields: number; header: number; padded: boolean };
}

/** A rejected cell is shown (in rejects, on the terminal) up to this many characters, then `…`. */
export const MAX_SHOWN_VALUE = 200;

export type RowResult = { ok: true; values: Value[] } | { ok: false; problems: RowProblem[] };

export interface RowReader {
    /** Schema columns whose header is not in the file: every row will report them 'missing-field'. */
    missingColumns: ColumnDef[];
    /** `values[i]` is the value of `schema.columns[i]`. */
    read(fields: string[]): RowResult;
    /** Where the reader finds the schema column `name` among the data's fields; -1 when missing. */
    fieldIndexOf(name: string): number;
}

/**
 * Headers match ignoring case, spaces, underscores and a byte-order mark: `No Peserta` = `no_peserta`.
 * A column is found by its mapped header (`column "no_peserta"`), or else by its own name.
 */
export function normaliseHeader(header: string): string {
    return header.replace(/[\s_\uFEFF]+/g, '').toLowerCase();
}

/** A long number a spreadsheet showed as `3.51E+15`: in a text column, an identifier that lost its digits. */
const MANGLED_LONG_NUMBER = /^\d(?:[.,]\d+)?e\+\d{2}$/i;

/** U+FFFD: what decoding put where the file's bytes were not text in its encoding. */
const REPLACEMENT_CHARACTER = '\uFFFD';

function readTextCell(cell: string): boolean {
    const text = cell.trim();
    if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) return fail('unreadable-characters');
    // only a cell that starts with a digit and has an E can be one; most text cells are names
    const first = text.charCodeAt(0);
    if (first >= 48 && first <= 57 && text.length <= 24 && MANGLED_LONG_NUMBER.test(text)) {
        cellSlot.error = 'scientific-notation';
        return false;
    }
    cellSlot.value = text;
    return true;
}

/**
 * The household identifier: never blank, and never a number a spreadsheet has already mangled —
 * `3.51E+15` no longer says which household it was, so accepting it would merge households.
 */
function readKeyCell(cell: string): boolean {
    const text = cell.trim();
    if (text === '') return fail('empty');
    // `35130��00000301` is not the household 3513000000000301: it would never match, or match another
    if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) return fail('unreadable-characters');
    if ((text.indexOf('e') >= 0 || text.indexOf('E') >= 0) && isScientificNotation(text)) {
        cellSlot.error = 'scientific-notation';
        return false;
    }
    cellSlot.value = text;
    return true;
}

const CELL_READERS: Readonly<Record<ValueType, (cell: string) => boolean>> = {
    text: readTextCell,
    count: readCountCell,
    number: readNumberCell,
    money: readMoneyCell,
    percent: readPercentCell,
    yesno: readYesNoCell,
    date: readDateCell,
};

/**
 * The range a column's cells are checked against, or undefined. Text and yes/no have none. A percent
 * column that declares a range has it instead of the usual 0–100%, with 0% or 100% for a missing bound.
 */
function rangeOf(column: ColumnDef): AllowedRange | undefined {
    const { type, min, max } = column;
    if ((min === undefined && max === undefined) || type === 'text' || type === 'yesno') return undefined;
    if (type === 'percent') return { type, min: min ?? 0, max: max ?? 1 };
    return { type, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Reads with `read`, then refuses a value outside `range` as 'out-of-range'. */
function readWithin(read: (cell: string) => boolean, range: AllowedRange): (cell: string) => boolean {
    const min = range.min ?? -Infinity;
    const max = range.max ?? Infinity;
    return (cell) => {
        if (!read(cell)) return false;
        const value = cellSlot.value as number;
        if (value >= min && value <= max) return true;
        cellSlot.error = 'out-of-range';
        return false;
    };
}

function cellReader(column: ColumnDef, range: AllowedRange | undefined): (cell: string) => boolean {
    if (column.type === 'percent') {
        // the range decides how an undeclared bare number reads, so the percent reader checks it itself
        if (range === undefined) return column.percentWritten === undefined ? readPercentCell : percentCellReader(column.percentWritten, 0, 1, 'percent-out-of-range');
        return percentCellReader(column.percentWritten, range.min!, range.max!, 'out-of-range');
    }
    return range === undefined ? CELL_READERS[column.type] : readWithin(CELL_READERS[column.type], range);
}

function shownValue(cell: string): string {
    return cell.length <= MAX_SHOWN_VALUE ? cell : cell.slice(0, MAX_SHOWN_VALUE) + '…';
}

export function createRowReader(schema: Schema, headers: string[]): RowReader {
    const positionByHeader = new Map<string, number>();
    headers.forEach((header, position) => {
        const key = normaliseHeader(header);
        if (!positionByHeader.has(key)) positionByHeader.set(key, position); // the first of duplicates wins
    });

    const columns = schema.columns;
    const count = columns.length;
    const positions = new Int32Array(count);
    const readers: ((cell: string) => boolean)[] = [];
    const ranges: (AllowedRange | undefined)[] = [];
    const fileHeaders: string[] = [];
    const missingColumns: ColumnDef[] = [];
    columns.forEach((column, i) => {
        const position = positionByHeader.get(normaliseHeader(column.header)) ?? positionByHeader.get(normaliseHeader(column.name));
        positions[i] = position ?? -1;
        if (position === undefined) missingColumns.push(column);
        fileHeaders.push(position === undefined ? column.header : headers[position]!.replace(/^\uFEFF/, '').trim());
        const isKey = column.name === schema.keyColumn;
        ranges.push(isKey ? undefined : rangeOf(column));
        readers.push(isKey ? readKeyCell : cellReader(column, ranges[i]));
    });

    function problem(i: number, value: string, reason: ReasonCode): RowProblem {
        const found: RowProblem = { column: columns[i]!.name, header: fileHeaders[i]!, value: shownValue(value), reason };
        if (reason === 'out-of-range') found.range = ranges[i];
        return found;
    }

    const shapeOf = shapeJudge(headers);
    function wrongShape(fields: string[], padded: boolean): RowResult {
        const shape = { fields: fields.length, header: headers.length, padded };
        return { ok: false, problems: [{ column: '', header: '', value: '', reason: 'wrong-shape', shape }] };
    }

    return {
        missingColumns,
        fieldIndexOf: (name) => {
            const i = columns.findIndex((c) => c.name === name);
            return i < 0 ? -1 : positions[i]!;
        },
        read(fields: string[]): RowResult {
            const shape = fields.length === headers.length ? EXACT : shapeOf(fields);
            if (shape === WRONG) return wrongShape(fields, false);
            // filled by push, so that the array stays packed: the evaluator appends to it (a row
            // with a problem is thrown away, so a value pushed after one may stand out of place)
            const values: Value[] = [];
            let problems: RowProblem[] | undefined;
            for (let i = 0; i < count; i++) {
                const position = positions[i]!;
                const cell = position >= 0 ? fields[position] : undefined;
                if (cell === undefined) {
                    (problems ??= []).push(problem(i, '', 'missing-field'));
                } else if (readers[i]!(cell)) {
                    values.push(cellSlot.value);
                } else {
                    (problems ??= []).push(problem(i, cell, cellSlot.error));
                }
            }
            if (problems === undefined) return { ok: true, values };
            return shape === EXACT ? { ok: false, problems } : wrongShape(fields, true);
        },
    };
}
