/**
 * The decided households out of DuckDB, a chunk (2048 rows) at a time and column by column, in the
 * order the JS engine writes them (decided at once, then candidates, each in row order).
 *
 * Reading a text value out of DuckDB costs a call into the native driver for every text longer
 * than 12 bytes, and that, not the query, was most of the time of a run. So text columns that
 * repeat (a district, a sub-district, a facilitator: few distinct values among a million rows) come
 * as numbers into a list of their words read once, and other text (the key) comes in two pieces of
 * at most 12 characters, which DuckDB keeps inside the row and which are joined again here.
 */
import type { Plan, Value } from '@kaidah/engine';
import { typedValue, type DecidedCells } from '../sql-caseload.js';
import type { Cell, Columns, DuckDbSession } from './session.js';

/** A text column with at most this many distinct values (and one per 8 rows) is read through its words. */
const MAX_WORDS = 1 << 16;

/** A schema column's typed values in a chunk, read from the result's columns from `first` on. */
type ColumnRead = (columns: Columns, first: number) => { next: number; values: Value[] };

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Calls `onRow` for every household of `decided` (a table of the decisions query) with its typed
 * values from `households`; `onChunk` first with each chunk's benefits, for figures counted over
 * every row.
 */
export async function eachDecidedRow(session: DuckDbSession, plan: Plan, households: string, decided: string,
    onBenefits: (benefits: readonly Cell[], count: number) => void, onRow: ((cells: DecidedCells) => void) | undefined): Promise<void> {
    const columns = plan.schema.columns;
    const selects: string[] = [];
    const joins: string[] = [];
    const reads: ColumnRead[] = [];
    const texts = onRow === undefined ? [] : columns.flatMap((c, i) => (c.type === 'text' ? [i] : []));
    const distinct = texts.length === 0 ? {} : (await session.all(`SELECT count(*) AS n, ${texts.map((i) => `count(DISTINCT v${i}) AS d${i}`).join(', ')} FROM ${households}`))[0]!;
    for (let i = 0; onRow !== undefined && i < columns.length; i++) {
        const v = `h.v${i}`;
        if (!texts.includes(i)) {
            selects.push(v);
            reads.push((chunk, first) => ({ next: first + 1, values: chunk.column(first).map(typedValue) }));
            continue;
        }
        const count = Number(distinct[`d${i}`]);
        if (count <= MAX_WORDS && count * 8 <= Number(distinct.n)) {
            const table = quoted(`kaidah_words_${i}`);
            await session.run(`CREATE OR REPLACE TEMPORARY TABLE ${table} AS SELECT t, CAST(row_number() OVER (ORDER BY t) - 1 AS INTEGER) AS id
FROM (SELECT DISTINCT v${i} AS t FROM ${households} WHERE v${i} IS NOT NULL) AS w`);
            const words: string[] = [];
            await session.eachChunk(`SELECT t FROM ${table} ORDER BY id`, (chunk) => {
                for (const word of chunk.column(0)) words.push(String(word));
            });
            selects.push(`w${i}.id`);
            joins.push(`LEFT JOIN ${table} AS w${i} ON w${i}.t = ${v}`);
            reads.push((chunk, first) => ({ next: first + 1, values: chunk.column(first).map((id) => (id === null ? NaN : words[id as number]!)) }));
        } else {
            selects.push(`substr(${v}, 1, 12)`, `substr(${v}, 13)`);
            reads.push((chunk, first) => {
                const tails = chunk.column(first + 1);
                return { next: first + 2, values: chunk.column(first).map((head, row) => (head === null ? NaN : (head as string) + (tails[row] as string))) };
            });
        }
    }
    const query = `SELECT d.phase, d.kd, d.g, d.benefit${selects.map((s) => `, ${s}`).join('')}
FROM ${decided} AS d JOIN ${households} AS h ON h.r = d.r ${joins.join(' ')}
ORDER BY d.phase, d.r`;
    await session.eachChunk(query, (chunk) => {
        const benefits = chunk.column(3);
        onBenefits(benefits, chunk.rowCount);
        if (onRow === undefined) return;
        const phases = chunk.column(0);
        const kds = chunk.column(1);
        const gs = chunk.column(2);
        let next = 4;
        const byColumn = reads.map((read) => {
            const column = read(chunk, next);
            next = column.next;
            return column.values;
        });
        const width = byColumn.length;
        for (let row = 0; row < chunk.rowCount; row++) {
            const g = gs[row]!;
            const values = new Array<Value>(width);
            for (let c = 0; c < width; c++) values[c] = byColumn[c]![row]!;
            onRow({
                values,
                g: g === null ? null : Number(g),
                benefit: Number(benefits[row]),
                phase: Number(phases[row]),
                kd: Number(kds[row]),
            });
        }
    });
}
