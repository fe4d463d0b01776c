/**
 * One connection to PostgreSQL for one command: statements run in order, results read as plain JS
 * values (BIGINT and NUMERIC as numbers, as the DuckDB session gives them: counts and row numbers
 * stay far below 2^53). Large results are read through a cursor, a few thousand rows at a time, so
 * memory does not grow with the caseload.
 *
 * Where to connect comes from the URL, else from the usual PG* variables (PGHOST, PGUSER,
 * PGPASSWORD, PGDATABASE…), which node-postgres reads itself. The password is never shown: every
 * error leaving this file has it taken out (`PostgresError`).
 */
import pg from 'pg';
import { redactPassword } from './redact.js';

export type Row = Record<string, string | number | boolean | null>;

const INT8 = 20;
const NUMERIC = 1700;
const FETCH_ROWS = 5000;

/** A failure of the database, its text free of the password. */
export class PostgresError extends Error {
    /** `framed`: the message is already a whole sentence of ours (not the database's own words). */
    constructor(message: string, readonly code?: string, readonly framed = false) {
        super(message);
    }
}

const types = {
    getTypeParser: (oid: number, format?: string) => {
        if (oid === INT8 || oid === NUMERIC) return (text: string) => Number(text);
        return pg.types.getTypeParser(oid, format as 'text');
    },
};

export class PostgresSession {
    private cursors = 0;

    private constructor(private readonly client: pg.Client, private readonly secrets: string[]) {}

    /** Connects to `url` (`postgresql://…`), or, when empty, where the PG* variables say. */
    static async open(url: string | undefined): Promise<PostgresSession> {
        const secrets = secretsOf(url);
        const client = new pg.Client({ ...(url ? { connectionString: url } : {}), types });
        // a lost connection is reported by the query it breaks; an unhandled 'error' would end the process
        client.on('error', () => {});
        try {
            await client.connect();
        } catch (error) {
            await client.end().catch(() => {});
            throw asPostgresError(error, secrets);
        }
        return new PostgresSession(client, secrets);
    }

    async run(sql: string, values: unknown[] = []): Promise<void> {
        await this.query(sql, values);
    }

    async all(sql: string, values: unknown[] = []): Promise<Row[]> {
        return (await this.query(sql, values)).rows as Row[];
    }

    /** The column names of a query's result, in order, without reading a row. */
    async columns(sql: string): Promise<string[]> {
        return (await this.query(`SELECT * FROM (${sql}) AS q LIMIT 0`)).fields.map((f) => f.name);
    }

    /** Every row of `sql`, one at a time, read through a cursor (inside the open transaction). */
    async each(sql: string, onRow: (row: Row) => void): Promise<void> {
        const cursor = `kaidah_cursor_${++this.cursors}`;
        await this.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`);
        for (;;) {
            const rows = (await this.query(`FETCH ${FETCH_ROWS} FROM ${cursor}`)).rows as Row[];
            for (const row of rows) onRow(row);
            if (rows.length < FETCH_ROWS) break;
        }
        await this.query(`CLOSE ${cursor}`);
    }

    async close(): Promise<void> {
        await this.client.end().catch(() => {});
    }

    private async query(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
        try {
            return await this.client.query({ text: sql, values, rowMode: undefined } as pg.QueryConfig);
        } catch (error) {
            throw asPostgresError(error, this.secrets);
        }
    }
}

/** The password in the URL and in PGPASSWORD: what must never be printed. */
function secretsOf(url: string | undefined): string[] {
    const secrets: string[] = [];
    if (process.env.PGPASSWORD) secrets.push(process.env.PGPASSWORD);
    if (url) {
        try {
            const password = new URL(url).password;
            if (password) secrets.push(password, decodeURIComponent(password));
        } catch {
            // not a URL node can parse: node-postgres says why; the whole URL is redacted below
        }
    }
    return secrets;
}

function asPostgresError(error: unknown, secrets: string[]): PostgresError {
    const message = error instanceof Error ? error.message : String(error);
    const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
    return new PostgresError(redactPassword(message, secrets), code);
}
