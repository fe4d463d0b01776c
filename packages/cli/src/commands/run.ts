import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createCoverage, parseIsoDate, type Lang, type Plan } from '@kaidah/engine';
import { DataChangedError, evaluateCaseload, type CaseloadOutcome, type Reject } from '../caseload/evaluate-caseload.js';
import { openHouseholdSource, type HouseholdSource, type SourceProblem } from '../data/household-source.js';
import { MalformedCsvError, type CsvDelimiter } from '../data/read-csv.js';
import { cliMessages } from '../messages.js';
import { decisionFormatOf, openDecisionWriter, type DecisionRow, type DecisionWriter } from '../output/decision-writer.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { masker } from '../output/mask.js';
import { startProgress } from '../output/progress.js';
import { printSummary } from '../output/summary-table.js';
import { writeWorklists } from '../output/worklists.js';
import { RejectsFile } from '../output/write-rejects.js';
import { checkRuleFiles, isError } from '../rules/load-rules.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';
import { coverageLines } from '../testing/coverage-report.js';

export interface RunOptions {
    data: string;
    out?: string;
    rejects?: string;
    on?: string;
    /** Also print which categories, conditions and components fired on this data. */
    coverage?: boolean;
    /** CSV separator: `,`, `;` or tab (`\t`, `tab`); detected from the header when absent. */
    delimiter?: string;
    /** Excel: the sheet to read (default: the first). */
    sheet?: string;
    /** Stop when more rows than this are rejected. */
    maxRejects?: string;
    /** A folder (one CSV per facilitator) or a `.csv` file (one file with a facilitator column). */
    worklists?: string;
    /** An HTML report of the run. */
    report?: string;
    /** Mask 16-digit NIK/KK numbers in every output. */
    mask?: boolean;
    lang: Lang;
}

const shownRejects = 10;

/** The separator named on the command line, or an error message. */
export function parseDelimiter(value: string | undefined): CsvDelimiter | undefined | { error: true } {
    if (value === undefined) return undefined;
    switch (value.toLowerCase()) {
        case ',':
        case 'comma':
            return ',';
        case ';':
        case 'semicolon':
            return ';';
        case '\t':
        case '\\t':
        case 'tab':
            return '\t';
        default:
            return { error: true };
    }
}

/** Usage problems with the data options shared by `run` and `explain`; undefined when fine. */
export function checkDataOptions(options: { data: string; on?: string; delimiter?: string }, lang: Lang): string | undefined {
    const text = cliMessages(lang);
    if (!existsSync(options.data) || !statSync(options.data).isFile()) return text.fileNotFound(options.data);
    if (options.on !== undefined && 'error' in parseIsoDate(options.on)) return text.badOnDate(options.on);
    const delimiter = parseDelimiter(options.delimiter);
    if (typeof delimiter === 'object') return text.badDelimiter(options.delimiter!);
    return undefined;
}

/** Checks and compiles the rules; prints their problems and returns undefined when there are errors. */
export async function compileRules(rulesFile: string, on: string | undefined, lang: Lang): Promise<Plan | undefined> {
    const rules = await checkRuleFiles([rulesFile], lang);
    const errors = rules.diagnostics.filter(isError);
    if (errors.length > 0) {
        printDiagnostics(rules.diagnostics, errors.length, lang);
        return undefined;
    }
    const { plan, problems } = rules.compile(rules.entries[0]!, on);
    if (problems.length > 0) {
        printDiagnostics(problems, problems.length, lang);
        return undefined;
    }
    return plan;
}

/** Opens the data file as a household source; prints why not and returns the exit code instead. */
export function openSource(options: { data: string; delimiter?: string; sheet?: string }, lang: Lang): HouseholdSource | number {
    const delimiter = parseDelimiter(options.delimiter) as CsvDelimiter | undefined;
    const source = openHouseholdSource(options.data, {
        ...(delimiter === undefined ? {} : { delimiter }),
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    });
    if ('problem' in source) return usage(describeSourceProblem(source, options.data, lang));
    return source;
}

export function describeSourceProblem(problem: SourceProblem, file: string, lang: Lang): string {
    const text = cliMessages(lang);
    switch (problem.problem) {
        case 'unsupported':
            return text.unsupportedFormat(file);
        case 'option-not-for-format':
            return text.optionNotForFormat(problem.option, file);
        case 'no-such-sheet':
            return text.noSuchSheet(file, problem.sheet, problem.sheets.join(', '));
        case 'not-a-table':
            return text.notATable(file, problem.detail);
    }
}

/**
 * Prints why a caseload could not be evaluated; returns the exit code. Rows already rejected were
 * written by the caller.
 */
export function reportCaseloadFailure(outcome: Exclude<CaseloadOutcome, { ok: true }>, file: string, lang: Lang, maxRejects?: number): number {
    const text = cliMessages(lang);
    switch (outcome.problem) {
        case 'empty':
            console.error(text.emptyData(file));
            return 1;
        case 'missing-columns':
            console.error(text.missingColumns(file, outcome.missing.join(', '), outcome.found.join(', ')));
            return 1;
        case 'too-many-rejects':
            console.error(text.tooManyRejects(outcome.rejected, outcome.read, maxRejects ?? 0));
            return 1;
        default:
            console.error(describeSourceProblem(outcome, file, lang));
            return 1;
    }
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
    const dataProblem = checkDataOptions(options, lang);
    if (dataProblem) return usage(dataProblem);
    let maxRejects: number | undefined;
    if (options.maxRejects !== undefined) {
        if (!/^\d+$/.test(options.maxRejects.replace(/[._]/g, ''))) return usage(text.badMaxRejects(options.maxRejects));
        maxRejects = Number(options.maxRejects.replace(/[._]/g, ''));
    }
    if (options.out !== undefined && decisionFormatOf(options.out) === undefined) return usage(text.unsupportedOut(options.out));
    for (const [option, target] of [['--out', options.out], ['--rejects', options.rejects], ['--report', options.report], ['--worklists', options.worklists]] as const) {
        if (target === undefined) continue;
        if (path.resolve(target) === path.resolve(options.data)) return usage(text.wouldOverwriteData(option, target));
        const folder = path.dirname(path.resolve(target)); // a worklists folder itself is made if missing
        if (!existsSync(folder) || !statSync(folder).isDirectory()) return usage(text.noSuchFolder(option, target, folder));
    }

    const plan = await compileRules(rulesFile, options.on, lang);
    if (plan === undefined) return 1;
    if (options.worklists !== undefined && plan.schema.facilitatorColumn === undefined) return usage(text.worklistsNeedFacilitator);
    const source = openSource(options, lang);
    if (typeof source === 'number') return source;

    const file = path.relative(process.cwd(), options.data) || options.data;
    const rejectsPath = options.rejects ?? defaultRejectsPath(options.out);
    const rejects = new RejectsFile(rejectsPath, mask);
    const firstRejects: Reject[] = [];
    const schema = plan.schema;
    const slotOf = (name: string | undefined) => (name === undefined ? -1 : schema.columns.findIndex((c) => c.name === name));
    const subdistrictSlot = slotOf(schema.subdistrictColumn);
    const facilitatorSlot = slotOf(schema.facilitatorColumn);
    const labels = new Map(plan.graduations.map((g) => [g.name, g.label]));
    const coverage = options.coverage ? createCoverage(plan) : undefined;

    const row: DecisionRow = {
        id: '', district: '', subdistrict: '', facilitator: '', benefit: 0, category: '', categoryLabel: '', status: '', explanation: '',
    };
    let writer: DecisionWriter | undefined;
    let outcome: CaseloadOutcome;
    try {
        if (options.out !== undefined) {
            writer = await openDecisionWriter(options.out, { subdistrict: subdistrictSlot >= 0, facilitator: facilitatorSlot >= 0 }, mask);
        }
        const decisions = writer;
        outcome = await evaluateCaseload({
            plan,
            source,
            file,
            lang,
            ...(maxRejects === undefined ? {} : { maxRejects }),
            progress: startProgress(lang),
            recallProgress: () => startProgress(lang, process.stderr, Date.now, 'explaining'),
            onReject: (reject) => {
                if (firstRejects.length < shownRejects) firstRejects.push(reject);
                rejects.add(reject);
            },
            ...(coverage === undefined ? {} : { onEvaluated: (result) => coverage.record(result) }),
            ...(decisions === undefined ? {} : {
                onDecision: (result, status, explanation) => {
                    // one row object, filled for each household: the writer does not keep it
                    const values = result.values;
                    row.id = result.key;
                    row.district = result.district;
                    row.subdistrict = subdistrictSlot < 0 ? '' : String(values[subdistrictSlot]);
                    row.facilitator = facilitatorSlot < 0 ? '' : String(values[facilitatorSlot]);
                    row.benefit = result.benefit;
                    row.category = result.category ?? '';
                    row.categoryLabel = result.category === undefined ? '' : labels.get(result.category) ?? '';
                    row.status = status.status;
                    row.rank = status.rank;
                    row.of = status.of;
                    row.explanation = explanation;
                    decisions.write(row);
                },
            }),
        });
    } catch (error) {
        writer?.abandon();
        rejects.abandon();
        if (error instanceof DataChangedError) {
            console.error(text.dataChanged(options.data));
            return 1;
        }
        if (!(error instanceof MalformedCsvError)) throw error;
        console.error(text.malformedCsv(options.data, error.line, error.detail));
        return 1;
    }

    if (!outcome.ok) {
        writer?.abandon();
        printRejects(firstRejects, rejects.rows, lang, mask);
        if (outcome.problem === 'too-many-rejects') {
            const code = reportCaseloadFailure(outcome, file, lang, maxRejects);
            if (rejects.commit()) console.error(text.rejectsSoFar(outcome.rejected, rejectsPath));
            return code;
        }
        rejects.abandon();
        return reportCaseloadFailure(outcome, file, lang);
    }

    const { allocation, counts, selected } = outcome;
    printSummary(allocation, lang);
    console.log(text.counts(counts.read, counts.decided, counts.rejected));
    const totals = allocation.totals;
    console.log(text.statusCounts(totals.proposed, totals.reserve, totals.stays, totals.unmatched));
    if (coverage !== undefined) {
        console.log('');
        for (const line of coverageLines(coverage.report(), lang)) console.log(line);
    }

    if (writer !== undefined) {
        await writer.commit();
        console.log(text.decisionsWritten(options.out!));
    } else {
        console.log(text.noOutHint);
    }
    if (options.worklists !== undefined) {
        const written = writeWorklists(options.worklists, plan, selected, allocation, lang, mask);
        console.log(text.worklistsWritten(written.facilitators, options.worklists));
    }
    if (options.report !== undefined) {
        const reported = await writeReport(options.report, {
            rulesFile,
            dataFile: options.data,
            plan,
            allocation,
            counts,
            benefitDistribution: outcome.benefitDistribution,
        }, lang);
        console.log(reported ? text.reportWritten(options.report) : text.reportUnavailable);
    }
    if (rejects.commit()) {
        printRejects(firstRejects, rejects.rows, lang, mask);
        console.error(text.rejectsWritten(counts.rejected, rejectsPath));
    }
    return 0;
}

/** The first rejects on stderr, so an officer sees at once what is wrong. */
function printRejects(first: Reject[], total: number, lang: Lang, mask: (text: string) => string): void {
    const text = cliMessages(lang);
    for (const reject of first) console.error(mask(text.rejectLine(reject.file, reject.row, reject.column, reject.value, reject.reason)));
    if (total > first.length) console.error(text.moreRejects(total - first.length));
}

type ReportInput = import('../report/report-input.js').ReportInput;

/**
 * The HTML report, loaded only when asked for. Returns false when this build has no report module
 * (it is written separately); the run itself is complete either way.
 */
async function writeReport(filePath: string, input: ReportInput, lang: Lang): Promise<boolean> {
    let module: { writeHtmlReport(filePath: string, input: ReportInput, lang: Lang): void };
    try {
        module = await import('../report/write-html-report.js');
    } catch (error) {
        if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return false;
        throw error;
    }
    module.writeHtmlReport(filePath, input, lang);
    return true;
}

function defaultRejectsPath(out: string | undefined): string {
    if (!out) return 'rejects.csv';
    const parsed = path.parse(out);
    return path.join(parsed.dir, `${parsed.name}.rejects.csv`);
}

function printDiagnostics(diagnostics: Parameters<typeof formatDiagnostic>[0][], errorCount: number, lang: Lang): void {
    for (const located of diagnostics) console.error(formatDiagnostic(located, lang));
    console.error(cliMessages(lang).rulesHaveErrors(errorCount));
}

function usage(message: string): number {
    console.error(message);
    return 2;
}
