import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { checkRuleFiles, isError } from '../rules/load-rules.js';
import { validateRuleFilePaths } from '../rules/rule-file-paths.js';
import { usage } from './shared/usage.js';

/** `kaidah check FILE...`: prints diagnostics like a compiler; 0 when clean, 1 on errors. */
export async function checkCommand(files: string[], lang: Lang): Promise<number> {
    const text = cliMessages(lang);
    const pathProblem = validateRuleFilePaths(files, lang);
    if (pathProblem) return usage(pathProblem);
    const rules = await checkRuleFiles(files, lang);
    const compileProblems = rules.diagnostics.some(isError) ? [] : rules.entries.flatMap((entry) => rules.compile(entry).problems);
    const all = [...rules.diagnostics, ...compileProblems];
    for (const located of all) console.log(formatDiagnostic(located, lang));
    const errors = all.filter(isError).length;
    if (all.length === 0) {
        console.log(text.checkClean(files.length));
    } else {
        console.log(text.checkSummary(errors, all.length - errors));
    }
    return errors > 0 ? 1 : 0;
}
