import * as path from 'node:path';
import {
    describeProblem,
    describeStatus,
    messagesFor,
    prepareEvaluator,
    renderTrace,
    schemaSlots,
    traceHousehold,
    type Lang,
} from '@kaidah/engine';
import { evaluateCaseload, type CaseloadOutcome } from '../caseload/evaluate-caseload.js';
import { cliMessages } from '../messages.js';
import { masker } from '../output/mask.js';
import { startProgress } from '../output/progress.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';
import { checkDataOptions, describeMalformedData, openSource, reportCaseloadFailure, type DataOptions } from './shared/data-options.js';
import { compileRules } from './shared/rules.js';
import { checkDatabaseOptions, databaseEvaluation, DATABASE_SOURCE, describeDatabaseError, type DatabaseOptions } from '../engines/postgres/database-options.js';
import { checkOnDate, usage } from './shared/usage.js';

export interface ExplainOptions extends DataOptions, Omit<DatabaseOptions, 'into'> {
    id: string;
    mask?: boolean;
    lang: Lang;
}

/**
 * `kaidah explain RULES --data FILE --id KPM`: one household's full trace. The whole file is run,
 * because a household's rank depends on every other candidate; then the household is read again
 * and traced: every value, every category's conditions with their values, the benefit components
 * paid and not paid, the ranking and the decision.
 */
export async function explainCommand(rulesFile: string, options: ExplainOptions): Promise<number> {
    const { lang } = options;
    const text = cliMessages(lang);
    const mask = masker(options.mask === true);
    const pathProblem = validateRuleFilePaths([rulesFile], lang);
    if (pathProblem) return usage(pathProblem);
    // --database: the household's rows are fetched from the table; the caseload is ranked in the database
    const database = checkDatabaseOptions(options, { '--data': options.data || undefined, '--delimiter': options.delimiter, '--sheet': options.sheet }, lang);
    if (typeof database === 'string') return usage(database);
    const dataProblem = database === undefined ? checkDataOptions(options, lang) : checkOnDate(options.on, lang);
    if (dataProblem) return usage(dataProblem);
    const plan = await compileRules(rulesFile, options.on, lang);
    if (plan === undefined) return 1;
    const source = database === undefined ? openSource(options, lang) : DATABASE_SOURCE;
    if (typeof source === 'number') return source;
    const file = database?.shown ?? (path.relative(process.cwd(), options.data) || options.data);
    const evaluation = database === undefined ? evaluateCaseload : databaseEvaluation(database);

    let outcome: CaseloadOutcome;
    try {
        outcome = await evaluation({ plan, source, file, lang, wantedKey: options.id, progress: startProgress(lang) });
    } catch (error) {
        const malformed = describeMalformedData(error, options.data, lang) ?? describeDatabaseError(error, lang);
        if (malformed === undefined) throw error;
        console.error(malformed);
        return 1;
    }
    if (!outcome.ok) return reportCaseloadFailure(outcome, file, lang);
    const id = options.id.trim();
    if (outcome.found.length === 0) {
        console.error(mask(text.explainNotFound(id, file)));
        return 1;
    }

    const m = messagesFor(lang);
    const evaluator = prepareEvaluator(plan);
    const { subdistrict: subdistrictSlot, facilitator: facilitatorSlot } = schemaSlots(plan.schema);
    const blocks: string[] = [];
    if (outcome.found.length > 1) blocks.push(text.explainDuplicate(id, outcome.found.length));
    let decided = 0;
    for (const found of outcome.found) {
        const rowLine = text.explainRow(file, found.row);
        if (found.problems !== undefined) {
            blocks.push([rowLine, text.explainRejected(id, found.row), ...found.problems.map((p) => `  ${describeProblem(p, lang)}`)].join('\n'));
            continue;
        }
        const row = outcome.reader.read(found.fields);
        if (!row.ok) continue; // cannot happen: the row was decided a moment ago
        decided++;
        const result = evaluator.evaluate(row.values);
        const status = found.status ?? outcome.selected.statusOf(found.candidate!);
        const where = [result.district];
        if (subdistrictSlot >= 0 && String(result.values[subdistrictSlot]) !== '') {
            where.push(m.trace.where('subdistrict', String(result.values[subdistrictSlot])));
        }
        if (facilitatorSlot >= 0 && String(result.values[facilitatorSlot]) !== '') {
            where.push(m.trace.where('facilitator', String(result.values[facilitatorSlot])));
        }
        where.push(rowLine);
        blocks.push(renderTrace(traceHousehold(plan, result, lang), lang, {
            where,
            status: m.statuses[status.status],
            statusSentence: describeStatus(outcome.allocation, status, lang),
        }));
    }
    console.log(mask(blocks.join('\n\n')));
    return decided > 0 ? 0 : 1;
}
