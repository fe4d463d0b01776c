/**
 * `--database`: the caseload decided inside a real PostgreSQL (Debian's package, a server of the
 * tests' own on a socket in a temporary folder). The JS engine is the reference: the decisions and
 * rejects files, the summary and the traces must be the same, byte for byte, apart from the name
 * of the data (a file there, a table here). Without PostgreSQL the tests skip, saying why; CI sets
 * KAIDAH_REQUIRE_POSTGRES=1 and fails instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, kaidah, repoRoot } from './support/run-cli.js';
import { postgresMissing, startPostgres, type PostgresServer } from './support/postgres-server.js';

const missing = postgresMissing();
if (missing !== undefined && process.env.KAIDAH_REQUIRE_POSTGRES) throw new Error(missing);
const sample = path.join(examplesDir, 'data/households-sample.csv');
const rules = path.join(examplesDir, 'field-reports.kaidah');
const relativeSample = path.relative(repoRoot, sample);

describe.skipIf(missing !== undefined)(`kaidah --database${missing === undefined ? '' : ` (skipped: ${missing})`}`, () => {
    let server: PostgresServer;
    beforeAll(async () => {
        server = await startPostgres();
        await server.loadCsv('households', readFileSync(sample, 'utf8'));
        await server.query('CREATE SCHEMA dinsos');
        await server.loadCsv('dinsos.households', readFileSync(sample, 'utf8'));
    }, 120_000);
    const outputDirs: string[] = [];
    afterAll(() => {
        server?.stop();
        for (const dir of outputDirs) rmSync(dir, { recursive: true, force: true });
    });

    const outputs = (args: string[]) => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-pg-out-'));
        outputDirs.push(dir);
        const out = path.join(dir, 'decisions.csv');
        const result = kaidah([...args, '--out', out]);
        const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
        return { ...result, stdout: result.stdout.split(dir).join('DIR'), decisions: read(out), rejects: read(path.join(dir, 'decisions.rejects.csv')) };
    };

    it('run: the same decisions, explanations and summary as the JS engine, and the decisions stored in a table', async () => {
        const js = outputs(['run', rules, '--data', sample]);
        const pg = outputs(['run', rules, '--database', server.url, '--table', 'households']);
        expect(pg.stderr).toBe('');
        expect(pg.status).toBe(0);
        expect(pg.decisions).toBe(js.decisions);
        expect(pg.stdout).toContain('Decisions of 3.000 households stored in the table "kaidah_decisions" of the database');
        expect(pg.stdout.split('\n').filter((l) => !l.startsWith('Decisions of ')).join('\n')).toBe(js.stdout);
        // the table holds what the file holds: 769 proposed (the summary's figure), 2.231 staying
        const counts = await server.query('SELECT status, count(*)::int AS n FROM kaidah_decisions GROUP BY status ORDER BY status');
        expect(counts).toEqual([{ status: 'proposed', n: 769 }, { status: 'stays', n: 2231 }]);
        const [first] = await server.query('SELECT * FROM kaidah_decisions ORDER BY "row" LIMIT 1');
        expect(first).toMatchObject({ row: '2', household: '3513000000000001', district: 'Kabupaten Probolinggo', subdistrict: 'Leces', status: 'stays' });
    }, 60_000);

    it('run without --out: nothing fetched, the table replaced whole; --into a schema-qualified table', async () => {
        const first = kaidah(['run', rules, '--database', server.url, '--table', 'dinsos.households', '--into', 'dinsos.Keputusan 2024']);
        expect(first.stderr).toBe('');
        expect(first.stdout).toContain('stored in the table "dinsos"."Keputusan 2024"');
        const again = kaidah(['run', rules, '--database', server.url, '--table', 'dinsos.households', '--into', 'dinsos.Keputusan 2024', '--lang', 'id']);
        expect(again.stdout).toContain('Keputusan 3.000 KPM disimpan di tabel "dinsos"."Keputusan 2024"');
        const [row] = await server.query('SELECT count(*)::int AS n FROM dinsos."Keputusan 2024"');
        expect(row!.n).toBe(3000);
        // no table is left behind from building the new one
        const tables = await server.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'dinsos' ORDER BY table_name");
        expect(tables.map((t) => t.table_name)).toEqual(['Keputusan 2024', 'households']);
    }, 60_000);

    it('a table without a column the rules read: named, as for a file', async () => {
        await server.query('CREATE TABLE IF NOT EXISTS short_table (no_peserta text, kabupaten text)');
        const result = kaidah(['run', rules, '--database', server.url, '--table', 'short_table']);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/: the data has no column for .*subdistrict \("kecamatan"\).* Columns found: no_peserta, kabupaten\./);
    });

    it('never replaces a table Kaidah did not make, nor the households table', async () => {
        await server.query('CREATE TABLE IF NOT EXISTS budget (amount int)');
        const refused = kaidah(['run', rules, '--database', server.url, '--table', 'households', '--into', 'budget']);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain('The table "budget" exists and was not made by Kaidah');
        expect(await server.query('SELECT * FROM budget')).toEqual([]);
        const same = kaidah(['run', rules, '--database', server.url, '--table', 'households', '--into', 'households']);
        expect(same.status).toBe(2);
        expect(same.stderr).toContain('--into names the households table itself');
    }, 60_000);

    it('explain: the one household traced as the JS engine traces it', () => {
        for (const id of ['3513000000000001', '3513000000000049']) {
            const js = kaidah(['explain', rules, '--data', sample, '--id', id]);
            const pg = kaidah(['explain', rules, '--database', server.url, '--table', 'households', '--id', id]);
            expect(pg.status).toBe(0);
            expect(pg.stdout).toBe(js.stdout.split(relativeSample).join('households'));
        }
        const absent = kaidah(['explain', rules, '--database', server.url, '--table', 'households', '--id', 'NOPE']);
        expect(absent.status).toBe(1);
    }, 60_000);

    it('diff: the same impact as on the file', () => {
        const other = path.join(examplesDir, 'pringsewu.kaidah');
        const js = kaidah(['diff', rules, other, '--data', sample, '--limit', '40']);
        const pg = kaidah(['diff', rules, other, '--database', server.url, '--table', 'households', '--limit', '40']);
        expect(pg.stderr).toBe('');
        expect(pg.stdout).toContain('3.000 households compared: 2.817 moved.');
        expect(pg.stdout).toBe(js.stdout.replace(`data ${relativeSample}.`, 'data households.'));
    }, 60_000);

    it('a password in the URL is never printed', () => {
        const wrong = server.url.replace('kaidah@', 'kaidah:Rahasia-Dinsos-99@').replace('/kaidah?', '/tidak_ada?');
        const result = kaidah(['run', rules, '--database', wrong, '--table', 'households']);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('Could not connect to the database postgresql://kaidah:***@/tidak_ada');
        expect(result.stderr).toContain('"tidak_ada" does not exist');
        expect(result.stdout + result.stderr).not.toContain('Rahasia-Dinsos-99');
        const unreachable = kaidah(['run', rules, '--database', 'postgresql://petugas:Rahasia-Dinsos-99@host.invalid/pkh', '--table', 'households']);
        expect(unreachable.stderr).toContain('postgresql://petugas:***@host.invalid/pkh');
        expect(unreachable.stdout + unreachable.stderr).not.toContain('Rahasia-Dinsos-99');
    }, 60_000);

    it('usage: --table names a table, goes with --database, and --database goes without --data', () => {
        expect(kaidah(['run', rules, '--database', server.url]).stderr).toContain('--database needs --table');
        expect(kaidah(['run', rules, '--data', sample, '--table', 'households']).stderr).toContain('--table goes with --database');
        expect(kaidah(['run', rules, '--database', server.url, '--table', 'a.b.c']).stderr).toContain('"a.b.c" is not a table name');
        const both = kaidah(['run', rules, '--data', sample, '--database', server.url, '--table', 'households']);
        expect(both.status).toBe(2);
        expect(both.stderr).toContain('--database does not work with --data');
        const missingTable = kaidah(['run', rules, '--database', server.url, '--table', 'Households']);
        expect(missingTable.stderr).toContain('The database has no table "Households"');
    }, 60_000);
});

