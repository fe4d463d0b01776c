/**
 * One in-memory DuckDB for one run (its memory bounded, the rest spilled to a temporary folder
 * removed on close): statements run in order, results read a chunk at a time as
 * plain JS values (BIGINT as number: counts and row numbers stay far below 2^53).
 */
// Loaded only when the DuckDB engine runs: every other command starts without it, and the CLI
// bundled in the VS Code extension (which leaves DuckDB's native binary out) still starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import type { DuckDBInstance, DuckDBConnection, DuckDBDataChunk, DuckDBValue, DuckDBVector } from '@duckdb/node-api';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

function plain(value: DuckDBValue): Cell {
    if (typeof value === 'bigint') return Number(value);
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return String(value);
}

/** One chunk of a result (at most 2048 rows), column by column. */
export interface Columns {
    readonly rowCount: number;
    /** Column `index`'s values, one per row, read from DuckDB's vector once. */
    column(index: number): Cell[];
    /** Column `index`'s vector, to read at once (chunk-vectors.ts). */
    vector(index: number): DuckDBVector;
}

function columnsOf(chunk: DuckDBDataChunk): Columns {
    const rowCount = chunk.rowCount;
    const read: Cell[][] = [];
    return {
        rowCount,
        column(index) {
            let values = read[index];
            if (values === undefined) {
                const vector = chunk.getColumnVector(index);
                values = new Array<Cell>(rowCount);
                for (let i = 0; i < rowCount; i++) values[i] = plain(vector.getItem(i));
                read[index] = values;
            }
            return values;
        },
        vector: (index) => chunk.getColumnVector(index),
    };
}

/**
 * What DuckDB may hold in memory: half of the machine's (at least 1 GB), or KAIDAH_DUCKDB_MEMORY
 * (`4GB`, `1500MB`). Past it, tables and sorts go to a folder of its own on disk; a fixed 1 GB
 * was too little for ten million households (some of DuckDB's work cannot spill).
 */
export function memoryLimit(setting = process.env.KAIDAH_DUCKDB_MEMORY): string {
    const given = setting?.trim().match(/^(\d+(?:\.\d+)?)\s*(MB|GB)$/i);
    if (given) return `${given[1]}${given[2]!.toUpperCase()}`;
    return `${Math.max(1, Math.floor(totalmem() / 2 ** 30 / 2))}GB`;
}

/** Whether DuckDB failed for want of memory (its messages vary with where it ran out). */
export function isOutOfMemory(error: unknown): boolean {
    return error instanceof Error && /Out of Memory Error|could not allocate block|failed to pin block/.test(error.message);
}

/** DuckDB ran out of the memory it was given: the user can give it more. */
export class DuckDbOutOfMemoryError extends Error {
    constructor(readonly limit: string) {
        super(`DuckDB needed more than ${limit}`);
    }
}

export class DuckDbSession {
    private constructor(private readonly instance: DuckDBInstance, readonly connection: DuckDBConnection, readonly spillFolder: string,
        readonly memoryLimit: string) {}

    static async open(): Promise<DuckDbSession> {
        // no extension is ever fetched: everything the engine needs is built into DuckDB
        const { DuckDBInstance } = await import('@duckdb/node-api');
        const spill = mkdtempSync(path.join(tmpdir(), 'kaidah-duckdb-'));
        const limit = memoryLimit();
        try {
            const instance = await DuckDBInstance.create(':memory:', {
                autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', memory_limit: limit, temp_directory: spill,
            });
            return new DuckDbSession(instance, await instance.connect(), spill, limit);
        } catch (error) {
            rmSync(spill, { recursive: true, force: true });
            throw error;
        }
    }

    async run(sql: string): Promise<void> {
        await this.connection.run(sql);
    }

    /**
     * Every chunk of `sql`, column by column, with the result's column names: for the millions of
     * decided rows, where making an object of every row would cost more than the query itself. When
     * `onChunk` returns a promise, the chunk after next is asked for once it settles.
     */
    async eachChunk(sql: string, onChunk: (columns: Columns, names: readonly string[]) => unknown): Promise<void> {
        const result = await this.connection.stream(sql);
        const names = result.columnNames();
        // DuckDB makes the next chunk on its own thread while this one is read here
        let next = result.fetchChunk();
        for (;;) {
            const chunk = await next;
            if (chunk === null || chunk.rowCount === 0) break;
            next = result.fetchChunk();
            const handled = onChunk(columnsOf(chunk), names);
            if (handled instanceof Promise) await handled;
        }
    }

    /** Every row of `sql`, handed over one at a time as an object of plain values. */
    async each(sql: string, onRow: (row: Row) => void): Promise<void> {
        await this.eachChunk(sql, (columns, names) => {
            const values = names.map((_, i) => columns.column(i));
            for (let r = 0; r < columns.rowCount; r++) {
                const row: Row = {};
                for (let i = 0; i < names.length; i++) row[names[i]!] = values[i]![r]!;
                onRow(row);
            }
        });
    }

    async all(sql: string): Promise<Row[]> {
        const rows: Row[] = [];
        await this.each(sql, (row) => rows.push(row));
        return rows;
    }

    close(): void {
        try {
            this.connection.closeSync();
            this.instance.closeSync();
        } finally {
            rmSync(this.spillFolder, { recursive: true, force: true });
        }
    }
}
