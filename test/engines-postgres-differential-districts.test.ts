/**
 * District-scoped rules decide alike in the three engines: the JS engine (the reference), DuckDB
 * (`--engine duckdb`) and PostgreSQL (`--database`) — on Jember's example and on random
 * district-scoped rule files (fast-check: own values of national constants, own constants, values
 * and categories, adapted conditions) over generated caseloads. Same decisions file (explanations
 * included), same rejects, same summary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirtyRow } from './support/dirty-rows.js';
import { jemberSample, scopedRules } from './support/scoped-rules.js';
import { examplesDir } from './support/run-cli.js';
import { runSide, type Side } from './support/engine-side.js';
import { postgresMissing, startPostgres, type PostgresServer } from './support/postgres-server.js';

const missing = postgresMissing();
if (missing !== undefined && process.env.KAIDAH_REQUIRE_POSTGRES) throw new Error(missing);

describe.skipIf(missing !== undefined)(`district-scoped rules in JS, DuckDB and PostgreSQL${missing === undefined ? '' : ` (skipped: ${missing})`}`, () => {
    let server: PostgresServer;
    let tables = 0;
    beforeAll(async () => {
        server = await startPostgres();
    }, 120_000);
    afterAll(() => server?.stop());


    async function expectSame(rules: string, csv: string): Promise<Side> {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-engines3d-data-')), 'households.csv');
        writeFileSync(file, csv);
        const table = `households_${++tables}`;
        await server.loadCsv(table, csv);
        const shown = path.relative(process.cwd(), file);
        const js = runSide(['run', rules, '--data', file], shown);
        for (const engine of [runSide(['run', rules, '--database', server.url, '--table', table], table), runSide(['run', rules, '--data', file, '--engine', 'duckdb'], shown)]) {
            expect(engine.stderr).toBe(js.stderr);
            expect(engine.status).toBe(js.status);
            expect(engine.stdout).toBe(js.stdout);
            expect(engine.rejects).toBe(js.rejects);
            expect(engine.decisions).toBe(js.decisions);
        }
        return js;
    }

    it("jember.kaidah: Jember's poverty line and its own category", async () => {
        const js = await expectSame(path.join(examplesDir, 'jember.kaidah'), jemberSample());
        expect(js.status).toBe(0);
        expect(js.decisions!.match(/,graduasi_mampu,/g)?.length).toBe(5);
    }, 240_000);

    // a row that is not blank: a table holds no blank rows, a file may
    const row = dirtyRow.filter((line) => line.replace(/[;\s]/g, '') !== '');
    const header = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';

    it('random district-scoped rule files on generated caseloads', async () => {
        await fc.assert(fc.asyncProperty(scopedRules, fc.array(row, { minLength: 1, maxLength: 60 }), async (rules, rows) => {
            const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-engines3d-rules-')), 'rules.kaidah');
            writeFileSync(file, rules);
            const js = await expectSame(file, `${[header, ...rows].join('\r\n')}\r\n`);
            expect(js.stderr).not.toMatch(/error KDH|nothing was run/); // the generated rules compile
        }), { numRuns: 3 });
    }, 900_000);
});
