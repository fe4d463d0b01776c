/**
 * District-scoped rules decide alike in the JS engine and DuckDB (`--engine duckdb`): a district's
 * own value of a national constant (and the constants defined from it), its own constants, values
 * and graduation categories (tried after the national ones, ranked, with targets), and its adapted
 * conditions — on Jember's example and on random district-scoped rule files (fast-check) over
 * dirty generated caseloads. The same decisions file byte for byte, the same rejects and summary.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirtyRow } from './support/dirty-rows.js';
import { jemberSample, scopedRules } from './support/scoped-rules.js';
import { examplesDir, kaidah } from './support/run-cli.js';

interface Side { status: number | null; stdout: string; stderr: string; decisions?: string; rejects?: string }

function run(rules: string, data: string, engine: string[]): Side {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-engines-districts-'));
    const out = path.join(dir, 'decisions.csv');
    const result = kaidah(['run', rules, '--data', data, '--out', out, ...engine]);
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    const clean = (text: string) => text.split(dir).join('DIR');
    return { status: result.status, stdout: clean(result.stdout), stderr: clean(result.stderr), decisions: read(out), rejects: read(path.join(dir, 'decisions.rejects.csv')) };
}

function expectSame(rules: string, data: string): Side {
    const js = run(rules, data, []);
    const duckdb = run(rules, data, ['--engine', 'duckdb']);
    expect(duckdb.stderr).toBe(js.stderr);
    expect(duckdb.status).toBe(js.status);
    expect(duckdb.stdout).toBe(js.stdout);
    expect(duckdb.rejects).toBe(js.rejects);
    expect(duckdb.decisions).toBe(js.decisions);
    return js;
}

function scratch(name: string, text: string): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-engines-districts-data-')), name);
    writeFileSync(file, text);
    return file;
}

describe('district-scoped rules in DuckDB', () => {
    it("jember.kaidah: Jember's poverty line and its own category, as the JS engine decides", () => {
        const js = expectSame(path.join(examplesDir, 'jember.kaidah'), scratch('households.csv', jemberSample()));
        expect(js.status).toBe(0);
        // Jember's own category is reached (5 households of the sample, its target 100) and summarised in Jember only
        expect(js.decisions!.match(/,graduasi_mampu,/g)?.length).toBe(5);
        expect(js.stdout).toMatch(/Graduasi Mampu \(Jember\) +│ +100 │ +5 │ +5 │/);
    }, 120_000);

    it('random district-scoped rule files on generated caseloads', () => {
        const header = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';
        fc.assert(fc.property(scopedRules, fc.array(dirtyRow, { minLength: 1, maxLength: 60 }), (rules, rows) => {
            const file = scratch('rules.kaidah', rules);
            const js = expectSame(file, scratch('households.csv', [header, ...rows].join('\r\n') + '\r\n'));
            expect(js.stderr).not.toMatch(/error KDH|nothing was run/); // the generated rules compile
        }), { numRuns: 10 });
    }, 400_000);
});
