/**
 * A PostgreSQL server of the tests' own (postgres-cluster.mjs: a new cluster on a Unix socket in a
 * temporary folder, shared with the benchmark), with a database `kaidah`, a client to query it and
 * load CSV text into it; stopped and removed afterwards.
 *
 * Without PostgreSQL the tests skip, saying why; with KAIDAH_REQUIRE_POSTGRES=1 (CI) they fail.
 */
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { startCluster } from './postgres-cluster.mjs';

export interface PostgresServer {
    /** `postgresql://kaidah@/kaidah?host=<socket folder>`: no password, the socket alone. */
    url: string;
    /** Runs SQL and gives the rows. */
    query(sql: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
    /** Makes `table` (maybe `schema.table`) of text columns named as the CSV's header, holding its rows. */
    loadCsv(table: string, csv: string): Promise<void>;
    stop(): void;
}

export { postgresMissing } from './postgres-cluster.mjs';

export async function startPostgres(): Promise<PostgresServer> {
    const { folder, url: urlOf, stop } = startCluster();
    try {
        const admin = new pg.Client({ host: folder, user: 'kaidah', database: 'postgres' });
        await admin.connect();
        await admin.query('CREATE DATABASE kaidah');
        await admin.end();
    } catch (error) {
        stop();
        throw error;
    }
    const url = urlOf('kaidah');
    const query = async (sql: string, values: unknown[] = []) => {
        const client = new pg.Client({ host: folder, user: 'kaidah', database: 'kaidah' });
        await client.connect();
        try {
            return (await client.query(sql, values)).rows as Record<string, unknown>[];
        } finally {
            await client.end();
        }
    };
    return { url, query, stop, loadCsv: (table, csv) => loadCsv(query, table, csv) };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The CSV text as a table of text columns, row for row in the file's order (the rows must have the
 * header's shape: a database table has no ragged rows). Blank rows are left out, as Kaidah reads.
 */
async function loadCsv(query: PostgresServer['query'], table: string, csv: string): Promise<void> {
    const delimiter = /^[^\n]*;/.test(csv) ? ';' : ',';
    const records = parse(csv.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true }) as string[][];
    const [header, ...rows] = records;
    const name = table.split('.').map(quote).join('.');
    await query(`DROP TABLE IF EXISTS ${name}`);
    await query(`CREATE TABLE ${name} (${header!.map((h) => `${quote(h)} TEXT`).join(', ')})`);
    const kept = rows.filter((r) => r.some((f) => f.trim() !== ''));
    const width = header!.length;
    const batch = Math.max(1, Math.floor(30000 / width));
    for (let i = 0; i < kept.length; i += batch) {
        const slice = kept.slice(i, i + batch);
        const values: unknown[] = [];
        const tuples = slice.map((r) => `(${Array.from({ length: width }, (_, j) => {
            values.push(r[j] ?? '');
            return `$${values.length}`;
        }).join(', ')})`);
        await query(`INSERT INTO ${name} VALUES ${tuples.join(', ')}`, values);
    }
}
