/**
 * A PostgreSQL server of the tests' own, from Debian's `postgresql` package: a new cluster in a
 * temporary folder, listening only on a Unix socket in that folder (no TCP port, nothing shared
 * with another run), with a database `kaidah`; stopped and removed afterwards.
 *
 * PostgreSQL refuses to run as root: as root, the cluster belongs to an unprivileged user
 * (`postgres` when the package made it, else `nobody`) and its programs run as that user.
 *
 * Without PostgreSQL the tests skip, saying why; with KAIDAH_REQUIRE_POSTGRES=1 (CI) they fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';

export interface PostgresServer {
    /** `postgresql://kaidah@/kaidah?host=<socket folder>`: no password, the socket alone. */
    url: string;
    /** Runs SQL and gives the rows. */
    query(sql: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
    /** Makes `table` (maybe `schema.table`) of text columns named as the CSV's header, holding its rows. */
    loadCsv(table: string, csv: string): Promise<void>;
    stop(): void;
}

/** Where Debian puts the server's programs (the newest version), or undefined. */
function serverPrograms(): string | undefined {
    const root = '/usr/lib/postgresql';
    if (existsSync(root)) {
        const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl'))).sort((a, b) => Number(b) - Number(a));
        if (versions.length > 0) return path.join(root, versions[0]!, 'bin');
    }
    const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
    return found.status === 0 ? path.dirname(found.stdout.trim()) : undefined;
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
    if (serverPrograms() === undefined) return 'PostgreSQL is not installed (Debian: apt-get install postgresql); set KAIDAH_REQUIRE_POSTGRES=1 to make this a failure';
    return undefined;
}

/** The unprivileged user the cluster runs as when the tests run as root. */
function clusterUser(): string | undefined {
    if (userInfo().uid !== 0) return undefined;
    const known = spawnSync('id', ['-u', 'postgres']);
    return known.status === 0 ? 'postgres' : 'nobody';
}

function uidOf(user: string): { uid: number; gid: number } {
    return { uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })) };
}

export async function startPostgres(): Promise<PostgresServer> {
    const bin = serverPrograms();
    if (bin === undefined) throw new Error(postgresMissing());
    const folder = mkdtempSync(path.join(tmpdir(), 'kaidah-pg-'));
    const user = clusterUser();
    if (user !== undefined) {
        const { uid, gid } = uidOf(user);
        chownSync(folder, uid, gid);
    }
    chmodSync(folder, 0o700);
    const as = (program: string, args: string[]) => {
        const command = user === undefined ? [path.join(bin, program), ...args] : ['runuser', '-u', user, '--', path.join(bin, program), ...args];
        const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', cwd: folder });
        if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
    };
    const data = path.join(folder, 'data');
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'kaidah', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    as('pg_ctl', ['-D', data, '-l', path.join(folder, 'log'), '-w', '-o',
        `-c listen_addresses='' -c unix_socket_directories='${folder}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
    const stop = () => {
        try {
            as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    };
    try {
        const admin = new pg.Client({ host: folder, user: 'kaidah', database: 'postgres' });
        await admin.connect();
        await admin.query('CREATE DATABASE kaidah');
        await admin.end();
    } catch (error) {
        stop();
        throw error;
    }
    const url = `postgresql://kaidah@/kaidah?host=${encodeURIComponent(folder)}`;
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
