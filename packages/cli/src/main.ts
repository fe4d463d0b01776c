import { detectLang, type Lang } from '@kaidah/engine';
import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { fmtCommand } from './commands/fmt.js';
import { translateCommand } from './commands/translate.js';
import { runCommand, type RunOptions } from './commands/run.js';
import { explainCommand, type ExplainOptions } from './commands/explain.js';
import { testCommand } from './commands/test.js';
import { diffCommand, type DiffOptions } from './commands/diff.js';
import { sqlCommand, type SqlCommandOptions } from './commands/sql.js';
import { initCommand } from './commands/init.js';
import { usage } from './commands/shared/usage.js';
import { entryAndData } from './rules/project.js';
import { cliVersion } from './version.js';
import { cliMessages } from './messages.js';
import { describeOutputError } from './output/describe-output-error.js';

/** With --database the households are in a table: no data file is looked for ('' stands for none). */
function dataUnlessDatabase(options: { data?: string; database?: string }): string | undefined {
    return options.database !== undefined ? options.data ?? '' : options.data;
}

/** Exit codes: 0 success, 1 problems in the rules or the data, 2 wrong use of the command. */
export async function main(argv: string[]): Promise<number> {
    stopQuietlyWhenOutputIsClosed();
    let exitCode = 0;
    const program = new Command('kaidah')
        .description('Kaidah: check social-assistance rule files and run them on household data.')
        .addOption(new Option('--lang <lang>', 'language of messages: en or id (default: from LANG)').choices(['en', 'id']))
        .version(`kaidah ${cliVersion()}`, '-V, --version', 'print the version of kaidah')
        .exitOverride()
        .showHelpAfterError();

    const langOf = (): Lang => (program.opts().lang as Lang | undefined) ?? detectLang();

    program.command('check')
        .description('check rule files and print their problems, like a compiler (default: the project\'s rule files)')
        .argument('[paths...]', '.kaidah rule files, or folders holding them')
        .addOption(new Option('--format <format>', 'text (default) or json, for other tools (docs/json-output.md)').choices(['text', 'json']))
        .action(async (paths: string[], options: { format?: string }) => {
            exitCode = await checkCommand(paths, { ...options, lang: langOf() });
        });

    program.command('run')
        .description('evaluate the rules on household data, fill each district\'s quota, print the summary')
        .argument('[rules]', 'the .kaidah rule file to run (with the files it uses); default: the project\'s "entry" (kaidah.json)')
        .option('--data <file>', 'household data: CSV (.csv, header row), Excel (.xlsx), JSON array (.json) or NDJSON (.ndjson); default: the project\'s "data"')
        .addOption(new Option('--format <format>', 'table (default), or json: the summary as data on stdout (docs/json-output.md)').choices(['table', 'json']))
        .option('--out <file>', 'write every household\'s decision and explanation: .csv, .xlsx, .json or .ndjson')
        .option('--rejects <file>', 'where to list rejected rows (default: beside --out, e.g. decisions.rejects.csv, or else beside --report)')
        .addOption(new Option('--csv <style>', 'how CSV outputs are written: excel (; and decimal commas, opens in Excel set to Indonesian) or plain (commas, for programs); default: excel with --lang id, else plain').choices(['excel', 'plain']))
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .option('--coverage', 'also show which categories, conditions and benefit components fired on this data')
        .option('--database <url>', 'run inside PostgreSQL instead of on a file: postgresql://user@host/db (the password from the URL, PGPASSWORD or ~/.pgpass; never printed)')
        .option('--table <name>', 'with --database: the households table, every column named as the export\'s header (schema.table allowed)')
        .option('--into <name>', 'with --database: the table the decisions are stored in, replaced whole on each run (default: kaidah_decisions, beside --table)')
        .option('--engine <engine>', 'which engine decides: js (default; explains every household) or duckdb (the rules as SQL in an embedded DuckDB; also reads .parquet)')
        .option('--delimiter <char>', 'CSV separator: , or ; or tab (default: detected from the header)')
        .option('--sheet <name>', 'Excel: the sheet to read (default: the first)')
        .option('--max-rejects <n>', 'stop, and decide nothing, when more than n rows are rejected')
        .option('--threads <n>', 'threads that read a large CSV file, the main one counted (default: one a CPU core beside the main one; 1: the main thread alone); the outputs are the same')
        .option('--worklists <dir|file.csv>', 'write each facilitator\'s families to visit first: one CSV per facilitator in dir, or one file')
        .option('--report <file.html>', 'write an HTML report of the run')
        .option('--mask', 'mask 16-digit NIK/KK numbers in every output (3513********0001)')
        .option('--force', 'replace existing files that are not earlier Kaidah outputs of the same kind (never the data or a rule file)')
        .option('--strict', 'for CI: exit 1 when any row is rejected or in no district of the rules (outputs are still written)')
        .action(async (rules: string | undefined, options: Omit<RunOptions, 'lang' | 'data'> & { data?: string }) => {
            const given = entryAndData('run', rules, dataUnlessDatabase(options), langOf());
            exitCode = typeof given === 'string' ? usage(given) : await runCommand(given.rules, { ...options, data: given.data, lang: langOf() });
        });

    program.command('sql')
        .description('print the SQL the rules compile to: rejects, decisions and district summary of a households table')
        .argument('<rules>', 'the .kaidah rule file (with the files it uses)')
        .option('--dialect <dialect>', 'duckdb (default) or postgres')
        .option('--table <name>', 'the households table, every column text, named as the export\'s header (default: households)')
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .action(async (rules: string, options: Omit<SqlCommandOptions, 'lang'>) => {
            exitCode = await sqlCommand(rules, { ...options, lang: langOf() });
        });

    program.command('explain')
        .description('print one household\'s full trace: every value, every condition, the benefit, the ranking')
        .argument('[rules]', 'the .kaidah rule file (with the files it uses); default: the project\'s "entry"')
        .option('--data <file>', 'household data, as for run')
        .requiredOption('--id <id>', 'the household\'s identifier (the key column)')
        .option('--database <url>', 'run inside PostgreSQL instead of on a file: postgresql://user@host/db (the password from the URL, PGPASSWORD or ~/.pgpass; never printed)')
        .option('--table <name>', 'with --database: the households table, every column named as the export\'s header (schema.table allowed)')
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .option('--delimiter <char>', 'CSV separator: , or ; or tab (default: detected from the header)')
        .option('--sheet <name>', 'Excel: the sheet to read (default: the first)')
        .option('--mask', 'mask 16-digit NIK/KK numbers in the output')
        .action(async (rules: string | undefined, options: Omit<ExplainOptions, 'lang' | 'data'> & { data?: string }) => {
            const given = entryAndData('explain', rules, dataUnlessDatabase(options), langOf());
            exitCode = typeof given === 'string' ? usage(given) : await explainCommand(given.rules, { ...options, data: given.data, lang: langOf() });
        });

    program.command('test')
        .description('run the tests written in rule files (default: the project\'s rule files)')
        .argument('[paths...]', '.kaidah rule files or folders')
        .option('--coverage', 'also show which categories, conditions and benefit components the tests exercised')
        .option('--reporter <reporter>', 'text (default) or junit, for CI systems')
        .option('--output <file>', 'with --reporter junit: write the JUnit XML to this file')
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .addOption(new Option('--format <format>', 'text (default) or json, for other tools (docs/json-output.md)').choices(['text', 'json']))
        .action(async (paths: string[], options: { coverage?: boolean; reporter?: string; output?: string; on?: string; format?: string }) => {
            exitCode = await testCommand(paths, { ...options, lang: langOf() });
        });

    program.command('fmt')
        .description('put rule files in the one canonical layout (files are rewritten; --check only lists them, --diff shows the changes)')
        .argument('[paths...]', '.kaidah rule files, or folders holding them (default: the project\'s rule files)')
        .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any')
        .option('--diff', 'write nothing; print what would change as a unified diff and exit 1 if anything would')
        .action(async (paths: string[], options: { check?: boolean; diff?: boolean }) => {
            exitCode = await fmtCommand(paths, { ...options, lang: langOf() });
        });

    program.command('translate')
        .description('write rule files in the other language: keywords translated; comments, names, labels and strings kept')
        .argument('<paths...>', '.kaidah rule files or folders')
        .requiredOption('--to <lang>', 'id (Bahasa Indonesia) or en (English)')
        .option('--write', 'rewrite the files in place (default: print the translation)')
        .action(async (paths: string[], options: { to: string; write?: boolean }) => {
            exitCode = await translateCommand(paths, { ...options, lang: langOf() });
        });

    program.command('diff')
        .description('show which households a rule change moves: OLD and NEW are rule files or Git revisions')
        .argument('[old]', 'the rules before: a .kaidah file or a Git revision (main, HEAD~1, a tag); default: HEAD')
        .argument('[new]', 'the rules after: a .kaidah file or a Git revision; default: the working copy')
        .option('--data <file>', 'household data, as for run; default: the project\'s "data" (kaidah.json)')
        .option('--database <url>', 'run inside PostgreSQL instead of on a file: postgresql://user@host/db (the password from the URL, PGPASSWORD or ~/.pgpass; never printed)')
        .option('--table <name>', 'with --database: the households table, every column named as the export\'s header (schema.table allowed)')
        .option('--rules <file>', 'for Git revisions: the rule file to compare (default: the project\'s "entry", else the one rule file no other uses)')
        .option('--format <format>', 'table (default), json, or markdown for a pull request description')
        .option('--limit <n>', 'how many moved households to list in table and markdown (default 20; json lists all)')
        .option('--output <file>', 'write the report to this file instead of printing it')
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .option('--delimiter <char>', 'CSV separator: , or ; or tab (default: detected from the header)')
        .option('--sheet <name>', 'Excel: the sheet to read (default: the first)')
        .action(async (oldRules: string | undefined, newRules: string | undefined, options: Omit<DiffOptions, 'lang'>) => {
            exitCode = await diffCommand(oldRules, newRules, { ...options, lang: langOf() });
        });

    program.command('init')
        .description('start a district\'s rule file: the national file used, the district\'s figures to fill in, a test')
        .argument('<district>', 'the district\'s full name: "Kabupaten Jember", "Kota Probolinggo"')
        .argument('[file]', 'the new .kaidah file (default: districts/<name>.kaidah in the project); never overwritten')
        .option('--national <file>', 'the national rule file to use (default: the project\'s file with `every district { ... }`)')
        .option('--keywords <language>', 'the new file\'s keywords: id (Bahasa Indonesia) or en (default: the language of the messages, --lang)')
        .action(async (district: string, file: string | undefined, options: { national?: string; keywords?: string }) => {
            exitCode = await initCommand(district, file, { ...options, lang: langOf() });
        });

    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? 0 : 2;
        }
        // Officers never see a stack trace; developers ask for one.
        if (process.env.KAIDAH_DEBUG) throw error;
        // a full disk or a folder that refuses writing is no internal error: say what happened to which file
        console.error(describeOutputError(error, langOf()) ?? cliMessages(langOf()).internalError(error instanceof Error ? error.message : String(error)));
        return 1;
    }
    return exitCode;
}

/**
 * `kaidah translate … | head` closes the pipe before the output ends: stop as other command-line
 * tools do, without a Node stack trace. Files being written are outputs staged beside their targets,
 * so nothing is left half written.
 */
function stopQuietlyWhenOutputIsClosed(): void {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EPIPE') process.exit(0);
            throw error;
        });
    }
}
