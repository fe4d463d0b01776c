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
import { compileToSql } from '@kaidah/sql';
import { otherSheetsOf, type CaseloadOptions, type CaseloadOutcome } from '../../caseload/evaluate-caseload.js';
import { caseloadMessages } from '../../caseload/messages.js';
import { cliMessages } from '../../messages.js';
import { BenefitBands } from '../../output/benefit-bands.js';
import type { CsvDelimiter } from '../../data/read-csv.js';
import { rejectReason, rejectValue, summaryAndCandidates } from '../sql-caseload.js';
import { candidatesFromDuckDb } from './candidate-rows.js';
import type { DecidedChunk } from './decided-chunk.js';
import { decidedChunks } from './decided-rows.js';
import { decisionHandOver } from './decision-hand-over.js';
import type { ExplainedChunk } from './explain-chunk.js';
import { startExplaining } from './explain-threads.js';
import { linesOfRecords } from './record-lines.js';
import { loadHouseholds, SOURCE_TABLE } from './load-households.js';
import { DuckDbOutOfMemoryError, DuckDbSession, isOutOfMemory, type Row } from './session.js';
import { phaseTimes } from './phase-times.js';

/** The decisions, ranked once: the summary, the candidates and the decided rows read them. */
const DECIDED = 'kaidah_decided';
/**
 * Threads explaining decisions at most. One leaves this thread (reading chunks, writing lines) idle
 * most of the time, but on 2 cores a second only cost CPU time, and so did this thread explaining a
 * chunk itself when the thread had some waiting (1M households, alternated runs on a shared machine).
 */
const EXPLAINING_THREADS = 1;

export interface DuckDbCaseloadOptions extends CaseloadOptions {
    /** The data file DuckDB reads (CSV and Parquet) or the source loads. */
    dataPath: string;
    delimiter?: CsvDelimiter;
}

export async function evaluateCaseloadInDuckDb(options: DuckDbCaseloadOptions): Promise<CaseloadOutcome> {
    const session = await DuckDbSession.open();
    try {
        return await evaluate(session, options);
    } catch (error) {
        if (isOutOfMemory(error)) throw new DuckDbOutOfMemoryError(session.memoryLimit);
        throw error;
    } finally {
        session.close();
    }
}

async function evaluate(session: DuckDbSession, options: DuckDbCaseloadOptions): Promise<CaseloadOutcome> {
    const { plan, lang, onDecision, onReject } = options;
    const phases = phaseTimes();
    const { loaded, header } = await loadHouseholds(session, options.dataPath, options.source, options.delimiter, plan.schema);
    const missing = header.missingColumns();
    if (missing !== undefined) return { ok: false, problem: 'missing-columns', ...missing, ...(options.source === undefined ? {} : otherSheetsOf(options.source)) };
    if (loaded === undefined) return { ok: false, problem: 'empty' };
    phases.end('load');
    const sql = compileToSql(plan, {
        dialect: 'duckdb', table: SOURCE_TABLE, headers: loaded.headers, fieldColumns: loaded.headers.map((_, i) => `f${i}`),
        rowColumn: 'kaidah_row', shape: true, conflictsInline: onDecision === undefined ? 'never' : 'when-decided-now',
    });
    for (const [i, statement] of sql.statements.entries()) {
        await session.run(statement);
        phases.end(`statement ${i + 1} of ${sql.statements.length}`);
    }
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

    // summary and candidates, from the decisions ranked once
    phases.end('counts and rejects');
    await session.run(`CREATE OR REPLACE TEMPORARY TABLE ${DECIDED} AS\n${sql.decisions}`);
    phases.end('ranking (decisions table)');
    const { allocation, selected } = await summaryAndCandidates(session, plan, sql, DECIDED, decided, candidatesFromDuckDb(session));
    phases.end('summary and candidates');

    // decisions, explained by the JS engine from the values DuckDB read, a chunk at a time: threads
    // explain the chunks (and make their CSV lines) while this one reads the next ones out of DuckDB
    // and hands the explained ones over
    const bands = new BenefitBands();
    const chunks = await decidedChunks(session, plan, sql.households, DECIDED, onDecision !== undefined);
    const lines = onDecision === undefined ? undefined : options.decisionLines;
    const explaining = onDecision === undefined ? undefined
        : startExplaining({ plan, lang, words: chunks.words, allocation, lines: lines?.format }, explainingThreads(options.threads));
    try {
        const handOver = onDecision === undefined ? undefined : decisionHandOver(plan, chunks.words, onDecision, lines);
        const queue: { chunk: DecidedChunk; explained: Promise<ExplainedChunk> }[] = [];
        const take = async () => {
            const { chunk, explained } = queue.shift()!;
            handOver!(chunk, await explained);
        };
        let candidate = 0;
        await chunks.each((chunk) => {
            for (let r = 0; r < chunk.count; r++) bands.add(chunk.benefits[r]!);
            if (explaining === undefined) return;
            for (let r = 0; r < chunk.count; r++) if (chunk.phases[r] === 1) chunk.candidates.push(selected.statusOf(candidate++));
            queue.push({ chunk, explained: explaining.explain(chunk) });
            return queue.length > explaining.ahead ? take() : undefined;
        });
        while (queue.length > 0) await take();
    } finally {
        await explaining?.close();
    }
    phases.end('decisions read, explained, written');
    return {
        ok: true, selected, allocation, counts: { read, decided, rejected },
        benefitDistribution: bands.bands(), found: [], reader: header.found!.reader,
        ...(header.below === undefined ? {} : { header: header.below }),
    };
}

/** The threads that explain decisions beside this one: as many as `threads` counts beside it, at most EXPLAINING_THREADS. */
function explainingThreads(threads = 1): number {
    return Math.min(threads - 1, EXPLAINING_THREADS);
}

/** The rows a reject names: its own, and for a repeat the rows of its household. */
function rowsNamedBy(row: Row): number[] {
    const rows = [Number(row.r)];
    if (row.reason === 'duplicate') rows.push(Number(row.detail));
    if (row.reason === 'conflicting') rows.push(...String(row.detail).split(',').map(Number));
    return rows;
}
