/**
 * `kaidah run --engine duckdb`: the caseload decided by the SQL the Plan compiles to, in an embedded
 * DuckDB, handed over exactly as `evaluateCaseload` hands it over — rejects, then decisions (the
 * households decided at once in row order, then the candidates in row order), the summary and the
 * ranked candidates — so that every writer, the report and the worklists are the JS engine's.
 *
 * Explanations are the JS engine's: each decided row's typed values come back from DuckDB and are
 * explained by the JS explainer, which evaluates them again. Where the two engines disagree on a
 * household's category or benefit the run stops: an explanation must never contradict a decision.
 */
import {
    createRowReader,
    describeStatus,
    prepareEvaluator,
    prepareExplainer,
    problemReason,
    type Allocation,
    type HouseholdStatus,
    type RowProblem,
    type Value,
} from '@kaidah/engine';
import { allocationFromSql, compileToSql, type CandidateRow, type SummaryRow, type UnmatchedRow, selectedFromSql } from '@kaidah/sql';
import { asSentence, type CaseloadOptions, type CaseloadOutcome } from '../../caseload/evaluate-caseload.js';
import { caseloadMessages } from '../../caseload/messages.js';
import { cliMessages } from '../../messages.js';
import { BenefitBands } from '../../output/benefit-bands.js';
import type { CsvDelimiter } from '../../data/read-csv.js';
import { engineMessages } from '../messages.js';
import { linesOfRecords } from './record-lines.js';
import { loadHouseholds, SOURCE_TABLE } from './load-households.js';
import { DuckDbSession, type Row } from './session.js';

// NO_ALLOCATION, sameNumber, typedValue, rejectValue and rejectReason are shared with engines/postgres
export const NO_ALLOCATION: Allocation = {
    households: [], districts: [], unmatched: 0, unmatchedDistricts: [],
    totals: { households: 0, proposed: 0, reserve: 0, stays: 0, unmatched: 0 },
};

export interface DuckDbCaseloadOptions extends CaseloadOptions {
    /** The data file DuckDB reads (CSV and Parquet) or the source loads. */
    dataPath: string;
    delimiter?: CsvDelimiter;
}

/** The two engines decided one household differently: a fault of Kaidah, never of the data. */
export class EnginesDisagreeError extends Error {}

export async function evaluateCaseloadInDuckDb(options: DuckDbCaseloadOptions): Promise<CaseloadOutcome> {
    const session = await DuckDbSession.open();
    try {
        return await evaluate(session, options);
    } finally {
        session.close();
    }
}

async function evaluate(session: DuckDbSession, options: DuckDbCaseloadOptions): Promise<CaseloadOutcome> {
    const { plan, lang, onDecision, onReject } = options;
    const loaded = await loadHouseholds(session, options.dataPath, options.source, options.delimiter);
    if (loaded === undefined) return { ok: false, problem: 'empty' };
    const reader = createRowReader(plan.schema, loaded.headers);
    if (reader.missingColumns.length > 0) {
        return {
            ok: false, problem: 'missing-columns',
            missing: reader.missingColumns.map((c) => (c.header === c.name ? c.name : `${c.name} ("${c.header}")`)),
            found: loaded.headers.map((h) => h.replace(/^\uFEFF/, '').trim()),
        };
    }
    const sql = compileToSql(plan, {
        dialect: 'duckdb', table: SOURCE_TABLE, headers: loaded.headers, fieldColumns: loaded.headers.map((_, i) => `f${i}`),
        rowColumn: 'kaidah_row', shape: true, conflictsInline: onDecision === undefined ? 'never' : 'when-decided-now',
    });
    for (const statement of sql.statements) await session.run(statement);
    options.progress?.stop();

    const read = Number((await session.all(`SELECT count(*) AS n FROM ${SOURCE_TABLE}`))[0]!.n) + loaded.unreadable.length;
    const decided = Number((await session.all(`SELECT count(*) AS n FROM ${sql.households} WHERE NOT cf`))[0]!.n);

    // rejects, with the file's own line numbers
    const rejectRows = await session.all(sql.rejects);
    const ordinals = loaded.rowsAreOrdinals ? [...new Set(rejectRows.flatMap((row) => rowsNamedBy(row)))].sort((a, b) => a - b) : [];
    const lineOf = loaded.rowsAreOrdinals ? await linesOfRecords(options.dataPath, loaded.delimiter!, ordinals) : undefined;
    const line = (ordinal: number) => (lineOf === undefined ? ordinal : lineOf.get(ordinal)!);
    const rejectedRows = new Set<number>();
    const text = cliMessages(lang);
    const repeats = caseloadMessages(lang);
    const columns = plan.schema.columns;
    const pending = loaded.unreadable.map((record) => ({
        row: record.row, column: '', value: record.fields[0]!.slice(0, 200), reason: text.unreadableRecord(record.unreadable!),
    }));
    const emit = (reject: { row: number; column: string; value: string; reason: string }) => {
        rejectedRows.add(reject.row);
        onReject?.({ file: options.file, ...reject });
    };
    for (const row of rejectRows) {
        const r = line(Number(row.r));
        while (pending.length > 0 && pending[0]!.row < r && row.reason !== 'duplicate' && row.reason !== 'conflicting') emit(pending.shift()!);
        emit({ row: r, column: String(row.header), value: rejectValue(row), reason: rejectReason(row, columns, lang, line, repeats) });
    }
    for (const reject of pending) emit(reject);
    const rejected = rejectedRows.size;
    if (options.maxRejects !== undefined && rejected > options.maxRejects) return { ok: false, problem: 'too-many-rejects', read, rejected };

    // summary and candidates
    const summary = (await session.all(sql.summary)) as unknown as SummaryRow[];
    const unmatched = (await session.all(sql.unmatched)) as unknown as UnmatchedRow[];
    const allocation = allocationFromSql(plan, summary, unmatched, decided);
    const units = new Map((await session.all(sql.candidateUnits)).map((row) => [Number(row.r), row]));
    const candidates: CandidateRow[] = [];
    await session.each(`SELECT * FROM (${sql.decisions}) AS d WHERE phase = 1 ORDER BY r`, (row) => {
        candidates.push({ ...(units.get(Number(row.r)) as object), ...row } as unknown as CandidateRow);
    });
    const selected = selectedFromSql(plan, allocation, candidates);

    // decisions, explained by the JS engine from the values DuckDB read
    const bands = new BenefitBands();
    const evaluator = prepareEvaluator(plan);
    const explainer = onDecision === undefined ? undefined : prepareExplainer(plan, lang);
    const stays = plan.districts.map((d) => Object.freeze({ status: 'stays' as const, district: d.name }));
    const values = columns.map((_, i) => `h.v${i}`).join(', ');
    let candidate = 0;
    const disagree = engineMessages(lang);
    await session.each(`SELECT d.*, ${values} FROM (${sql.decisions}) AS d JOIN ${sql.households} AS h ON h.r = d.r ORDER BY d.phase, d.r`, (row) => {
        bands.add(Number(row.benefit));
        if (onDecision === undefined) return;
        const result = evaluator.evaluate(columns.map((_, i) => typedValue(row[`v${i}`]!)));
        const category = row.category === '' ? undefined : String(row.category);
        if (result.category !== category || !sameNumber(result.benefit, Number(row.benefit))) {
            throw new EnginesDisagreeError(disagree.enginesDisagree(result.key));
        }
        let status: HouseholdStatus;
        let sentence: string;
        if (Number(row.phase) === 1) {
            status = selected.statusOf(candidate++);
            sentence = describeStatus(allocation, status, lang);
        } else {
            const kd = Number(row.kd);
            status = kd >= 0 ? stays[kd]! : category === undefined
                ? { status: 'no-district', district: result.district }
                : { status: 'no-district', district: result.district, category };
            sentence = describeStatus(NO_ALLOCATION, status, lang);
        }
        onDecision(result, status, `${explainer!.sentence(result)} ${asSentence(sentence)}`);
    });
    return {
        ok: true, selected, allocation, counts: { read, decided, rejected },
        benefitDistribution: bands.bands(), found: [], reader,
    };
}

export function sameNumber(a: number, b: number): boolean {
    return a === b || (a !== a && b !== b);
}

export function typedValue(value: string | number | boolean | null): Value {
    return value === null ? NaN : value;
}

/** The rows a reject names: its own, and for a repeat the rows of its household. */
function rowsNamedBy(row: Row): number[] {
    const rows = [Number(row.r)];
    if (row.reason === 'duplicate') rows.push(Number(row.detail));
    if (row.reason === 'conflicting') rows.push(...String(row.detail).split(',').map(Number));
    return rows;
}

export function rejectValue(row: Row): string {
    const value = String(row.value ?? '');
    return value.length <= 200 ? value : value.slice(0, 200) + '…';
}

export function rejectReason(row: Row, columns: CaseloadOptions['plan']['schema']['columns'], lang: CaseloadOptions['lang'],
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
