/**
 * Columns whose cells are few among many rows — yes/no answers, the district's and the units'
 * spellings — read once per distinct cell into a small table the rows join, rather than trimmed
 * and checked on every row.
 */
import { schemaSlots, type Plan } from '@kaidah/engine';
import type { Dialect } from '../dialect/dialect.js';
import { Layers } from './layers.js';
import { readColumn } from './readers.js';

/** The schema columns read once per distinct cell. */
export function distinctCellColumns(plan: Plan): number[] {
    const slots = schemaSlots(plan.schema);
    const spellings = [slots.district, slots.subdistrict, slots.facilitator];
    return plan.schema.columns.flatMap((c, i) =>
        (i !== slots.key && (c.type === 'yesno' || (c.type === 'text' && spellings.includes(i))) ? [i] : []));
}

/** `present, cell, value, error` for each distinct cell `c<i>` of `rows` (a missing field, NULL, apart from ''). */
export function distinctCellsQuery(d: Dialect, plan: Plan, i: number, rows: string): string {
    const layers = new Layers(d.layerFence);
    const read = readColumn(d, layers, 'k', 'cell', plan.schema.columns[i]!, false);
    return `SELECT cell IS NOT NULL AS present, coalesce(cell, '') AS cell, ${read.value} AS value, ${read.error} AS error
FROM (${layers.wrap(`SELECT DISTINCT c${i} AS cell FROM (${rows}) AS cells`, '*')}) AS distinct_cells`;
}

/**
 * Joins the table `t` of distinct cells of `c<i>` to `source` on two columns, which both engines join
 * by hashing. Every cell is in the table: a left join only keeps PostgreSQL from estimating a join on
 * expressions at a few rows, and the next joins at one (then it joins them by nested loops).
 */
export function distinctCellsJoin(t: string, i: number): string {
    return `LEFT JOIN ${t} AS x${i} ON x${i}.present = (source.c${i} IS NOT NULL) AND x${i}.cell = coalesce(source.c${i}, '')`;
}
