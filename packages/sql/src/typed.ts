/**
 * Stage one: the households table read as the JS row reader reads it. One row per data row, with
 * its number, its shape, and for each schema column the typed value (`v<i>`); a row with a refused
 * cell has the reasons (`errs[i + 1]`, NULL where the cell reads) and its raw cells (`raws[i + 1]`),
 * both NULL for a row every cell of which reads.
 */
import { createRowReader, type Plan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { Layers } from './cells/layers.js';
import { bareDigits, readColumn, scansNumber, type ReadColumn } from './cells/readers.js';
import { distinctCellColumns, distinctCellsJoin, distinctCellsQuery } from './cells/distinct-cells.js';
import type { SqlOptions } from './options.js';

export const EXACT = 0;
export const PADDED = 1;
export const WRONG = 2;

export interface TypedStage {
    query: string;
    /** The header of each schema column as the file writes it. */
    headers: string[];
    width: number;
    /** The tables of distinct cells the query joins (`distinct-cells.ts`), to make before it: name and query. */
    cellTables: [string, string][];
}

export function typedStage(d: Dialect, plan: Plan, options: SqlOptions, cellTable: (column: number) => string): TypedStage {
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
    const rows = `SELECT ${row} AS r, ${options.shape ? 'kaidah_fields' : width} AS nf, ${shape} AS sh, ${cells.join(', ')}\nFROM ${d.identifier(options.table)}`;
    const distinct = distinctCellColumns(plan);
    const cellTables = distinct.map((i): [string, string] => [cellTable(i), distinctCellsQuery(d, plan, i, rows)]);
    const inner = distinct.length === 0 ? rows
        : `SELECT source.*, ${distinct.map((i) => `x${i}.value AS x${i}_v, x${i}.error AS x${i}_e`).join(', ')}
FROM (${rows}) AS source ${distinct.map((i) => distinctCellsJoin(cellTable(i), i)).join('\n')}`;
    const known = new Map(distinct.map((i): [number, ReadColumn] => [i, { value: `x${i}_v`, error: `x${i}_e` }]));
    const isKey = (i: number) => columns[i]!.name === plan.schema.keyColumn;
    const scanned = columns.flatMap((c, i) => (scansNumber(c, isKey(i)) ? [i] : []));
    // rows whose numbers are all bare digits (almost every row) are read without scanning them:
    // the scan's dozen helper columns are made only for the other rows
    const allBare = scanned.map((i) => bareDigits(d, `c${i}`)).join(' AND ');
    const query = scanned.length === 0 ? readRows(d, plan, inner, [], known)
        : `${readRows(d, plan, `SELECT * FROM (${inner}) AS source WHERE ${allBare}`, scanned, known)}
UNION ALL
${readRows(d, plan, `SELECT * FROM (${inner}) AS source WHERE NOT (${allBare})`, [], known)}`;
    const fileHeaders = columns.map((c) => headers[reader.fieldIndexOf(c.name)]!.replace(/^\uFEFF/, '').trim());
    return { query, headers: fileHeaders, width, cellTables };
}

/**
 * The typed rows of `from` (rows of raw cells); `bare`: the columns whose cells `from` holds only
 * as bare digits; `known`: the columns `from` holds read (`distinct-cells.ts`). Reasons and raw cells are kept only for a row with a refused cell, for the
 * rejects that show them, and as two lists, not two columns a column: almost every row reads, and
 * each column written costs as much for NULLs.
 */
function readRows(d: Dialect, plan: Plan, from: string, bare: number[], known: Map<number, ReadColumn>): string {
    const columns = plan.schema.columns;
    const layers = new Layers(d.layerFence);
    const read = columns.map((c, i) => known.get(i) ?? readColumn(d, layers, `k${i}`, `c${i}`, c, c.name === plan.schema.keyColumn, bare.includes(i)));
    const values = read.map((x, i) => `${x.value} AS v${i}`);
    const refused = read.map((x) => `${x.error} IS NOT NULL`).join(' OR ');
    const errors = `CASE WHEN ${refused} THEN ARRAY[${read.map((x) => x.error).join(', ')}] ELSE NULL END AS errs`;
    const raws = `CASE WHEN ${refused} THEN ARRAY[${columns.map((_, i) => `c${i}`).join(', ')}] ELSE NULL END AS raws`;
    return `SELECT r, nf, sh, ${values.join(', ')},\n  ${errors},\n  ${raws}\nFROM (${layers.wrap(from, '*')}) AS cells`;
}

/** A row that reads: the right shape (or padded) and every cell fine; `t`: the typed table's alias with its dot. */
export function readsCondition(t = ''): string {
    return `${t}sh <> 2 AND ${t}errs IS NULL`;
}
