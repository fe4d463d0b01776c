/**
 * The households table as the SQL the Plan compiles to reads it: a temporary view `kaidah_source`
 * over the officer's table, every column as text (a NULL is an empty cell: a database has no row
 * "with fewer fields"), and `kaidah_row`, each row's number as a file would give it (the first
 * row 2, after the header), in the table's physical order within the run's one snapshot.
 */
import type { PostgresSession } from './session.js';
import { identifierSql, tableSql, type TableName } from './table-name.js';

export const SOURCE_VIEW = 'kaidah_source';
export const ROW_COLUMN = 'kaidah_row';

/** Makes the view; gives the table's column names in order (the "header"). */
export async function createSourceView(session: PostgresSession, table: TableName): Promise<string[]> {
    const headers = await session.columns(`SELECT * FROM ${tableSql(table)}`);
    const cells = headers.map((h) => `coalesce(CAST(${identifierSql(h)} AS TEXT), '') AS ${identifierSql(h)}`);
    await session.run(`CREATE TEMPORARY VIEW ${SOURCE_VIEW} AS
SELECT row_number() OVER (ORDER BY ctid) + 1 AS ${ROW_COLUMN}${cells.map((c) => `, ${c}`).join('')}
FROM ${tableSql(table)}`);
    return headers;
}

/** Some rows of the view as the fields of a file's row, by their numbers. */
export async function sourceRows(session: PostgresSession, headers: string[], rows: number[]): Promise<Map<number, string[]>> {
    const found = new Map<number, string[]>();
    if (rows.length === 0) return found;
    const list = headers.map((h, i) => `${identifierSql(h)} AS f${i}`).join(', ');
    const read = await session.all(`SELECT ${ROW_COLUMN} AS r${list ? `, ${list}` : ''} FROM ${SOURCE_VIEW} WHERE ${ROW_COLUMN} = ANY($1::bigint[])`, [rows]);
    for (const row of read) found.set(Number(row.r), headers.map((_, i) => String(row[`f${i}`])));
    return found;
}
