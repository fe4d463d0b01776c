import type { Lang, Plan } from '@kaidah/engine';
import { cliMessages } from '../../messages.js';
import { formatDiagnostic } from '../../output/format-diagnostic.js';
import { checkRuleFiles, isError, type LocatedDiagnostic } from '../../rules/load-rules.js';

export type CompiledRules =
    | { ok: true; plan: Plan; ruleFiles: string[] }
    /** Every diagnostic of the files when some are errors (warnings too), or the compiler's problems. */
    | { ok: false; diagnostics: LocatedDiagnostic[]; errors: number };

/** Checks a rule file with everything it uses and compiles it, for `on` when given. */
export async function checkAndCompile(rulesFile: string, on: string | undefined, lang: Lang): Promise<CompiledRules> {
    const rules = await checkRuleFiles([rulesFile], lang);
    const errors = rules.diagnostics.filter(isError);
    if (errors.length > 0) return { ok: false, diagnostics: rules.diagnostics, errors: errors.length };
    const { plan, problems } = rules.compile(rules.entries[0]!, on);
    if (problems.length > 0) return { ok: false, diagnostics: problems, errors: problems.length };
    return { ok: true, plan, ruleFiles: rules.files };
}

/** `checkAndCompile` for run and explain: prints the rules' problems and returns undefined when there are errors. */
export async function compileRules(rulesFile: string, on: string | undefined, lang: Lang): Promise<Plan | undefined> {
    return (await compileProgram(rulesFile, on, lang))?.plan;
}

/** `compileRules` with the rule files the program is made of (which no output may overwrite). */
export async function compileProgram(rulesFile: string, on: string | undefined, lang: Lang): Promise<{ plan: Plan; ruleFiles: string[] } | undefined> {
    const compiled = await checkAndCompile(rulesFile, on, lang);
    if (compiled.ok) return compiled;
    for (const located of compiled.diagnostics) console.error(formatDiagnostic(located, lang));
    console.error(cliMessages(lang).rulesHaveErrors(compiled.errors));
    return undefined;
}
