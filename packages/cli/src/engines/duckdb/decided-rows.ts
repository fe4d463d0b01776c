/**
 * The decided households out of DuckDB, a chunk (2048 rows) at a time and column by column, in the
 * order the JS engine writes them (decided at once, then candidates, each in row order), each chunk
 * in the columns it travels in to the threads that explain it (decided-chunk.ts).
 *
 * Reading a text value out of DuckDB costs a call into the native driver for every text longer
 * than 12 bytes, and that, not the query, was most of the time of a run. So text columns that
 * repeat (a district, a sub-district, a facilitator: few distinct values among a million rows) come
 * as numbers into a list of their words read once, and other text (the key) comes in two pieces of
 * at most 12 characters, which DuckDB keeps inside the row and which are joined again here.
 */
import type { Plan } from '@kaidah/engine';
import { holdsNumbers, idColumn, numberColumn, textColumn } from './chunk-vectors.js';
import { typedColumn, type ChunkColumn, type DecidedChunk } from './decided-chunk.js';
import type { Columns, DuckDbSession } from './session.js';

/** A text column with at most this many distinct values (and one per 8 rows) is read through its words. */
const MAX_WORDS = 1 << 16;

/** A schema column's values in a chunk, read from the result's columns from `first` on. */
type ColumnRead = (columns: Columns, first: number) => { next: number; column: ChunkColumn };

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface DecidedChunks {
    /** The lists of words the chunks' `words` columns number into. */
    words: string[][];
    /** Hands over every chunk, the next one read from DuckDB only once `onChunk` is done with this one. */
    each(onChunk: (chunk: DecidedChunk) => void | Promise<void>): Promise<void>;
}

/**
 * The households of `decided` (a table of the decisions query), with each one's typed values from
 * `households` when `withValues` (else only what the SQL decided: their chunks have no columns).
 */
export async function decidedChunks(session: DuckDbSession, plan: Plan, households: string, decided: string, withValues: boolean): Promise<DecidedChunks> {
    const columns = plan.schema.columns;
    const selects: string[] = [];
    const joins: string[] = [];
    const reads: ColumnRead[] = [];
    const words: string[][] = [];
    const texts = withValues ? columns.flatMap((c, i) => (c.type === 'text' ? [i] : [])) : [];
    // the key has as many values as there are households: not worth counting (most of the count's time)
    const counted = texts.filter((i) => columns[i]!.name !== plan.schema.keyColumn);
    const distinct = counted.length === 0 ? {} : (await session.all(`SELECT count(*) AS n, ${counted.map((i) => `count(DISTINCT v${i}) AS d${i}`).join(', ')} FROM ${households}`))[0]!;
    for (let i = 0; withValues && i < columns.length; i++) {
        const v = `h.v${i}`;
        if (!texts.includes(i)) {
            selects.push(v);
            reads.push((chunk, first) => ({
                next: first + 1,
                column: holdsNumbers(chunk, first) ? { kind: 'numbers', values: numberColumn(chunk, first) } : typedColumn(chunk.column(first)),
            }));
            continue;
        }
        const count = counted.includes(i) ? Number(distinct[`d${i}`]) : Infinity;
        if (count <= MAX_WORDS && count * 8 <= Number(distinct.n)) {
            const table = quoted(`kaidah_words_${i}`);
            await session.run(`CREATE OR REPLACE TEMPORARY TABLE ${table} AS SELECT t, CAST(row_number() OVER (ORDER BY t) - 1 AS INTEGER) AS id
FROM (SELECT DISTINCT v${i} AS t FROM ${households} WHERE v${i} IS NOT NULL) AS w`);
            const list: string[] = [];
            await session.eachChunk(`SELECT t FROM ${table} ORDER BY id`, (chunk) => {
                for (const word of chunk.column(0)) list.push(String(word));
            });
            const index = words.push(list) - 1;
            selects.push(`w${i}.id`);
            joins.push(`LEFT JOIN ${table} AS w${i} ON w${i}.t = ${v}`);
            reads.push((chunk, first) => ({
                next: first + 1,
                column: { kind: 'words', list: index, ids: idColumn(chunk, first) },
            }));
        } else {
            selects.push(`substr(${v}, 1, 12)`, `substr(${v}, 13)`);
            reads.push((chunk, first) => ({ next: first + 2, column: { kind: 'texts', ...textColumn(chunk, first) } }));
        }
    }
    const query = `SELECT d.phase, d.kd, d.g, d.benefit${selects.map((s) => `, ${s}`).join('')}
FROM ${decided} AS d JOIN ${households} AS h ON h.r = d.r ${joins.join(' ')}
ORDER BY d.phase, d.r`;
    return {
        words,
        each: (onChunk) => session.eachChunk(query, (chunk) => {
            const count = chunk.rowCount;
            let next = 4;
            const values = reads.map((read) => {
                const column = read(chunk, next);
                next = column.next;
                return column.column;
            });
            return onChunk({
                count,
                // a NULL read as 0, as Number(null) read it before
                phases: Uint8Array.from(numberColumn(chunk, 0, 0)),
                kds: Int32Array.from(numberColumn(chunk, 1, 0)),
                gs: idColumn(chunk, 2),
                benefits: numberColumn(chunk, 3, 0),
                columns: values,
                candidates: [],
            });
        }),
    };
}
