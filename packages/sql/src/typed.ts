/**
 * Stage one: the households table read as the JS row reader reads it. One row per data row, with
 * its number, its shape, and for each schema column the raw cell where it is refused (`c<i>`,
 * else NULL), the typed value (`v<i>`) and the reason it was refused (`e<i>`, NULL when it reads).
 */
import { createRowReader, type Plan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { Layers } from './cells/layers.js';
import { bareDigits, readColumn, scansNumber } from './cells/readers.js';
import type { SqlOptions } from './options.js';

export const EXACT = 0;
export const PADDED = 1;
export const WRONG = 2;

export interface TypedStage {
    query: string;
    /** The header of each schema column as the file writes it. */
    headers: string[];
    width: number;
}

export function typedStage(d: Dialect, plan: Plan, options: SqlOptions): TypedStage {
    const columns = plan.schema.columns;
    const headers = options.headers ?? columns.map((c) => c.header);
    const fields = options.fieldColumns ?? headers;
    const reader = createRowReader(plan.schema, headers);
    if (reader.missingColumns.length > 0) {
        throw new Error(`The table has no column for ${reader.missingColumns.map((c) => `"${c.header}"`).join(', ')}`);
    }
    const width = headers.length;
    let namedWidth = width;
    while (namedWidth > 0 && headers[namedWidth - 1]!.trim() === '') namedWidth--;
    const row = options.rowColumn === undefined ? d.rowOrdinal() : d.identifier(options.rowColumn);
    const shape = options.shape
        ? `CASE WHEN kaidah_fields = ${width} THEN ${EXACT} WHEN kaidah_fields < ${width} THEN (CASE WHEN kaidah_fields >= ${namedWidth} THEN ${PADDED} ELSE ${WRONG} END)` +
          ` WHEN kaidah_extra THEN ${WRONG} ELSE ${PADDED} END`
        : String(EXACT);
    const cells = columns.map((c, i) => `CAST(${d.identifier(fields[reader.fieldIndexOf(c.name)]!)} AS ${d.varchar}) AS c${i}`);
    const inner = `SELECT ${row} AS r, ${options.shape ? 'kaidah_fields' : width} AS nf, ${shape} AS sh, ${cells.join(', ')}\nFROM ${d.identifier(options.table)}`;
    const isKey = (i: number) => columns[i]!.name === plan.schema.keyColumn;
    const scanned = columns.flatMap((c, i) => (scansNumber(c, isKey(i)) ? [i] : []));
    // rows whose numbers are all bare digits (almost every row) are read without scanning them:
    // the scan's dozen helper columns are made only for the other rows
    const allBare = scanned.map((i) => bareDigits(d, `c${i}`)).join(' AND ');
    const query = scanned.length === 0 ? readRows(d, plan, inner, [])
        : `${readRows(d, plan, `SELECT * FROM (${inner}) AS source WHERE ${allBare}`, scanned)}
UNION ALL
${readRows(d, plan, `SELECT * FROM (${inner}) AS source WHERE NOT (${allBare})`, [])}`;
    const fileHeaders = columns.map((c) => headers[reader.fieldIndexOf(c.name)]!.replace(/^\uFEFF/, '').trim());
    return { query, headers: fileHeaders, width };
}

/**
 * The typed rows of `from` (rows of raw cells); `bare`: the columns whose cells `from` holds only
 * as bare digits. A raw cell is kept only where it is refused, for the rejects that show it.
 */
function readRows(d: Dialect, plan: Plan, from: string, bare: number[]): string {
    const columns = plan.schema.columns;
    const layers = new Layers(d.layerFence);
    const read = columns.map((c, i) => readColumn(d, layers, `k${i}`, `c${i}`, c, c.name === plan.schema.keyColumn, bare.includes(i)));
    const outputs = read.map((x, i) => `CASE WHEN ${x.error} IS NULL THEN NULL ELSE c${i} END AS c${i}, ${x.value} AS v${i}, ${x.error} AS e${i}`);
    return `SELECT r, nf, sh, ${outputs.join(',\n  ')}\nFROM (${layers.wrap(from, '*')}) AS cells`;
}

/** A row that reads: the right shape (or padded) and every cell fine. */
export function readsCondition(plan: Plan): string {
    return ['sh <> 2', ...plan.schema.columns.map((_, i) => `e${i} IS NULL`)].join(' AND ');
}
