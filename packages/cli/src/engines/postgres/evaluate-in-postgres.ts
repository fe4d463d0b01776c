/**
 * `--database`: the caseload decided inside PostgreSQL by the SQL the Plan compiles to, over the
 * officer's households table, in one transaction on one snapshot. Household rows stay in the
 * database: what comes out is the summary and the rejects, and — only when a caller asks
 * (`onDecision` for `--out`, `onEvaluated` for diff, `wantedKey` for explain) — the decided rows'
 * typed values, explained by the JS engine exactly as `--engine duckdb` explains them (the two
 * engines must agree on each household's category and benefit, else the run stops).
 *
 * Handed over as `evaluateCaseload` hands a caseload over, so that every writer is the JS engine's.
 * With `into`, the decisions are also stored in a table of the database (store-decisions.ts), in
 * the same transaction: nothing is stored when the run stops.
 */
import { prepareExplainer } from '@kaidah/engine';
import { compileToSql } from '@kaidah/sql';
import type { CaseloadOptions, CaseloadOutcome } from '../../caseload/evaluate-caseload.js';
import { caseloadMessages } from '../../caseload/messages.js';
import { HeaderSearch } from '../../caseload/header-search.js';
import { BenefitBands } from '../../output/benefit-bands.js';
import { decidedRowReader, decidedRowsSql, explainDecision, rejectReason, rejectValue, summaryAndCandidates } from '../sql-caseload.js';
import { findHouseholds } from './found-households.js';
import { postgresMessages } from './messages.js';
import { shownDatabase } from './redact.js';
import { PostgresError, PostgresSession } from './session.js';
import { createSourceView, ROW_COLUMN, SOURCE_VIEW } from './source-view.js';
import { mayReplace, storeDecisions } from './store-decisions.js';
import { tableSql, type TableName } from './table-name.js';

export interface PostgresCaseloadOptions extends CaseloadOptions {
    /** `postgresql://…`; empty: where the PG* variables say. */
    database: string | undefined;
    table: TableName;
    /** Store the decisions in this table (run); told how many were stored. */
    into?: { table: TableName; program: string; onStored: (households: number) => void };
}

/** The decisions, made once and read by every later query of the run. */
const DECIDED = 'kaidah_decided';

export async function evaluateCaseloadInPostgres(options: PostgresCaseloadOptions): Promise<CaseloadOutcome> {
    const text = postgresMessages(options.lang);
    let session: PostgresSession;
    try {
        session = await PostgresSession.open(options.database);
    } catch (error) {
        throw new PostgresError(text.connectFailed(shownDatabase(options.database || '(PGHOST, PGDATABASE)'), (error as Error).message), undefined, true);
    }
    try {
        // one snapshot: the row numbers and every query see the same table
        await session.run('BEGIN ISOLATION LEVEL REPEATABLE READ');
        const outcome = await evaluate(session, options);
        await session.run(outcome.ok ? 'COMMIT' : 'ROLLBACK');
        return outcome;
    } catch (error) {
        await session.run('ROLLBACK').catch(() => {});
        if (error instanceof PostgresError && error.code === '42P01') throw new PostgresError(text.noSuchTable(tableSql(options.table)), error.code, true);
        throw error;
    } finally {
        await session.close();
    }
}

async function evaluate(session: PostgresSession, options: PostgresCaseloadOptions): Promise<CaseloadOutcome> {
    const { plan, lang, onDecision, onEvaluated, onReject } = options;
    const headers = await createSourceView(session, options.table);
    if (headers.length === 0) return { ok: false, problem: 'empty' };
    // a table's columns are named: no title can stand above them
    const header = new HeaderSearch(plan.schema, false);
    if (header.offer(headers, 1) !== true) return { ok: false, problem: 'missing-columns', ...header.missingColumns()! };
    const reader = header.found!.reader;
    if (options.into !== undefined && !(await mayReplace(session, options.into.table))) {
        throw new PostgresError(postgresMessages(lang).notOurs(tableSql(options.into.table)), undefined, true);
    }
    const sql = compileToSql(plan, {
        dialect: 'postgres', table: SOURCE_VIEW, headers, rowColumn: ROW_COLUMN,
        conflictsInline: onDecision === undefined ? 'never' : 'when-decided-now',
    });
    for (const statement of sql.statements) await session.run(statement);
    await session.run(`CREATE TEMPORARY TABLE ${DECIDED} AS\n${sql.decisions}`);
    options.progress?.stop();

    const read = Number((await session.all(`SELECT count(*) AS n FROM ${SOURCE_VIEW}`))[0]!.n);
    const decided = Number((await session.all(`SELECT count(*) AS n FROM ${sql.households} WHERE NOT cf`))[0]!.n);

    // rejects: a row's number is its place in the table, as a file's line would be
    const rejectedRows = new Set<number>();
    const repeats = caseloadMessages(lang);
    const sameRow = (r: number) => r;
    await session.each(sql.rejects, (row) => {
        const r = Number(row.r);
        rejectedRows.add(r);
        onReject?.({ file: options.file, row: r, column: String(row.header), value: rejectValue(row), reason: rejectReason(row, plan.schema.columns, lang, sameRow, repeats) });
    });
    const rejected = rejectedRows.size;
    if (options.maxRejects !== undefined && rejected > options.maxRejects) return { ok: false, problem: 'too-many-rejects', read, rejected };

    // summary and candidates
    const { allocation, selected, candidates } = await summaryAndCandidates(session, plan, sql, DECIDED, decided);

    if (options.into !== undefined) options.into.onStored(await storeDecisions(session, plan, DECIDED, sql.households, options.into.table, options.into.program));

    // the benefit of every household, counted in the database, for the report's bands
    const bands = new BenefitBands();
    for (const row of await session.all(`SELECT benefit, count(*) AS n FROM ${DECIDED} GROUP BY benefit ORDER BY benefit`)) {
        for (let n = Number(row.n); n > 0; n--) bands.add(Number(row.benefit));
    }

    // decided rows out of the database only when asked for, explained by the JS engine
    if (onDecision !== undefined || onEvaluated !== undefined) {
        const readDecided = decidedRowReader(plan, postgresMessages(lang).enginesDisagree);
        const explainer = onDecision === undefined ? undefined : prepareExplainer(plan, lang);
        // explained decisions come as the JS engine writes them (candidates last); diff's in row order
        const order = onDecision === undefined ? 'd.r' : 'd.phase, d.r';
        let candidate = 0;
        await session.each(decidedRowsSql(plan, sql, DECIDED, order), (row) => {
            const { result, status } = readDecided(row);
            const index = status === undefined ? candidate++ : -1;
            onEvaluated?.(result, status, index);
            if (onDecision === undefined) return;
            const final = status ?? selected.statusOf(index);
            onDecision(result, final, explainDecision(explainer!, result, final, status === undefined, allocation, lang));
        });
    }

    const found = options.wantedKey === undefined ? [] : await findHouseholds(session, {
        plan, headers, reader, wanted: options.wantedKey.trim(), decided: DECIDED, candidates: candidates.map((c) => Number(c.r)),
    });
    return {
        ok: true, selected, allocation, counts: { read, decided, rejected },
        benefitDistribution: bands.bands(), found, reader,
    };
}
