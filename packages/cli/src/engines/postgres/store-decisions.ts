/**
 * `--into`: the decisions stored in a table of the database, beside the households, in the run's
 * one transaction: built under a new name, then put in place of the previous run's table, so that
 * a reader sees the old decisions or the new ones, never a half. A table of that name that Kaidah
 * did not make is never replaced: it is marked by its comment.
 */
import type { Plan } from '@kaidah/engine';
import { schemaSlots } from '@kaidah/engine';
import { DIALECTS } from '@kaidah/sql';
import type { PostgresSession } from './session.js';
import { besideSql, identifierSql, tableSql, type TableName } from './table-name.js';

const MARK = 'Kaidah decisions';

/** Whether `into` is free to be (re)written: absent, or a table of decisions made by Kaidah. */
export async function mayReplace(session: PostgresSession, into: TableName): Promise<boolean> {
    const [row] = await session.all(`SELECT to_regclass($1) IS NULL AS absent, obj_description(to_regclass($1), 'pg_class') AS mark`, [tableSql(into)]);
    return row!.absent === true || String(row!.mark ?? '').startsWith(MARK);
}

/**
 * Writes the decisions of `decided` (a relation of the decisions query) joined with the evaluated
 * households (`households`, for the units' spellings) into `into`; gives how many were stored.
 */
export async function storeDecisions(session: PostgresSession, plan: Plan, decided: string, households: string, into: TableName, program: string): Promise<number> {
    const slots = schemaSlots(plan.schema);
    const unitColumn = (slot: number, name: string) => (slot < 0 ? '' : `, h.v${slot} AS ${identifierSql(name)}`);
    const building = `kaidah_new_${process.pid}_${Date.now()}`;
    const built = besideSql(into, building);
    await session.run(`CREATE TABLE ${built} AS
SELECT d.r AS "row", d.id AS household, d.district${unitColumn(slots.subdistrict, 'subdistrict')}${unitColumn(slots.facilitator, 'facilitator')},
  d.benefit, NULLIF(d.category, '') AS category, d.status, d.rank, d.of AS "of"
FROM ${decided} AS d JOIN ${households} AS h ON h.r = d.r
ORDER BY d.phase, d.r`);
    const [count] = await session.all(`SELECT count(*) AS n FROM ${built}`);
    await session.run(`COMMENT ON TABLE ${built} IS ${DIALECTS.postgres.text(`${MARK}: ${program}`.replace(/\u0000/g, ''))}`);
    await session.run(`DROP TABLE IF EXISTS ${tableSql(into)}`);
    await session.run(`ALTER TABLE ${built} RENAME TO ${identifierSql(into.name)}`);
    return Number(count!.n);
}

