import * as path from 'node:path';
import { createRowReader, describeReason, type HouseholdResult, type Lang, type Plan } from '@kaidah/engine';
import { prepareEvaluator } from '@kaidah/engine';
import { readCsvRecords } from './read-csv.js';

/** A data row that could not be used, with where it is and why. */
export interface Reject {
    file: string;
    row: number;
    column: string;
    value: string;
    reason: string;
}

export type ReadOutcome =
    | { ok: true; results: HouseholdResult[]; rejects: Reject[]; rowsRead: number }
    | { ok: false; problem: 'empty' | 'missing-columns'; missing: string[]; found: string[] };

/**
 * Reads household rows, coerces each to the schema's types and evaluates it. A row that does not fit
 * becomes a reject, one line per problem cell, so every row read is either decided or rejected.
 */
export async function evaluateHouseholdFile(plan: Plan, filePath: string, lang: Lang): Promise<ReadOutcome> {
    const evaluator = prepareEvaluator(plan);
    const file = path.relative(process.cwd(), filePath) || filePath;
    let reader: ReturnType<typeof createRowReader> | undefined;
    const results: HouseholdResult[] = [];
    const rejects: Reject[] = [];
    let rowsRead = 0;
    for await (const record of readCsvRecords(filePath)) {
        if (!reader) {
            reader = createRowReader(plan.schema, record.fields);
            if (reader.missingColumns.length > 0) {
                return {
                    ok: false,
                    problem: 'missing-columns',
                    missing: reader.missingColumns.map((c) => (c.header === c.name ? c.name : `${c.name} ("${c.header}")`)),
                    found: record.fields,
                };
            }
            continue;
        }
        rowsRead++;
        const row = reader.read(record.fields);
        if (row.ok) {
            results.push(evaluator.evaluate(row.values));
        } else {
            for (const problem of row.problems) {
                rejects.push({ file, row: record.line, column: problem.header, value: problem.value, reason: describeReason(problem.reason, lang, problem.range) });
            }
        }
    }
    if (!reader) return { ok: false, problem: 'empty', missing: [], found: [] };
    return { ok: true, results, rejects, rowsRead };
}
