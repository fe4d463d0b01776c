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

/** The candidates' decisions beside their units, in row order: the rows `CandidateRow` is made of. */
export function candidatesSql(sql: CompiledSql, decisions: string): string {
    return `SELECT d.r, d.id, d.kd, d.g, d.status, d.rank, d.of, d.per, d.unit, u.fac_unit, u.sub_unit, u.fac_name, u.sub_name,
  u.fac_first_name, u.fac_first_r, u.sub_first_name, u.sub_first_r
FROM ${decisions} AS d JOIN (${sql.candidateUnits}) AS u ON u.r = d.r WHERE d.phase = 1 ORDER BY d.r`;
}

/** Reads the rows of `candidatesSql` (an engine may read them its own faster way). */
export type CandidatesReader = (session: SqlSession, sql: CompiledSql, decisions: string) => Promise<CandidateRow[]>;

/** The candidates read a row at a time, each as one shape of object. */
export const candidatesByRow: CandidatesReader = async (session, sql, decisions) => {
    const candidates: CandidateRow[] = [];
    await session.each(candidatesSql(sql, decisions), (row) => {
        candidates.push({
            r: Number(row.r), id: String(row.id), kd: Number(row.kd), g: Number(row.g),
            status: row.status as CandidateRow['status'], rank: Number(row.rank), of: Number(row.of),
            per: row.per as CandidateRow['per'], unit: row.unit === null ? null : String(row.unit),
            fac_unit: row.fac_unit as string, sub_unit: row.sub_unit as string, fac_name: row.fac_name as string, sub_name: row.sub_name as string,
            fac_first_name: row.fac_first_name as string, fac_first_r: Number(row.fac_first_r),
            sub_first_name: row.sub_first_name as string, sub_first_r: Number(row.sub_first_r),
        });
    });
    return candidates;
};

/**
 * The summary and the ranked candidates. `decisions` is where the decisions are read from: the
 * decisions query in parentheses, or a table made of it; `decided` counts the decided households.
 */
export async function summaryAndCandidates(session: SqlSession, plan: Plan, sql: CompiledSql, decisions: string, decided: number,
    readCandidates: CandidatesReader = candidatesByRow): Promise<SqlSelection> {
    const summary = (await session.all(sql.summary)) as unknown as SummaryRow[];
    const unmatched = (await session.all(sql.unmatched)) as unknown as UnmatchedRow[];
    const allocation = allocationFromSql(plan, summary, unmatched, decided);
    const candidates = await readCandidates(session, sql, decisions);
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

/** What a decided household is read from: the typed values the database read and what its SQL decided. */
export interface DecidedCells {
    /** Each schema column's typed value, NaN where the database has NULL. */
    values: Value[];
    /** The category's index in the Plan, null for none. */
    g: number | null;
    benefit: number;
    /** 0 decided at once, 1 a candidate. */
    phase: number;
    /** The district's index in the Plan, -1 for none. */
    kd: number;
}

/**
 * Reads decided households: each evaluated again by the JS engine from the typed values the
 * database read, and checked against the SQL's category and benefit (`enginesDisagree` says what
 * stops the run otherwise).
 */
export function decidedReader(plan: Plan, enginesDisagree: (key: string) => string): (cells: DecidedCells) => DecidedRow {
    const evaluator = prepareEvaluator(plan);
    const names = plan.graduations.map((g) => g.name);
    const stays = plan.districts.map((d) => Object.freeze({ status: 'stays' as const, district: d.name }));
    return ({ values, g, benefit, phase, kd }) => {
        const result = evaluator.evaluate(values);
        const category = g === null ? undefined : names[g];
        if (result.category !== category || !sameNumber(result.benefit, benefit)) {
            throw new EnginesDisagreeError(enginesDisagree(result.key));
        }
        if (phase === 1) return { result, status: undefined };
        const status: HouseholdStatus = kd >= 0 ? stays[kd]! : category === undefined
            ? { status: 'no-district', district: result.district }
            : { status: 'no-district', district: result.district, category };
        return { result, status };
    };
}

/** `decidedReader` over the rows of `decidedRowsSql`. */
export function decidedRowReader(plan: Plan, enginesDisagree: (key: string) => string): (row: SqlRow) => DecidedRow {
    const read = decidedReader(plan, enginesDisagree);
    const columns = plan.schema.columns;
    return (row) => read({
        values: columns.map((_, i) => typedValue(row[`v${i}`]!)),
        g: row.g === null ? null : Number(row.g),
        benefit: Number(row.benefit),
        phase: Number(row.phase),
        kd: Number(row.kd),
    });
}

/** A decision's explanation: the JS explainer's sentence, then its status (a candidate's against the summary). */
export function explainDecision(explainer: HouseholdExplainer, result: HouseholdResult, status: HouseholdStatus,
    candidate: boolean, allocation: Allocation, lang: Lang): string {
    return `${explainer.sentence(result)} ${statusSentence(status, lang, candidate ? allocation : undefined)}`;
}

/**
 * The second sentence of a decision's explanation: its status, a candidate's worded against the
 * summary (`allocation`), none given for a household decided at once.
 */
export function statusSentence(status: HouseholdStatus, lang: Lang, allocation?: Allocation): string {
    // a district's `stays` status is one frozen object (decidedReader): its sentence is worded once
    const shared = allocation === undefined && Object.isFrozen(status);
    let sentence = shared ? worded.get(status)?.[lang] : undefined;
    if (sentence === undefined) {
        sentence = asSentence(describeStatus(allocation ?? NO_ALLOCATION, status, lang));
        if (shared) worded.set(status, { ...worded.get(status), [lang]: sentence });
    }
    return sentence;
}

const worded = new WeakMap<HouseholdStatus, Partial<Record<Lang, string>>>();

function sameNumber(a: number, b: number): boolean {
    return a === b || (a !== a && b !== b);
}

/** A typed value as the JS engine holds it: NULL (a number that is not one) as NaN. */
export function typedValue(value: string | number | boolean | null): Value {
    return value === null ? NaN : value;
}
