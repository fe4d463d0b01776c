/**
 * A table of cases kept in a spreadsheet (`test "..." from "cases.csv"`): one household a row,
 * columns named like the data headers or the schema's names, and expected outcomes in columns named
 * `expect category`, `expect benefit` and `expect <value or column>` (or, as a file in Bahasa
 * Indonesia writes them, `harapkan kategori`, `harapkan bantuan`, `harapkan <...>`).
 *
 * Reading the file is the caller's business (CSV, XLSX); here the rows arrive as text cells and are
 * read with the same cell readers as household data, so `1.500.000`, `85%`, `ya` and `01/03/2024`
 * mean in a case table what they mean in the data. An empty cell gives nothing: the household keeps
 * the test's own value or the neutral one (see test-household.ts), and an empty expected cell
 * expects nothing of that row.
 *
 * An expected cell may start with a comparison (`>= Rp 1.000.000`, `≠ 0`); without one it means `=`.
 * In `expect category`, write the category's name or label, or `none` (also `-`, `tidak ada`).
 */
import type { ColumnDef, ComparisonOperator, ExpectationPlan, Plan, Value, ValueType } from '../plan/plan.js';
import type { ReasonCode } from '../plan/codes.js';
import { createRowReader, normaliseHeader, type AllowedRange, type RowReader } from '../coercion/row-reader.js';
import { formatValue } from '../notation/format.js';
import { readMoneyCell, readNumberCell, readYesNoCell } from '../notation/numbers.js';
import { readUnboundedPercentCell } from '../notation/percent-cells.js';
import { readDateCell } from '../notation/dates.js';
import { cellSlot } from '../notation/cells.js';
import { operatorSign } from '../notation/display.js';

/** A row of the table as text cells, with its 1-based line (row) in the file; the header is 1. */
export interface TableRow {
    line: number;
    cells: string[];
}

/** A cell of a case that cannot be read. */
export type CellProblem =
    | { kind: 'cell'; header: string; value: string; reason: ReasonCode; range?: AllowedRange }
    | { kind: 'unknown-category'; header: string; value: string; known: string[] };

/** A problem of the table as a whole: every case of it fails. */
export type TableProblem =
    | { kind: 'unknown-expect-column'; header: string }
    | { kind: 'empty'; file: string }
    /** The caller could not read the file (not CSV or XLSX, malformed): see `unreadableTable`. */
    | { kind: 'unreadable'; file: string; detail: string };

export interface TableCase {
    /** The row in the file (the header is row 1), to find the case in the spreadsheet. */
    row: number;
    /** The key the row gives, if it has a key column. */
    key?: string;
    /** Column name → value, for the cells the row fills. */
    fields: Record<string, Value>;
    expectations: ExpectationPlan[];
    problems: CellProblem[];
}

export interface CaseTable {
    cases: TableCase[];
    problems: TableProblem[];
    /** Headers that are neither a column nor an expectation (notes, a case number): shown, not used. */
    ignoredColumns: string[];
}

type Expected =
    | { kind: 'category' }
    | { kind: 'benefit' }
    | { kind: 'value'; name: string; type: ValueType };

type ColumnRole =
    | { role: 'field'; column: ColumnDef; reader: RowReader }
    | { role: 'expect'; expected: Expected }
    | { role: 'ignored' };

const EXPECT_HEADER = /^\s*(?:expect|harapkan)\s+(.+?)\s*$/i;
const OPERATOR_PREFIX = /^\s*(<=|>=|!=|≠|≤|≥|<|>|=)\s*/;
const OPERATORS: Readonly<Record<string, ComparisonOperator>> = {
    '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '!=': '!=', '≠': '!=',
};
const NO_CATEGORY = new Set(['none', '-', '—', 'tidak ada', 'tanpa kategori', 'no category']);

const EXPECTED_READERS: Readonly<Record<Exclude<ValueType, 'text'>, (cell: string) => boolean>> = {
    count: readNumberCell, // an expected count may be worked out (`eligible_members`) and is compared, not stored
    number: readNumberCell,
    money: readMoneyCell,
    percent: readUnboundedPercentCell,
    yesno: readYesNoCell,
    date: readDateCell,
};

/** The slot names a test may expect: the schema's columns, then the derived values. */
function slotTypes(plan: Plan): Map<string, ValueType> {
    const types = new Map<string, ValueType>();
    for (const column of plan.schema.columns) types.set(normaliseHeader(column.name), column.type);
    for (const value of plan.values) types.set(normaliseHeader(value.name), value.type);
    return types;
}

function slotName(plan: Plan, normalised: string): string | undefined {
    return plan.schema.columns.find((c) => normaliseHeader(c.name) === normalised)?.name
        ?? plan.values.find((v) => normaliseHeader(v.name) === normalised)?.name;
}

function roleOf(plan: Plan, header: string, types: Map<string, ValueType>): ColumnRole | { role: 'unknown-expect' } {
    const expect = EXPECT_HEADER.exec(header);
    if (expect) {
        const subject = normaliseHeader(expect[1]!);
        if (subject === 'category' || subject === 'kategori') return { role: 'expect', expected: { kind: 'category' } };
        if (subject === 'benefit' || subject === 'bantuan') return { role: 'expect', expected: { kind: 'benefit' } };
        const type = types.get(subject);
        if (type === undefined) return { role: 'unknown-expect' };
        return { role: 'expect', expected: { kind: 'value', name: slotName(plan, subject)!, type } };
    }
    const wanted = normaliseHeader(header);
    const column = plan.schema.columns.find((c) => normaliseHeader(c.header) === wanted)
        ?? plan.schema.columns.find((c) => normaliseHeader(c.name) === wanted);
    if (column === undefined) return { role: 'ignored' };
    // A reader of the one column, so that the key, ranges and percentages are read as in the data.
    const reader = createRowReader({ columns: [column], keyColumn: plan.schema.keyColumn }, [column.header]);
    return { role: 'field', column, reader };
}

function isBlank(cell: string | undefined): boolean {
    return cell === undefined || cell.trim() === '';
}

/** `expect benefit = Rp 900.000`: the expectation as an officer would have written it in the rules. */
function expectationText(subject: string, op: ComparisonOperator, shown: string): string {
    return `expect ${subject} ${operatorSign(op)} ${shown}`;
}

function readExpected(
    plan: Plan,
    expected: Expected,
    header: string,
    cell: string,
): { expectation: ExpectationPlan } | { problem: CellProblem } {
    if (expected.kind === 'category') {
        const wanted = cell.trim().replace(/\s+/g, ' ').toLowerCase();
        if (NO_CATEGORY.has(wanted)) return { expectation: { kind: 'category', category: null, text: 'expect category = none' } };
        const category = plan.graduations.find((g) => g.name.toLowerCase() === wanted || g.label.trim().replace(/\s+/g, ' ').toLowerCase() === wanted);
        if (category === undefined) {
            return { problem: { kind: 'unknown-category', header, value: cell, known: plan.graduations.map((g) => g.name) } };
        }
        return { expectation: { kind: 'category', category: category.name, text: `expect category = ${category.name}` } };
    }
    const operator = OPERATOR_PREFIX.exec(cell);
    const op = operator ? OPERATORS[operator[1]!]! : '=';
    const rest = operator ? cell.slice(operator[0].length) : cell;
    const type: ValueType = expected.kind === 'benefit' ? 'money' : expected.type;
    let value: Value;
    if (type === 'text') {
        value = rest.trim();
    } else if (EXPECTED_READERS[type](rest)) {
        value = cellSlot.value;
    } else {
        return { problem: { kind: 'cell', header, value: cell, reason: cellSlot.error } };
    }
    const shown = type === 'text' ? JSON.stringify(value) : formatValue(value, type, 'en');
    if (expected.kind === 'benefit') {
        return { expectation: { kind: 'benefit', op, value: value as number, text: expectationText('benefit', op, shown) } };
    }
    return { expectation: { kind: 'value', name: expected.name, op, value, type, text: expectationText(expected.name, op, shown) } };
}

/** Reads the cases of a table: `headers` is its first row, `rows` the rest (blank rows left out by the caller or here). */
export function readCaseTable(plan: Plan, file: string, headers: string[], rows: TableRow[]): CaseTable {
    const types = slotTypes(plan);
    const problems: TableProblem[] = [];
    const ignoredColumns: string[] = [];
    const roles: ColumnRole[] = headers.map((raw) => {
        const header = raw.replace(/^\uFEFF/, '').trim();
        if (header === '') return { role: 'ignored' };
        const role = roleOf(plan, header, types);
        if (role.role === 'unknown-expect') {
            problems.push({ kind: 'unknown-expect-column', header });
            return { role: 'ignored' };
        }
        if (role.role === 'ignored') ignoredColumns.push(header);
        return role;
    });
    // The first of two columns for the same field wins, as in household data.
    const seen = new Set<string>();
    roles.forEach((role, i) => {
        if (role.role !== 'field') return;
        if (seen.has(role.column.name)) roles[i] = { role: 'ignored' };
        seen.add(role.column.name);
    });

    const cases: TableCase[] = [];
    for (const row of rows) {
        if (row.cells.every(isBlank)) continue;
        const found: TableCase = { row: row.line, fields: {}, expectations: [], problems: [] };
        roles.forEach((role, i) => {
            const cell = row.cells[i];
            if (role.role === 'ignored' || cell === undefined || isBlank(cell)) return;
            const header = headers[i]!.replace(/^\uFEFF/, '').trim();
            if (role.role === 'field') {
                const read = role.reader.read([cell]);
                if (read.ok) {
                    found.fields[role.column.name] = read.values[0]!;
                    if (role.column.name === plan.schema.keyColumn) found.key = String(read.values[0]);
                } else {
                    const problem = read.problems[0]!;
                    found.problems.push({ kind: 'cell', header, value: cell, reason: problem.reason, ...(problem.range ? { range: problem.range } : {}) });
                }
                return;
            }
            const outcome = readExpected(plan, role.expected, header, cell);
            if ('problem' in outcome) found.problems.push(outcome.problem);
            else found.expectations.push(outcome.expectation);
        });
        cases.push(found);
    }
    if (cases.length === 0) problems.push({ kind: 'empty', file });
    return { cases, problems, ignoredColumns };
}

/** A table whose file could not be read: every case of the test fails, saying why. */
export function unreadableTable(file: string, detail: string): CaseTable {
    return { cases: [], problems: [{ kind: 'unreadable', file, detail }], ignoredColumns: [] };
}
