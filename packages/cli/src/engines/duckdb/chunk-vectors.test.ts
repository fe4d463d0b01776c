import { describe, expect, it } from 'vitest';
import { holdsNumbers, idColumn, numberColumn, textColumn } from './chunk-vectors.js';
import { DuckDbSession, type Cell, type Columns } from './session.js';

// 5000 rows (three chunks): NULLs, NaN, -0 and big integers; keys in two pieces, some past 12 bytes or not ASCII
const SQL = `SELECT
  CASE WHEN i % 7 = 0 THEN NULL WHEN i % 11 = 0 THEN 'NaN'::DOUBLE WHEN i % 13 = 0 THEN CAST('-0.0' AS DOUBLE) ELSE i / 4 END AS d,
  CASE WHEN i % 5 = 0 THEN NULL ELSE CAST(i - 2500 AS INTEGER) END AS n,
  CAST(i AS BIGINT) * 1000000000 AS b,
  substr(k, 1, 12) AS head, substr(k, 13) AS tail
FROM (SELECT i, CASE WHEN i % 9 = 0 THEN NULL WHEN i % 17 = 0 THEN 'ключ-' || i WHEN i % 19 = 0 THEN 'K' || repeat('x', 20) || i
  ELSE '3513' || lpad(CAST(i AS VARCHAR), 12, '0') END AS k FROM range(5000) AS r(i)) ORDER BY b`;

/** The chunk as `Columns` that hide DuckDB's vectors: the value-by-value reading. */
function withoutVectors(columns: Columns): Columns {
    return { rowCount: columns.rowCount, column: (i) => columns.column(i), vector: () => ({ type: columns.vector(0).type }) as never };
}

/** The chunk as `Columns` that only give their vectors: the reading at once, which this driver's vectors allow. */
function onlyVectors(columns: Columns): Columns {
    return { rowCount: columns.rowCount, column: () => expect.fail('read value by value'), vector: (i) => columns.vector(i) };
}

function texts(column: { text: string; lengths: Int32Array }): (string | null)[] {
    let at = 0;
    return Array.from(column.lengths, (length) => (length < 0 ? null : column.text.slice(at, (at += length))));
}

describe('columns read out of DuckDB vectors at once', () => {
    it('read what the values read one by one are, NULLs, NaN, -0, big integers and every kind of text', async () => {
        const session = await DuckDbSession.open();
        try {
            let chunks = 0;
            await session.eachChunk(SQL, (columns) => {
                chunks++;
                const cells = (i: number) => columns.column(i);
                const number = (cell: Cell, nullAs: number) => (cell === null ? nullAs : Number(cell));
                expect([0, 1, 2].every((i) => holdsNumbers(columns, i))).toBe(true);
                expect(holdsNumbers(columns, 3)).toBe(false);
                for (const read of [columns, withoutVectors(columns)]) {
                    expect(Array.from(numberColumn(read, 0))).toEqual(cells(0).map((c) => number(c, NaN)));
                    expect(Array.from(numberColumn(read, 1, 0))).toEqual(cells(1).map((c) => number(c, 0)));
                    expect(Array.from(idColumn(read, 1))).toEqual(cells(1).map((c) => number(c, -1)));
                    expect(Array.from(numberColumn(read, 2))).toEqual(cells(2).map((c) => number(c, NaN)));
                    expect(texts(textColumn(read, 3))).toEqual(cells(3).map((head, r) => (head === null ? null : `${head}${cells(4)[r]}`)));
                }
                if (chunks === 1) expect([Object.is(cells(0)[13], -0), Object.is(numberColumn(columns, 0)[13], -0)]).toEqual([true, true]);
            });
            expect(chunks).toBe(3);
        } finally {
            session.close();
        }
    });

    it('read numbers and ASCII keys without a call a value (a driver whose vectors differ would read them one by one)', async () => {
        const session = await DuckDbSession.open();
        try {
            await session.eachChunk(`SELECT CAST(i AS INTEGER) AS n, i / 3 AS d, CAST(i AS BIGINT) AS b, substr(k, 1, 12), substr(k, 13)
FROM (SELECT i, CASE WHEN i % 9 = 0 THEN NULL ELSE '3513' || lpad(CAST(i AS VARCHAR), 12, '0') END AS k FROM range(3000) AS r(i)) ORDER BY i`, (columns) => {
                const fast = onlyVectors(columns);
                expect(Array.from(numberColumn(fast, 0))).toEqual(columns.column(0));
                expect(Array.from(numberColumn(fast, 1))).toEqual(columns.column(1));
                expect(Array.from(numberColumn(fast, 2))).toEqual(columns.column(2));
                expect(texts(textColumn(fast, 3))).toEqual(columns.column(3).map((head, r) => (head === null ? null : `${head}${columns.column(4)[r]}`)));
            });
        } finally {
            session.close();
        }
    });
});
