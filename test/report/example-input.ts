/**
 * A ReportInput made the way `kaidah run` makes it: the field-report rules compiled by the language,
 * the sample households read through the CLI's household source and caseload evaluation.
 */
import * as path from 'node:path';
import { compilePlan, createKaidahServices, loadRuleFiles } from '@kaidah/language';
import { NodeFileSystem } from 'langium/node';
import { evaluateCaseload } from '../../packages/cli/src/caseload/evaluate-caseload.js';
import { openHouseholdSource } from '../../packages/cli/src/data/household-source.js';
import type { ReportInput } from '../../packages/cli/src/report/report-input.js';
import { repoRoot } from '../support/run-cli.js';

export const exampleRules = 'examples/pkh/field-reports.kaidah';
export const exampleData = 'examples/pkh/data/households-sample.csv';

export async function exampleReportInput(): Promise<ReportInput> {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    const [entry] = await loadRuleFiles(Kaidah, [path.join(repoRoot, exampleRules)]);
    const { plan, problems } = compilePlan(entry!, Kaidah.shared.workspace.LangiumDocuments);
    if (problems.length > 0) throw new Error(`The example rules have problems: ${JSON.stringify(problems)}`);

    const source = openHouseholdSource(path.join(repoRoot, exampleData), {});
    if ('problem' in source) throw new Error(`The example data cannot be read: ${source.problem}`);
    const outcome = await evaluateCaseload({ plan, source, file: exampleData, lang: 'en' });
    if (!outcome.ok) throw new Error(`The example data cannot be evaluated: ${outcome.problem}`);
    return {
        rulesFile: exampleRules,
        dataFile: exampleData,
        plan,
        allocation: outcome.allocation,
        counts: outcome.counts,
        benefitDistribution: outcome.benefitDistribution,
    };
}
