import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DuckDbSession, isOutOfMemory, memoryLimit, type Row } from './session.js';

describe('DuckDbSession reads results a chunk at a time', () => {
    it('hands over every row of a result longer than a chunk, in order, with its values', async () => {
        const session = await DuckDbSession.open();
        try {
            // 5000 rows: two full chunks of 2048 and one of 904; texts past 12 bytes leave the row
            const sql = `SELECT i, 'ключ-' || i AS t, CASE WHEN i % 7 = 0 THEN NULL ELSE i / 4 END AS x, i % 2 = 0 AS even
FROM range(5000) AS r(i) ORDER BY i`;
            const sizes: number[] = [];
            await session.eachChunk(sql, (columns) => sizes.push(columns.rowCount));
            expect(sizes).toEqual([2048, 2048, 904]);
            const rows: Row[] = await session.all(sql);
            expect(rows).toHaveLength(5000);
            expect(rows[0]).toEqual({ i: 0, t: 'ключ-0', x: null, even: true });
            expect(rows[2048]).toEqual({ i: 2048, t: 'ключ-2048', x: 512, even: true });
            expect(rows[4999]).toEqual({ i: 4999, t: 'ключ-4999', x: 1249.75, even: false });
            expect(rows.every((row, i) => row.i === i && row.t === `ключ-${i}`)).toBe(true);
        } finally {
            session.close();
        }
    });

    it('reads a column once, however often it is asked for', async () => {
        const session = await DuckDbSession.open();
        try {
            await session.eachChunk('SELECT 1 AS a, 2 AS b', (columns, names) => {
                expect(names).toEqual(['a', 'b']);
                expect(columns.column(1)).toBe(columns.column(1));
                expect(columns.column(0)).toEqual([1]);
            });
        } finally {
            session.close();
        }
    });

    it('bounds DuckDB\'s memory, spilling to a folder of its own that close removes', async () => {
        const session = await DuckDbSession.open();
        const folder = session.spillFolder;
        try {
            expect(existsSync(folder)).toBe(true);
            const [setting] = await session.all(`SELECT current_setting('memory_limit') AS limit, current_setting('temp_directory') AS dir`);
            expect(String(setting!.dir)).toBe(folder);
            // half of this machine's memory, in whole gigabytes (DuckDB shows it in GiB)
            const gb = Math.max(1, Math.floor(totalmem() / 2 ** 30 / 2));
            expect(memoryLimit(undefined)).toBe(`${gb}GB`);
            expect(parseFloat(String(setting!.limit))).toBeCloseTo(gb * 1e9 / 2 ** 30, 0);
        } finally {
            session.close();
        }
        expect(existsSync(folder)).toBe(false);
    });

    it('takes the memory limit from KAIDAH_DUCKDB_MEMORY when it is a size, else half the machine', () => {
        const half = `${Math.max(1, Math.floor(totalmem() / 2 ** 30 / 2))}GB`;
        expect(memoryLimit('8GB')).toBe('8GB');
        expect(memoryLimit(' 1500 mb ')).toBe('1500MB');
        expect(memoryLimit('2.5GB')).toBe('2.5GB');
        expect(memoryLimit('lots')).toBe(half);
        expect(memoryLimit('')).toBe(half);
        expect(memoryLimit(undefined)).toBe(half);
    });

    it('tells an out-of-memory failure from any other DuckDB error', () => {
        expect(isOutOfMemory(new Error('Out of Memory Error: failed to pin block of size 256.0 KiB (953.5 MiB/953.6 MiB used)'))).toBe(true);
        expect(isOutOfMemory(new Error('Failed to append: could not allocate block of size 32.0 KiB (964.0 KiB/976.5 KiB used)'))).toBe(true);
        expect(isOutOfMemory(new Error('Binder Error: column "x" not found'))).toBe(false);
        expect(isOutOfMemory('Out of Memory Error')).toBe(false);
    });
});
