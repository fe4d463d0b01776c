/**
 * `kaidah explain --database`: the rows of the wanted household, fetched from the database alone
 * (its key's rows, not the caseload), as `evaluateCaseload` gives them: each decided row with its
 * status (or its place among the candidates), each rejected row with its problems, as the JS row
 * reader reads its fields. Repeats of a household (rejected as duplicates) are left out, as there.
 */
import type { FoundHousehold } from '../../caseload/evaluate-caseload.js';
import type { Plan, RowReader } from '@kaidah/engine';
import type { PostgresSession } from './session.js';
import { ROW_COLUMN, SOURCE_VIEW, sourceRows } from './source-view.js';
import { identifierSql } from './table-name.js';

export interface WantedRows {
    plan: Plan;
    headers: string[];
    reader: RowReader;
    /** The key as given, trimmed. */
    wanted: string;
    /** The relation of the decisions (`r`, `id`, `kd`, `phase`, `category`). */
    decided: string;
    /** The candidates' row numbers, in the order of the selection. */
    candidates: number[];
}

export async function findHouseholds(session: PostgresSession, w: WantedRows): Promise<FoundHousehold[]> {
    const decided = await session.all(`SELECT r, kd, phase, category, district FROM ${w.decided} WHERE id = $1 ORDER BY r`, [w.wanted]);
    // a rejected row's key is read from its field, as the JS engine reads it: candidates by containment, then trimmed
    const keyHeader = w.headers[w.reader.fieldIndexOf(w.plan.schema.keyColumn)]!;
    const rejected = await session.all(`SELECT ${ROW_COLUMN} AS r FROM ${SOURCE_VIEW} WHERE strpos(${identifierSql(keyHeader)}, $1) > 0
  AND ${ROW_COLUMN} NOT IN (SELECT r FROM ${w.decided})`, [w.wanted]);
    const rows = [...decided, ...rejected].map((row) => Number(row.r));
    const fields = await sourceRows(session, w.headers, rows);
    const candidateIndex = new Map(w.candidates.map((r, i) => [r, i]));
    const found: FoundHousehold[] = [];
    for (const row of decided) {
        const r = Number(row.r);
        const household: FoundHousehold = { row: r, fields: fields.get(r)! };
        if (Number(row.phase) === 1) household.candidate = candidateIndex.get(r)!;
        else household.status = statusOf(w.plan, row);
        found.push(household);
    }
    for (const row of rejected) {
        const r = Number(row.r);
        const rowFields = fields.get(r)!;
        if ((rowFields[w.reader.fieldIndexOf(w.plan.schema.keyColumn)] ?? '').trim() !== w.wanted) continue;
        const read = w.reader.read(rowFields);
        if (!read.ok) found.push({ row: r, fields: rowFields, problems: read.problems });
    }
    return found.sort((a, b) => a.row - b.row);
}

function statusOf(plan: Plan, row: Record<string, unknown>): NonNullable<FoundHousehold['status']> {
    const kd = Number(row.kd);
    if (kd >= 0) return { status: 'stays', district: plan.districts[kd]!.name };
    const category = String(row.category ?? '');
    return category === '' ? { status: 'no-district', district: String(row.district) } : { status: 'no-district', district: String(row.district), category };
}
