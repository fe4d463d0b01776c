/**
 * A ReportInput made the way `kaidah run` makes it: the field-report rules compiled by the language,
 * the sample households read from CSV, coerced, evaluated and allocated by the engine.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allocateQuotas, createRowReader, prepareEvaluator, type HouseholdResult } from '@kaidah/engine';
import { compilePlan, createKaidahServices, loadRuleFiles } from '@kaidah/language';
import { parse } from 'csv-parse/sync';
import { NodeFileSystem } from 'langium/node';
import { benefitDistribution } from '../../packages/cli/src/report/benefit-distribution.js';
import type { ReportInput } from '../../packages/cli/src/report/report-input.js';
import { repoRoot } from '../support/run-cli.js';

export const exampleRules = 'examples/pkh/field-reports.kaidah';
export const exampleData = 'examples/pkh/data/households-sample.csv';

export async function exampleReportInput(): Promise<ReportInput> {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    const [entry] = await loadRuleFiles(Kaidah, [path.join(repoRoot, exampleRules)]);
    const { plan, problems } = compilePlan(entry!, Kaidah.shared.workspace.LangiumDocuments);
    if (problems.length > 0) throw new Error(`The example rules have problems: ${JSON.stringify(problems)}`);

    const [headers, ...rows] = parse(readFileSync(path.join(repoRoot, exampleData), 'utf8'), { bom: true }) as string[][];
    const reader = createRowReader(plan.schema, headers!);
    if (reader.missingColumns.length > 0) throw new Error('The example data lacks columns');
    const evaluator = prepareEvaluator(plan);
    const results: HouseholdResult[] = [];
    let rejected = 0;
    for (const fields of rows) {
        const row = reader.read(fields);
        if (row.ok) results.push(evaluator.evaluate(row.values));
        else rejected++;
    }
    const allocation = allocateQuotas(plan, results);
    return {
        rulesFile: exampleRules,
        dataFile: exampleData,
        plan,
        allocation,
        counts: { read: rows.length, decided: results.length, rejected },
        benefitDistribution: benefitDistribution(results.map((r) => r.benefit)),
    };
}
