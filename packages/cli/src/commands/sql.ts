/**
 * `kaidah sql RULES [--dialect duckdb|postgres] [--table households] [--on DATE]`: prints the SQL
 * the rules compile to — the statements that read a households table (every column text, named as
 * the export's header) and the queries that give its rejects, decisions and district summary — for
 * a database administrator to read or run where the data lives.
 */
import type { Lang } from '@kaidah/engine';
import { compileToSql, renderSqlScript, type DialectName } from '@kaidah/sql';
import { describeEngineError } from '../engines/choose-engine.js';
import { sqlCommandMessages } from '../engines/messages.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';
import { compileProgram } from './shared/rules.js';
import { checkOnDate, usage } from './shared/usage.js';

export interface SqlCommandOptions {
    dialect?: string;
    table?: string;
    on?: string;
    lang: Lang;
}

export async function sqlCommand(rulesFile: string, options: SqlCommandOptions): Promise<number> {
    const { lang } = options;
    const text = sqlCommandMessages(lang);
    const pathProblem = validateRuleFilePaths([rulesFile], lang);
    if (pathProblem) return usage(pathProblem);
    const dialect = (options.dialect ?? 'duckdb').toLowerCase();
    if (dialect !== 'duckdb' && dialect !== 'postgres') return usage(text.badDialect(options.dialect!));
    const table = options.table ?? 'households';
    if (table.trim() === '') return usage(text.badTable);
    const badDate = checkOnDate(options.on, lang);
    if (badDate) return usage(badDate);
    const program = await compileProgram(rulesFile, options.on, lang);
    if (program === undefined) return 1;
    try {
        const sql = compileToSql(program.plan, { dialect: dialect as DialectName, table });
        process.stdout.write(renderSqlScript(sql, text.header(program.plan.program, program.plan.evaluationDate, dialect, table)));
        return 0;
    } catch (error) {
        const refusal = describeEngineError(error, lang);
        if (refusal === undefined) throw error;
        console.error(refusal);
        return 1;
    }
}
