import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { createCoverage, schemaSlots, type Lang } from '@kaidah/engine';
import { DataChangedError, type CaseloadOutcome } from '../caseload/evaluate-caseload.js';
import { cliMessages } from '../messages.js';
import { DecisionRows } from '../output/decision-row.js';
import { decisionFormatOf, openDecisionWriter, type DecisionWriter } from '../output/decision-writer.js';
import { masker } from '../output/mask.js';
import { startProgress } from '../output/progress.js';
import { evaluationDateLines, printSummary, unmatchedLines } from '../output/summary-table.js';
import { summaryMessages } from '../output/summary-messages.js';
import { printJson } from '../output/json-format.js';
import { runSummaryJson } from '../output/summary-json.js';
import { asOutputError } from '../output/output-error.js';
import { checkOutputPaths, outputFolders, plannedOutputs } from '../output/output-paths.js';
import { OutputSet } from '../output/output-set.js';
import { isPreviousOutput } from '../output/recognise-output.js';
import { recoverOutputs } from '../output/recover-outputs.js';
import { writeWorklists, type WorklistOutcome } from '../output/worklists.js';
import { csvStyleFor } from '../output/csv-style.js';
import { rejectsPathFor, RunRejects } from '../output/run-rejects.js';
import { writeHtmlReport } from '../report/write-html-report.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';
import { coverageLines } from '../testing/coverage-report.js';
import { checkDataOptions, describeMalformedData, openSource, reportCaseloadFailure, type DataOptions } from './shared/data-options.js';
import { compileProgram } from './shared/rules.js';
import { caseloadEvaluation, checkEngine, describeEngineError, DUCKDB_ONLY_SOURCE, isParquet } from '../engines/choose-engine.js';
import { checkDatabaseOptions, databaseEvaluation, DATABASE_SOURCE, describeDatabaseError, type DatabaseOptions } from '../engines/postgres/database-options.js';
import { postgresMessages } from '../engines/postgres/messages.js';
import { tableSql } from '../engines/postgres/table-name.js';
import { checkOnDate, usage } from './shared/usage.js';

export interface RunOptions extends DataOptions, DatabaseOptions {
    out?: string;
    rejects?: string;
    /** Also print which categories, conditions and components fired on this data. */
    coverage?: boolean;
    /** Which engine decides: js (default) or duckdb. */
    engine?: string;
    /** Stop when more rows than this are rejected. */
    maxRejects?: string;
    /** Threads that read a large CSV file (default: one a core). */
    threads?: string;
    /** A folder (one CSV per facilitator) or a `.csv` file (one file with a facilitator column). */
    worklists?: string;
    /** An HTML report of the run. */
    report?: string;
    /** Mask 16-digit NIK/KK numbers in every output. */
    mask?: boolean;
    /** Replace existing files that are not previous outputs of the same kind (never an input). */
    force?: boolean;
    /** Exit 1 when any row is rejected or in no district of the rules (CI). */
    strict?: boolean;
    /** How CSV outputs are written: `excel` or `plain` (default: excel in Indonesian). */
    csv?: string;
    /** `table` (default) or `json`: the summary as one versioned JSON document on stdout. */
    format?: string;
    lang: Lang;
}

/**
 * `kaidah run RULES --data FILE`: evaluates every household, fills each target and prints the
 * district summary. Every row read ends up decided or rejected, and the counts say so. The caseload
 * is streamed: memory grows with the graduation candidates, not with the households.
 */
export async function runCommand(rulesFile: string, options: RunOptions): Promise<number> {
    const { lang } = options;
    const text = cliMessages(lang);
    const mask = masker(options.mask === true);
    const pathProblem = validateRuleFilePaths([rulesFile], lang);
    if (pathProblem) return usage(pathProblem);
    const engineProblem = checkEngine(options.engine, options, lang);
    if (engineProblem) return usage(engineProblem);
    // --database: the households are a table of PostgreSQL, decided there (engines/postgres)
    const database = checkDatabaseOptions(options, { '--data': options.data || undefined, '--engine': options.engine, '--delimiter': options.delimiter, '--sheet': options.sheet }, lang);
    if (typeof database === 'string') return usage(database);
    const dataProblem = database === undefined ? checkDataOptions(options, lang) : checkOnDate(options.on, lang);
    if (dataProblem) return usage(dataProblem);
    const dataName = database?.shown ?? options.data;
    let maxRejects: number | undefined;
    if (options.maxRejects !== undefined) {
        if (!/^\d+$/.test(options.maxRejects.replace(/[._]/g, ''))) return usage(text.badMaxRejects(options.maxRejects));
        maxRejects = Number(options.maxRejects.replace(/[._]/g, ''));
    }
    // a worker for every core beside the main thread, which waits for their rows more than it works
    // (2 cores, 1M households: 3,6 s with two workers, 3,8 s with one; 10M: 31,8 s and 1,2 GB peak)
    let threads = availableParallelism() + 1;
    if (options.threads !== undefined) {
        if (!/^\d+$/.test(options.threads) || Number(options.threads) < 1) return usage(text.badThreads(options.threads));
        threads = Number(options.threads);
    }
    if (options.out !== undefined && decisionFormatOf(options.out) === undefined) return usage(text.unsupportedOut(options.out));
    const csvStyle = csvStyleFor(options.csv, lang);
    if (csvStyle === undefined) return usage(text.badCsvStyle(options.csv!));

    const program = await compileProgram(rulesFile, options.on, lang);
    if (program === undefined) return 1;
    const { plan } = program;
    if (options.worklists !== undefined && plan.schema.facilitatorColumn === undefined) return usage(text.worklistsNeedFacilitator);
    const rejectsPath = rejectsPathFor(options);
    // where the run will write is checked before it starts: a refusal after it is time lost
    const planned = plannedOutputs(options, rejectsPath);
    const outputProblem = checkOutputPaths(planned, { data: options.data, ruleFiles: program.ruleFiles }, options.force === true, lang);
    if (outputProblem) return usage(outputProblem);
    recoverOutputs(outputFolders(planned));
    const source = database !== undefined ? DATABASE_SOURCE : options.engine === 'duckdb' && isParquet(options.data) ? DUCKDB_ONLY_SOURCE : openSource(options, lang);
    if (typeof source === 'number') return source;

    const file = database?.shown ?? (path.relative(process.cwd(), options.data) || options.data);
    const rejects = new RunRejects(rejectsPath, mask, csvStyle, lang);
    const { subdistrict: subdistrictSlot, facilitator: facilitatorSlot } = schemaSlots(plan.schema);
    const decisionColumns = { subdistrict: subdistrictSlot >= 0, facilitator: facilitatorSlot >= 0 };
    let coverage = options.coverage ? createCoverage(plan) : undefined;

    const rows = new DecisionRows(plan);
    let writer: DecisionWriter | undefined;
    let outcome: CaseloadOutcome;
    let stored: number | undefined;
    const evaluation = database === undefined
        ? caseloadEvaluation(options.engine, options.data, options.delimiter)
        : databaseEvaluation(database, { program: plan.program, onStored: (households) => (stored = households) });
    try {
        if (options.out !== undefined) {
            writer = await openDecisionWriter(options.out, decisionColumns, options.mask === true, csvStyle, lang);
        }
        let decisions = writer;
        outcome = await evaluation({
            plan,
            source,
            file,
            lang,
            ...(maxRejects === undefined ? {} : { maxRejects }),
            threads,
            ...rangeBytesForTests(),
            progress: startProgress(lang),
            recallProgress: () => startProgress(lang, process.stderr, Date.now, 'explaining'),
            onReject: (reject) => rejects.add(reject),
            ...(coverage === undefined ? {} : { onEvaluated: (result) => coverage!.record(result) }),
            // a household handed over turned out to be listed twice with different data: start again
            onRestart: async () => {
                writer?.abandon();
                if (writer !== undefined) writer = decisions = await openDecisionWriter(options.out!, decisionColumns, options.mask === true, csvStyle, lang);
                rejects.restart();
                if (coverage !== undefined) coverage = createCoverage(plan);
            },
            ...(decisions === undefined ? {} : {
                onDecision: (result, status, explanation) => decisions!.write(rows.of(result, status, explanation)),
            }),
            // CSV lines of the households decided at once are made by the threads that explain them
            ...(decisions?.lineFormat === undefined ? {} : {
                decisionLines: { format: decisions.lineFormat, write: (bytes, start, end) => decisions!.writeLines!(bytes, start, end) },
            }),
        });
    } catch (error) {
        writer?.abandon();
        rejects.abandon();
        if (error instanceof DataChangedError) {
            console.error(text.dataChanged(options.data));
            return 1;
        }
        const engineFault = describeEngineError(error, lang) ?? describeDatabaseError(error, lang);
        if (engineFault !== undefined) {
            console.error(engineFault);
            return 1;
        }
        const malformed = describeMalformedData(error, options.data, lang);
        if (malformed === undefined) throw error;
        console.error(malformed);
        return 1;
    }

    if (!outcome.ok) {
        writer?.abandon();
        if (outcome.problem === 'too-many-rejects') {
            const code = reportCaseloadFailure(outcome, file, lang, maxRejects);
            rejects.finish(outcome.rejected, true);
            return code;
        }
        rejects.abandon();
        return reportCaseloadFailure(outcome, file, lang);
    }

    const { allocation, counts, selected } = outcome;
    const totals = allocation.totals;
    const summaryText = summaryMessages(lang);
    if (plan.districts.length > 0 && plan.schema.districtColumn !== undefined && counts.decided > 0 && totals.unmatched === counts.decided) {
        // not one household in a district of the rules: a misspelt district, not a run to trust
        writer?.abandon();
        for (const line of unmatchedLines(allocation, lang)) console.error(line);
        console.error(summaryText.noDistrictMatched(file, plan.districts.map((d) => d.name).join(', ')));
        rejects.finish(counts.rejected);
        return 1;
    }
    // --format json: the summary alone on stdout, as data; every other line goes to stderr
    const json = options.format === 'json';
    const say = json ? console.error : console.log;
    if (outcome.header !== undefined) say(text.headerBelowTitle(file, outcome.header.row, outcome.header.skipped));
    if (json) {
        printJson('run', runSummaryJson({ rules: rulesFile, data: dataName, plan, allocation, counts, header: outcome.header }));
    } else {
        printSummary(allocation, plan, lang);
        for (const line of evaluationDateLines(plan, options.on !== undefined, lang)) console.log(line);
        console.log(text.counts(counts.read, counts.decided, counts.rejected));
        console.log(text.statusCounts(totals.proposed, totals.reserve, totals.stays, totals.unmatched));
        for (const line of unmatchedLines(allocation, lang)) console.log(line);
    }
    if (coverage !== undefined) {
        say('');
        for (const line of coverageLines(coverage.report(), lang)) say(line);
    }

    // every output is staged complete, then the whole set is put in place at once (output/output-set.ts);
    // a failure is reported by main, and leaves the previous set as it was
    const outputs = new OutputSet();
    await writer?.commit().catch((error: unknown) => {
        throw asOutputError(error, options.out!);
    });
    let worklists: WorklistOutcome | undefined;
    if (options.worklists !== undefined) worklists = writeWorklists(options.worklists, plan, selected, allocation, lang, mask, outputs, csvStyle);
    if (options.report !== undefined) {
        writeHtmlReport(options.report, {
            rulesFile,
            dataFile: dataName,
            plan,
            allocation,
            counts,
            ...(outcome.header === undefined ? {} : { header: outcome.header }),
            benefitDistribution: outcome.benefitDistribution,
            rejects: rejects.summary(options.report),
        }, lang);
    }
    const rejected = rejects.commit();
    // a rejects list of an earlier run would blame rows this run accepted
    if (!rejected && rejectsPath !== undefined && existsSync(rejectsPath) && isPreviousOutput(rejectsPath, 'rejects')) outputs.remove(rejectsPath);
    outputs.commit();

    if (stored !== undefined) say(postgresMessages(lang).decisionsStored(stored, tableSql(database!.into)));
    say(writer !== undefined ? text.decisionsWritten(options.out!) : text.noOutHint);
    // once, whenever a CSV was written: which spreadsheet it suits, and that .xlsx suits every one
    const csvWritten = [options.out, options.worklists].some((f) => f !== undefined && !/\.(xlsx|json|ndjson|jsonl)$/i.test(f));
    if (csvWritten || rejected) say(text.csvStyleNote(csvStyle.name));
    if (worklists !== undefined) say(text.worklistsWritten(worklists.facilitators, options.worklists!));
    if (options.report !== undefined) say(text.reportWritten(options.report));
    rejects.tell(counts.rejected, rejected);
    if (options.strict && (counts.rejected > 0 || totals.unmatched > 0)) {
        console.error(summaryText.strictFailed(counts.rejected, totals.unmatched));
        return 1;
    }
    return 0;
}

/** The tests cut small files into many ranges (KAIDAH_TEST_RANGE_BYTES), so that the threads' merging is exercised. */
function rangeBytesForTests(): { rangeBytes?: number } {
    const bytes = Number(process.env.KAIDAH_TEST_RANGE_BYTES);
    return Number.isInteger(bytes) && bytes > 0 ? { rangeBytes: bytes } : {};
}
