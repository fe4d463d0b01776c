/**
 * A title above the table changes nothing but the rows (fast-check): random title blocks (words,
 * header names among them, padded with separators as Excel pads them or bare, blank lines) above
 * random dirty caseloads give the decisions and explanations of the same table without its title,
 * and the same rejects on rows moved down by the title's lines — read by one thread or by workers
 * over ranges of a few bytes. In process, through the built CLI package (the workers run its
 * compiled script).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../packages/engine/src/index.js';
import { compileRules } from '../packages/cli/src/commands/shared/rules.js';
import { evaluateCaseload } from '../packages/cli/dist/caseload/evaluate-caseload.js';
import { openHouseholdSource, type HouseholdSource } from '../packages/cli/dist/data/household-source.js';
import { dirtyRow } from './support/dirty-rows.js';
import { fixturesDir } from './support/run-cli.js';

const differential = path.join(fixturesDir, 'engines/differential.kaidah');
const HEADER = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';
const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-title-property-'));

let plan: Plan;
beforeAll(async () => {
    plan = (await compileRules(differential, undefined, 'en'))!;
    expect(plan).toBeDefined();
});

// header names among the words: a title may name some columns, never all of them
const word = fc.constantFrom('DATA', 'KPM', 'PKH', 'KABUPATEN', 'PROBOLINGGO', 'Tahun', '2024', 'Dinas Sosial', 'no', 'kab', 'kec', 'Keadaan per 31/12/2024', 'Rp 1.500.000');
const titleLine = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([words, padded]) => words.join(' ') + (padded ? ';;;;;;;;;;' : '')) },
    { weight: 1, arbitrary: fc.array(word, { minLength: 2, maxLength: 3 }).map((words) => words.join(';')) },
    { weight: 1, arbitrary: fc.constantFrom('', ';;;;;;;;;;', '  ') },
);

const file = fc.record({
    title: fc.array(titleLine, { maxLength: 6 }),
    rows: fc.array(fc.oneof({ weight: 8, arbitrary: dirtyRow }, { weight: 1, arbitrary: fc.constantFrom('', ';;;;;;;;;;') }), { minLength: 1, maxLength: 40 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    threads: fc.constantFrom(1, 3),
    rangeBytes: fc.integer({ min: 1, max: 300 }),
});

/** Row numbers a reject's reason names (a repeat's rows), moved down by `lines`. */
function shiftReason(reason: string, lines: number): string {
    const shift = (numbers: string) => numbers.replace(/\d+/g, (row) => String(Number(row) + lines));
    return reason
        .replace(/^duplicate of row (\d+)$/, (_, row: string) => `duplicate of row ${shift(row)}`)
        .replace(/^row (\d+) and row (\d+) both/, (_, a: string, b: string) => `row ${shift(a)} and row ${shift(b)} both`)
        .replace(/^rows ([\d, and]+) all have/, (_, rows: string) => `rows ${shift(rows)} all have`);
}

/** What a run hands over, in order: decisions with their explanations, rejects with their rows moved up by `lines`. */
async function evaluate(at: string, threads: number, rangeBytes: number, lines: number) {
    const events: string[] = [];
    const source = openHouseholdSource(at, {}) as HouseholdSource;
    const outcome = await evaluateCaseload({
        plan, source, file: 'households.csv', lang: 'en', threads, rangeBytes,
        onDecision: (result, status, explanation) => {
            events.push(['decision', result.key, result.district, result.benefit, result.category ?? '', status.status, status.rank ?? '', status.of ?? '', explanation].join('|'));
        },
        onReject: (reject) => events.push(['reject', reject.row - lines, reject.column, reject.value, shiftReason(reject.reason, -lines)].join('|')),
    });
    if (!outcome.ok) return { events, outcome: JSON.stringify(outcome), header: undefined, threads: 1 };
    const { counts, allocation } = outcome;
    return { events, outcome: JSON.stringify({ counts, allocation }), header: outcome.header, threads: outcome.threads };
}

function write(name: string, lines: string[], f: { bom: boolean; crlf: boolean }): string {
    const at = path.join(dir, name);
    writeFileSync(at, (f.bom ? '\uFEFF' : '') + lines.join(f.crlf ? '\r\n' : '\n') + '\n');
    return at;
}

describe('a title above the table', () => {
    it('changes nothing but the rows, read by one thread or by workers (fast-check)', async () => {
        let titled = 0;
        let threaded = 0;
        await fc.assert(fc.asyncProperty(file, async (f) => {
            const plain = await evaluate(write('plain.csv', [HEADER, ...f.rows], f), 1, f.rangeBytes, 0);
            const lines = f.title.length;
            const withTitle = await evaluate(write('titled.csv', [...f.title, HEADER, ...f.rows], f), f.threads, f.rangeBytes, lines);
            expect(withTitle.events).toEqual(plain.events);
            expect(withTitle.outcome).toEqual(plain.outcome);
            // the title's records (its blank lines are no records) are passed over and said
            const passed = f.title.filter((line) => line.replace(/;/g, '').trim() !== '').length;
            expect(withTitle.header).toEqual(passed === 0 ? undefined : { row: lines + 1, skipped: passed });
            if (passed > 0) titled++;
            if (withTitle.threads === 3) threaded++;
        }), { numRuns: 60 });
        // most generated files have a title, and half are read by workers (about 30 of 60)
        expect(titled).toBeGreaterThan(20);
        expect(threaded).toBeGreaterThan(10);
    }, 240_000);
});
