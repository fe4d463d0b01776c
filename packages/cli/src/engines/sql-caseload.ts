/**
 * What the SQL engines (`--engine duckdb`, `--database`) share when they hand a caseload decided by
 * the compiled SQL over as `evaluateCaseload` hands it over: the rejects' sentences, the summary and
 * the ranked candidates as the engine's `Allocation` and `SelectedQuotas`, and each decided row
 * evaluated again by the JS engine — which must agree with the SQL on the household's category and
 * benefit (else the run stops: an explanation must never contradict a decision) — and explained by
 * the JS explainer.
 */
import {
    describeStatus,
    prepareEvaluator,
    problemReason,
    type Allocation,
    type HouseholdExplainer,
    type HouseholdResult,
    type HouseholdStatus,
    type Lang,
    type Plan,
    type RowProblem,
    type SelectedQuotas,
    type Value,
} from '@kaidah/engine';
import { allocationFromSql, selectedFromSql, type CandidateRow, type CompiledSql, type SummaryRow, type UnmatchedRow } from '@kaidah/sql';
import { asSentence, NO_ALLOCATION } from '../caseload/evaluate-caseload.js';
import type { caseloadMessages } from '../caseload/messages.js';

/** A row of a query, as both engines' sessions give it. */
export type SqlRow = Record<string, string | number | boolean | null>;

/** What the handover asks of a database session. */
export interface SqlSession {
    all(sql: string): Promise<SqlRow[]>;
    each(sql: string, onRow: (row: SqlRow) => void): Promise<void>;
}

/** The two engines decided one household differently: a fault of Kaidah, never of the data. */
export class EnginesDisagreeError extends Error {}

/** A reject's value as shown: at most 200 characters. */
export function rejectValue(row: SqlRow): string {
    const value = String(row.value ?? '');
    return value.length <= 200 ? value : value.slice(0, 200) + '…';
}

/** The sentence of a row of the rejects query; `line` turns a row number into the one shown. */
export function rejectReason(row: SqlRow, columns: Plan['schema']['columns'], lang: Lang,
    line: (ordinal: number) => number, repeats: ReturnType<typeof caseloadMessages>): string {
    const reason = String(row.reason);
    if (reason === 'duplicate') return repeats.duplicateOf(line(Number(row.detail)));
    if (reason === 'conflicting') return repeats.conflicting(String(row.detail).split(',').map((r) => line(Number(r))), String(row.value));
    const problem: RowProblem = { column: String(row.column_name), header: String(row.header), value: rejectValue(row), reason: reason as RowProblem['reason'] };
    if (reason === 'wrong-shape') {
        const [fields, header, kind] = String(row.detail).split(',');
        problem.shape = { fields: Number(fields), header: Number(header), padded: kind === 'padded' };
    }
    if (reason === 'out-of-range') {
        const column = columns[Number(row.col)]!;
        const { type, min, max } = column;
        problem.range = type === 'percent' ? { type, min: min ?? 0, max: max ?? 1 } : { type, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    return problemReason(problem, lang);
}

export interface SqlSelection {
    allocation: Allocation;
    selected: SelectedQuotas;
    /** The candidates in row order, with their units. */
    candidates: CandidateRow[];
}

/**
 * The summary and the ranked candidates. `decisions` is where the decisions are read from: the
 * decisions query in parentheses, or a table made of it; `decided` counts the decided households.
 */
export async function summaryAndCandidates(session: SqlSession, plan: Plan, sql: CompiledSql, decisions: string, decided: number): Promise<SqlSelection> {
    const summary = (await session.all(sql.summary)) as unknown as SummaryRow[];
    const unmatched = (await session.all(sql.unmatched)) as unknown as UnmatchedRow[];
    const allocation = allocationFromSql(plan, summary, unmatched, decided);
    const units = new Map((await session.all(sql.candidateUnits)).map((row) => [Number(row.r), row]));
    const candidates: CandidateRow[] = [];
    await session.each(`SELECT * FROM ${decisions} AS d WHERE phase = 1 ORDER BY r`, (row) => {
        candidates.push({ ...(units.get(Number(row.r)) as object), ...row } as unknown as CandidateRow);
    });
    return { allocation, selected: selectedFromSql(plan, allocation, candidates), candidates };
}

/** The decisions (read from `decisions`, as for `summaryAndCandidates`) with each household's typed values, in `order`. */
export function decidedRowsSql(plan: Plan, sql: CompiledSql, decisions: string, order: string): string {
    const values = plan.schema.columns.map((_, i) => `h.v${i}`).join(', ');
    return `SELECT d.*, ${values} FROM ${decisions} AS d JOIN ${sql.households} AS h ON h.r = d.r ORDER BY ${order}`;
}

export interface DecidedRow {
    result: HouseholdResult;
    /** The status of a household decided at once (it stays, or its district is unknown); undefined for a candidate. */
    status: HouseholdStatus | undefined;
}

/**
 * Reads the rows of `decidedRowsSql`: each household evaluated again by the JS engine from the
 * typed values the database read, and checked against the SQL's category and benefit
 * (`enginesDisagree` says what stops the run otherwise).
 */
export function decidedRowReader(plan: Plan, enginesDisagree: (key: string) => string): (row: SqlRow) => DecidedRow {
    const evaluator = prepareEvaluator(plan);
    const columns = plan.schema.columns;
    const stays = plan.districts.map((d) => Object.freeze({ status: 'stays' as const, district: d.name }));
    return (row) => {
        const result = evaluator.evaluate(columns.map((_, i) => typedValue(row[`v${i}`]!)));
        const category = row.category === '' ? undefined : String(row.category);
        if (result.category !== category || !sameNumber(result.benefit, Number(row.benefit))) {
            throw new EnginesDisagreeError(enginesDisagree(result.key));
        }
        if (Number(row.phase) === 1) return { result, status: undefined };
        const kd = Number(row.kd);
        const status: HouseholdStatus = kd >= 0 ? stays[kd]! : category === undefined
            ? { status: 'no-district', district: result.district }
            : { status: 'no-district', district: result.district, category };
        return { result, status };
    };
}

/** A decision's explanation: the JS explainer's sentence, then its status (a candidate's against the summary). */
export function explainDecision(explainer: HouseholdExplainer, result: HouseholdResult, status: HouseholdStatus,
    candidate: boolean, allocation: Allocation, lang: Lang): string {
    const sentence = describeStatus(candidate ? allocation : NO_ALLOCATION, status, lang);
    return `${explainer.sentence(result)} ${asSentence(sentence)}`;
}

function sameNumber(a: number, b: number): boolean {
    return a === b || (a !== a && b !== b);
}

function typedValue(value: string | number | boolean | null): Value {
    return value === null ? NaN : value;
}
