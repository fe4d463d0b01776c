import * as path from 'node:path';
import {
    allocateQuotas,
    createRowReader,
    prepareEvaluator,
    type Allocation,
    type HouseholdResult,
    type Lang,
    type Plan,
} from '@kaidah/engine';
import { readCsvRecords } from '../data/read-csv.js';
import { checkRuleFiles, isError, type LocatedDiagnostic } from '../rules/load-rules.js';

/** One side of a comparison: the rules as they were (or are), run on the data. */
export interface EvaluatedSide {
    plan: Plan;
    results: HouseholdResult[];
    allocation: Allocation;
    /** Data rows these rules could not read (not compared). */
    rejectedKeys: string[];
}

export type SideOutcome =
    | { ok: true; side: EvaluatedSide }
    | { ok: false; problem: 'rules'; diagnostics: LocatedDiagnostic[]; errors: number }
    | { ok: false; problem: 'missing-columns'; missing: string[]; found: string[] }
    | { ok: false; problem: 'empty' };

/** Checks and compiles a rule file, and runs it on the households of a CSV file. */
export async function evaluateSide(entry: string, dataFile: string, lang: Lang, on: string | undefined): Promise<SideOutcome> {
    const rules = await checkRuleFiles([entry], lang);
    const errors = rules.diagnostics.filter(isError);
    if (errors.length > 0) return { ok: false, problem: 'rules', diagnostics: errors, errors: errors.length };
    const { plan, problems } = rules.compile(rules.entries[0]!, on);
    if (problems.length > 0) return { ok: false, problem: 'rules', diagnostics: problems, errors: problems.length };

    const evaluator = prepareEvaluator(plan);
    let reader: ReturnType<typeof createRowReader> | undefined;
    const results: HouseholdResult[] = [];
    const rejectedKeys: string[] = [];
    let keyPosition = -1;
    for await (const record of readCsvRecords(path.resolve(dataFile))) {
        if (reader === undefined) {
            reader = createRowReader(plan.schema, record.fields);
            if (reader.missingColumns.length > 0) {
                return {
                    ok: false,
                    problem: 'missing-columns',
                    missing: reader.missingColumns.map((c) => (c.header === c.name ? c.name : `${c.name} ("${c.header}")`)),
                    found: record.fields,
                };
            }
            const keyHeader = plan.schema.columns.find((c) => c.name === plan.schema.keyColumn)?.header ?? '';
            keyPosition = record.fields.findIndex((f) => f.replace(/^\uFEFF/, '').trim().toLowerCase() === keyHeader.toLowerCase());
            continue;
        }
        const row = reader.read(record.fields);
        if (row.ok) results.push(evaluator.evaluate(row.values));
        else rejectedKeys.push(keyPosition >= 0 ? (record.fields[keyPosition] ?? '').trim() : `#${record.line}`);
    }
    if (reader === undefined) return { ok: false, problem: 'empty' };
    return { ok: true, side: { plan, results, allocation: allocateQuotas(plan, results), rejectedKeys } };
}
