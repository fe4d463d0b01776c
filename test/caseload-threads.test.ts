/**
 * Worker threads change nothing: a caseload read by two workers (`threads: 3`, the main one counted), its file cut into ranges of a few
 * bytes (so that a range starts inside quoted fields with line breaks, and on blank lines), gives the
 * same decisions, explanations, rejects, counts, summaries and errors, in the same order, as one
 * thread — duplicates, conflicting repeats (a decision taken back, the caseload read again), byte
 * order marks and rows that do not read included; the CSV lines of a decisions file made by the
 * workers are the bytes this thread makes. In process, through the built CLI package (the
 * workers run its compiled script), and end to end through `kaidah run`, every output file compared.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../packages/engine/src/index.js';
import { compileRules } from '../packages/cli/src/commands/shared/rules.js';
import { evaluateCaseload } from '../packages/cli/dist/caseload/evaluate-caseload.js';
import { openHouseholdSource, type HouseholdSource } from '../packages/cli/dist/data/household-source.js';
import { CsvDecisionLines, type DecisionLineFormat } from '../packages/cli/dist/output/csv-decision-lines.js';
import { DecisionRows } from '../packages/cli/dist/output/decision-row.js';
import { dirtyRow } from './support/dirty-rows.js';
import { fixturesDir, kaidah } from './support/run-cli.js';

const differential = path.join(fixturesDir, 'engines/differential.kaidah');
const HEADER = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';
const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-threads-'));

let plan: Plan;
beforeAll(async () => {
    plan = (await compileRules(differential, undefined, 'en'))!;
    expect(plan).toBeDefined();
});

/** A row of the differential schema, sometimes with its sub-district a quoted field holding a line break and a quote. */
const row = fc.tuple(dirtyRow, fc.nat({ max: 5 })).map(([line, quoting]) => {
    if (quoting > 1) return line;
    const cells = line.split(';');
    cells[2] = quoting === 0 ? `"${cells[2]}\nutara ""lama"""` : `"${cells[2]};\n\n"`;
    return cells.join(';');
});

const file = fc.record({
    rows: fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: fc.constantFrom('', ';;;;;;;;;;', '  ') }), { minLength: 1, maxLength: 50 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    unclosed: fc.nat({ max: 9 }),
    rangeBytes: fc.integer({ min: 1, max: 300 }),
    // decisions as the lines of a CSV file: the workers make those of the households decided at once
    lines: fc.option(fc.record({
        columns: fc.record({ subdistrict: fc.boolean(), facilitator: fc.boolean() }),
        style: fc.constantFrom('plain' as const, 'excel' as const),
        masked: fc.boolean(),
    }), { nil: undefined }),
});

function writeFile(name: string, f: { rows: string[]; bom: boolean; crlf: boolean; unclosed: number }): string {
    const lines = [`${f.bom ? '\uFEFF' : ''}${HEADER}`, ...f.rows];
    // now and then a quote opened and never closed: the file cannot be read on from there
    if (f.unclosed === 0) lines.push('3513000099;"Kabupaten Probolinggo;Leces');
    const at = path.join(dir, name);
    writeFileSync(at, lines.join(f.crlf ? '\r\n' : '\n') + (f.unclosed === 0 ? '' : '\n'));
    return at;
}

/** Everything a run hands over, in order, and its outcome (or error). */
async function evaluate(at: string, threads: number, rangeBytes: number, maxRejects?: number, lines?: DecisionLineFormat) {
    const events: string[] = [];
    const source = openHouseholdSource(at, {}) as HouseholdSource;
    const csv = lines === undefined ? undefined : { lines: new CsvDecisionLines(lines), rows: new DecisionRows(plan) };
    try {
        const outcome = await evaluateCaseload({
            plan, source, file: 'households.csv', lang: 'en', threads, rangeBytes,
            ...(maxRejects === undefined ? {} : { maxRejects }),
            onDecision: (result, status, explanation) => {
                const values = result.values;
                if (csv !== undefined) events.push(`line|${csv.lines.line(csv.rows.of(result, status, explanation))}`);
                else events.push(['decision', result.key, result.district, values[2], values[3], result.benefit, result.category ?? '', status.status, status.rank ?? '', status.of ?? '', explanation].join('|'));
            },
            ...(lines === undefined ? {} : {
                decisionLines: { format: lines, write: (bytes, start, end) => events.push(`line|${Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8')}`) },
            }),
            onReject: (reject) => events.push(['reject', reject.file, reject.row, reject.column, reject.value, reject.reason].join('|')),
            onRestart: () => {
                events.push('restart');
            },
        });
        if (!outcome.ok) return { events, outcome, threads: 1 };
        const { counts, allocation, benefitDistribution, selected } = outcome;
        const statuses = Array.from({ length: selected.candidates }, (_, c) => JSON.stringify(selected.statusOf(c)));
        return { events, outcome: JSON.stringify({ counts, allocation, benefitDistribution, statuses }), threads: outcome.threads };
    } catch (error) {
        return { events, outcome: `error: ${(error as Error).message.split(dir).join('DIR')}`, threads: 0 };
    }
}

describe('a caseload read by worker threads', () => {
    it('hands over the same as one thread, in the same order, on generated dirty files (fast-check)', async () => {
        let threaded = 0;
        await fc.assert(fc.asyncProperty(file, async (f) => {
            const at = writeFile('households.csv', f);
            const one = await evaluate(at, 1, f.rangeBytes, undefined, f.lines);
            const two = await evaluate(at, 3, f.rangeBytes, undefined, f.lines);
            expect(two.outcome).toEqual(one.outcome);
            expect(two.events).toEqual(one.events);
            expect(one.threads).not.toBe(2);
            if (two.threads === 3) threaded++;
        }), { numRuns: 60 });
        // most generated files are long enough to be cut into ranges (about 36 of 60; 20 leaves room for chance)
        expect(threaded).toBeGreaterThan(20);
    }, 240_000);

    it('stops at the same row when too many rows are rejected', async () => {
        const rows = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `35130001${i};Kabupaten Probolinggo;Leces;PDP-A;dua;0;1;85%;ya;3;01/03/2015` : `35130001${i};Kabupaten Probolinggo;Leces;PDP-A;1;0;Rp 1.500.000;85%;ya;3;01/03/2015`));
        const at = writeFile('rejects.csv', { rows, bom: false, crlf: false, unclosed: 1 });
        const one = await evaluate(at, 1, 50, 5);
        const two = await evaluate(at, 3, 50, 5);
        expect((one.outcome as { problem: string }).problem).toBe('too-many-rejects');
        expect(two).toEqual(one);
    });

    it('reads a quoted field with line breaks that spans the cut between two ranges', async () => {
        const rows = [
            '3513000001;Kabupaten Probolinggo;"Leces',
            'utara',
            'selatan";PDP-A;1;0;Rp 1.500.000;85%;ya;3;01/03/2015',
            '3513000002;Kabupaten Probolinggo;Dringu;PDP-B;0;0;Rp 2.500.000;85%;ya;3;01/03/2015',
        ];
        const at = writeFile('quoted.csv', { rows, bom: true, crlf: false, unclosed: 1 });
        // every cut from the first byte to the last lands somewhere in that field or after it
        for (let rangeBytes = 3; rangeBytes < 60; rangeBytes += 7) {
            const one = await evaluate(at, 1, rangeBytes);
            const two = await evaluate(at, 3, rangeBytes);
            expect(two.threads).toBe(3);
            expect(two).toEqual({ ...one, threads: 3 });
            expect(two.events.join('\n')).toContain('Leces\nutara\nselatan');
        }
    });
});

describe('kaidah run --threads 3: every output file the same as --threads 1', () => {
    const outputsOf = (data: string, threads: string, extra: string[]) => {
        const out = mkdtempSync(path.join(tmpdir(), 'kaidah-threads-run-'));
        const result = kaidah([
            'run', differential, '--data', data, '--threads', threads,
            '--out', path.join(out, 'decisions.csv'), '--worklists', path.join(out, 'worklists'), '--report', path.join(out, 'report.html'), ...extra,
        ], { env: { KAIDAH_TEST_RANGE_BYTES: '37' } });
        const files: Record<string, string> = {};
        const walk = (folder: string) => {
            for (const name of readdirSync(folder, { withFileTypes: true })) {
                const full = path.join(folder, name.name);
                if (name.isDirectory()) walk(full);
                else files[path.relative(out, full)] = readFileSync(full, 'utf8').split(out).join('OUT');
            }
        };
        if (existsSync(out)) walk(out);
        return { status: result.status, stdout: result.stdout.split(out).join('OUT'), stderr: result.stderr.split(out).join('OUT'), files };
    };

    for (const [name, extra] of [['English', []], ['Indonesian, Excel CSV, summary as JSON, NIK masked', ['--lang', 'id', '--format', 'json', '--mask']]] as const) {
        it(name, () => {
            const valid = '3513000050;Kabupaten Probolinggo;Leces;PDP-A;1;0;Rp 1.500.000;85%;ya;3;01/03/2015';
            const rows = [valid, ...fc.sample(row, { seed: 13, numRuns: 120 }), valid, valid.replace('50', '51'), valid.replace('50', '51').replace('Rp 1.500.000', 'Rp 1.600.000'), valid.replace('3513000050', '3513040101800001')];
            const at = writeFile(`cli-${extra.length}.csv`, { rows, bom: true, crlf: true, unclosed: 1 });
            const one = outputsOf(at, '1', [...extra]);
            const two = outputsOf(at, '3', [...extra]);
            expect(one.status).toBe(0);
            expect(Object.keys(one.files)).toEqual(expect.arrayContaining(['decisions.csv', 'decisions.rejects.csv', 'report.html']));
            if (extra.length === 0) expect(one.files['decisions.rejects.csv']).toMatch(/duplicate of row[^]*with different data|with different data[^]*duplicate of row/);
            if (extra.length > 0) expect(one.files['decisions.csv']).toContain('3513********0001');
            expect(two).toEqual(one);
        }, 60_000);
    }

    it('refuses --threads that is not a whole number from 1', () => {
        const result = kaidah(['run', differential, '--data', path.join(dir, 'quoted.csv'), '--threads', '0']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('--threads 0: write a whole number from 1');
    });
});
