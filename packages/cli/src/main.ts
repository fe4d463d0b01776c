import { detectLang, type Lang } from '@kaidah/engine';
import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { runCommand } from './commands/run.js';
import { cliMessages } from './messages.js';

/** Exit codes: 0 success, 1 problems in the rules or the data, 2 wrong use of the command. */
export async function main(argv: string[]): Promise<number> {
    let exitCode = 0;
    const program = new Command('kaidah')
        .description('Kaidah: check social-assistance rule files and run them on household data.')
        .addOption(new Option('--lang <lang>', 'language of messages: en or id (default: from LANG)').choices(['en', 'id']))
        .exitOverride()
        .showHelpAfterError();

    const langOf = (): Lang => (program.opts().lang as Lang | undefined) ?? detectLang();

    program.command('check')
        .description('check rule files and print their problems, like a compiler')
        .argument('<files...>', '.kaidah rule files')
        .action(async (files: string[]) => {
            exitCode = await checkCommand(files, langOf());
        });

    program.command('run')
        .description('evaluate the rules on household data, fill each district\'s quota, print the summary')
        .argument('<rules>', 'the .kaidah rule file to run (with the files it uses)')
        .requiredOption('--data <file>', 'household data (CSV with a header row)')
        .option('--out <file>', 'write every household\'s decision and explanation to this CSV file')
        .option('--rejects <file>', 'where to list rejected rows (default: beside --out, or rejects.csv)')
        .option('--on <date>', 'evaluate for this date, YYYY-MM-DD (default: 31 December of the program\'s year)')
        .action(async (rules: string, options: { data: string; out?: string; rejects?: string; on?: string }) => {
            exitCode = await runCommand(rules, { ...options, lang: langOf() });
        });

    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? 0 : 2;
        }
        // Officers never see a stack trace; developers ask for one.
        if (process.env.KAIDAH_DEBUG) throw error;
        console.error(cliMessages(langOf()).internalError(error instanceof Error ? error.message : String(error)));
        return 1;
    }
    return exitCode;
}
