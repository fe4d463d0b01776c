import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { allocateQuotas, parseIsoDate, type Lang } from '@kaidah/engine';
import { evaluateHouseholdFile } from '../data/read-households.js';
import { MalformedCsvError } from '../data/read-csv.js';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { printSummary } from '../output/summary-table.js';
import { writeDecisions } from '../output/write-decisions.js';
import { writeRejects } from '../output/write-rejects.js';
import { checkRuleFiles, isError } from '../rules/load-rules.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';

export interface RunOptions {
    data: string;
    out?: string;
    rejects?: string;
    on?: string;
    lang: Lang;
}

const shownRejects = 10;

/**
 * `kaidah run RULES --data FILE`: evaluates every household, fills each district's quota and prints
 * the district summary. Every row read ends up decided or rejected, and the counts say so.
 */
export async function runCommand(rulesFile: string, options: RunOptions): Promise<number> {
    const { lang } = options;
    const text = cliMessages(lang);
    const pathProblem = validateRuleFilePaths([rulesFile], lang);
    if (pathProblem) return usage(pathProblem);
    if (!existsSync(options.data)) return usage(text.fileNotFound(options.data));
    if (!/\.(csv|txt)$/i.test(options.data)) return usage(text.unsupportedData(options.data));
    if (options.on !== undefined && 'error' in parseIsoDate(options.on)) return usage(text.badOnDate(options.on));

    const rules = await checkRuleFiles([rulesFile], lang);
    const errors = rules.diagnostics.filter(isError);
    if (errors.length > 0) return failWithDiagnostics(rules.diagnostics, errors.length, lang);
    const { plan, problems } = rules.compile(rules.entries[0], options.on);
    if (problems.length > 0) return failWithDiagnostics(problems, problems.length, lang);

    let outcome: Awaited<ReturnType<typeof evaluateHouseholdFile>>;
    try {
        outcome = await evaluateHouseholdFile(plan, options.data, lang);
    } catch (error) {
        if (!(error instanceof MalformedCsvError)) throw error;
        console.error(text.malformedCsv(options.data, error.line, error.detail));
        return 1;
    }
    if (!outcome.ok) {
        console.error(outcome.problem === 'empty'
            ? text.emptyData(options.data)
            : text.missingColumns(options.data, outcome.missing.join(', '), outcome.found.join(', ')));
        return 1;
    }
    const allocation = allocateQuotas(plan, outcome.results);
    printSummary(allocation, lang);

    const rejectedRows = new Set(outcome.rejects.map((r) => r.row)).size;
    console.log(text.counts(outcome.rowsRead, outcome.results.length, rejectedRows));
    const totals = allocation.totals;
    console.log(text.statusCounts(totals.proposed, totals.reserve, totals.stays, totals.unmatched));

    if (options.out) {
        writeDecisions(options.out, plan, outcome.results, allocation, lang);
        console.log(text.decisionsWritten(options.out));
    } else {
        console.log(text.noOutHint);
    }
    if (outcome.rejects.length > 0) {
        const rejectsFile = options.rejects ?? defaultRejectsPath(options.out);
        writeRejects(rejectsFile, outcome.rejects);
        for (const reject of outcome.rejects.slice(0, shownRejects)) {
            console.error(text.rejectLine(reject.file, reject.row, reject.column, reject.value, reject.reason));
        }
        if (outcome.rejects.length > shownRejects) console.error(text.moreRejects(outcome.rejects.length - shownRejects));
        console.error(text.rejectsWritten(rejectedRows, rejectsFile));
    }
    return 0;
}

function defaultRejectsPath(out: string | undefined): string {
    if (!out) return 'rejects.csv';
    const parsed = path.parse(out);
    return path.join(parsed.dir, `${parsed.name}.rejects.csv`);
}

function failWithDiagnostics(diagnostics: Parameters<typeof formatDiagnostic>[0][], errorCount: number, lang: Lang): number {
    for (const located of diagnostics) console.error(formatDiagnostic(located, lang));
    console.error(cliMessages(lang).rulesHaveErrors(errorCount));
    return 1;
}

function usage(message: string): number {
    console.error(message);
    return 2;
}
