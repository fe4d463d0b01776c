/**
 * The rejects, in the order the JS engine writes them: rows that do not read (every problem cell,
 * or the row's shape alone) in row order; then repeats of a household, grouped by the key's first
 * row; then the rows of households listed with different data — or those among the first, where
 * they stand, when the JS engine would have read the data again to reject them (`conflictsInline`).
 */
import type { Plan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import type { SqlOptions } from './options.js';

export function rejectsQuery(d: Dialect, plan: Plan, headers: string[], width: number, relations: { typed: string; repeats: string; households: string }, options: SqlOptions): string {
    const { typed, repeats, households } = relations;
    const columns = plan.schema.columns;
    const keySlot = columns.findIndex((c) => c.name === plan.schema.keyColumn);
    const keyHeader = d.text(columns[keySlot]?.header ?? plan.schema.keyColumn);
    const varchar = d.varchar;
    const cells = columns.map((c, i) =>
        `SELECT r, ${i} AS col, ${d.text(headers[i]!)} AS header, ${d.text(c.name)} AS column_name, coalesce(raws[${i + 1}], '') AS value, errs[${i + 1}] AS reason, '' AS detail, 0 AS phase, r AS o
FROM ${typed} WHERE sh = 0 AND errs IS NOT NULL AND errs[${i + 1}] IS NOT NULL`);
    const inline = options.conflictsInline === 'when-decided-now'
        ? `EXISTS (SELECT 1 FROM ${households} WHERE cf AND (kd < 0 OR g IS NULL))`
        : 'FALSE';
    return `${cells.join('\nUNION ALL\n')}${cells.length > 0 ? '\nUNION ALL\n' : ''}SELECT r, -1, '', '', '', 'wrong-shape',
  CAST(nf AS ${varchar}) || ',' || '${width}' || ',' || (CASE WHEN sh = 1 THEN 'padded' ELSE 'wrong' END), 0, r
FROM ${typed} WHERE sh = 2 OR (sh = 1 AND errs IS NOT NULL)
UNION ALL
SELECT r, -1, ${keyHeader}, ${d.text(plan.schema.keyColumn)}, rk, 'duplicate', CAST(first_r AS ${varchar}), 1, first_r
FROM ${repeats} WHERE NOT conflict AND r <> first_r
UNION ALL
SELECT r, -1, ${keyHeader}, ${d.text(plan.schema.keyColumn)}, rk, 'conflicting', key_rows,
  CASE WHEN ${inline} THEN 0 ELSE 2 END, CASE WHEN ${inline} THEN r ELSE first_r END
FROM ${repeats} WHERE conflict
ORDER BY phase, o, r, col`;
}
