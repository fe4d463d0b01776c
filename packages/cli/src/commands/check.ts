import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { diagnosticJson, printJson } from '../output/json-format.js';
import { checkRuleFiles, isError } from '../rules/load-rules.js';
import { ruleFilesFor, shown } from '../rules/project.js';
import { usage } from './shared/usage.js';

export interface CheckOptions {
    /** `text` (default): compiler-style lines; `json`: one versioned document (docs/json-output.md). */
    format?: string;
    lang: Lang;
}

/**
 * `kaidah check [PATH...]`: prints diagnostics like a compiler; 0 when clean, 1 on errors. Files and
 * folders may be named; without any, the project's rule files are checked.
 */
export async function checkCommand(paths: string[], options: CheckOptions): Promise<number> {
    const { lang } = options;
    const text = cliMessages(lang);
    const found = ruleFilesFor(paths, lang);
    if (typeof found === 'string') return usage(found);
    const rules = await checkRuleFiles(found.files, lang);
    const compileProblems = rules.diagnostics.some(isError) ? [] : rules.entries.flatMap((entry) => rules.compile(entry).problems);
    const all = [...rules.diagnostics, ...compileProblems];
    const errors = all.filter(isError).length;
    if (options.format === 'json') {
        printJson('check', {
            files: found.files.map(shown),
            diagnostics: all.map(diagnosticJson),
            errors,
            warnings: all.length - errors,
        });
        return errors > 0 ? 1 : 0;
    }
    for (const located of all) console.log(formatDiagnostic(located, lang));
    if (all.length === 0) {
        console.log(text.checkClean(found.files.length));
    } else {
        console.log(text.checkSummary(errors, all.length - errors));
    }
    return errors > 0 ? 1 : 0;
}
