/**
 * One in-memory DuckDB for one run: statements run in order, results read a chunk at a time as
 * plain JS values (BIGINT as number: counts and row numbers stay far below 2^53).
 */
// Loaded only when the DuckDB engine runs: every other command starts without it, and the CLI
// bundled in the VS Code extension (which leaves DuckDB's native binary out) still starts.
import type { DuckDBInstance, DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, string | number | boolean | null>;

function plain(value: DuckDBValue): string | number | boolean | null {
    if (typeof value === 'bigint') return Number(value);
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return String(value);
}

export class DuckDbSession {
    private constructor(private readonly instance: DuckDBInstance, readonly connection: DuckDBConnection) {}

    static async open(): Promise<DuckDbSession> {
        // no extension is ever fetched: everything the engine needs is built into DuckDB
        const { DuckDBInstance } = await import('@duckdb/node-api');
        const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
        return new DuckDbSession(instance, await instance.connect());
    }

    async run(sql: string): Promise<void> {
        await this.connection.run(sql);
    }

    /** Every row of `sql`, handed over one at a time as an object of plain values. */
    async each(sql: string, onRow: (row: Row) => void): Promise<void> {
        const result = await this.connection.stream(sql);
        const names = result.columnNames();
        for (;;) {
            const chunk = await result.fetchChunk();
            if (chunk === null || chunk.rowCount === 0) break;
            for (const values of chunk.getRows()) {
                const row: Row = {};
                for (let i = 0; i < names.length; i++) row[names[i]!] = plain(values[i]!);
                onRow(row);
            }
        }
    }

    async all(sql: string): Promise<Row[]> {
        const rows: Row[] = [];
        await this.each(sql, (row) => rows.push(row));
        return rows;
    }

    close(): void {
        this.connection.closeSync();
        this.instance.closeSync();
    }
}
