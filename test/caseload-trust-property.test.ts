/**
 * The caseload evaluation on random caseloads with random duplicates (identical and conflicting),
 * district spellings and row orders: read = decided + rejected, no key is decided twice, and the
 * decisions (key → category, status, rank) do not depend on the order of the rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../packages/engine/src/index.js';
import { evaluateCaseload } from '../packages/cli/src/caseload/evaluate-caseload.js';
import { openHouseholdSource, type HouseholdSource } from '../packages/cli/src/data/household-source.js';
import { compileRules } from '../packages/cli/src/commands/shared/rules.js';
import { examplesDir, scratchCopyOfExamples } from './support/run-cli.js';

const SPELLINGS = ['Kabupaten Probolinggo', 'KAB. PROBOLINGGO', 'Kab Probolinggo', 'kabupaten  probolinggo', '3513', '35.13', 'PROBOLINGGO', 'Kota Probolinggo', 'KAB PROBOLINGO'];

const sample = readFileSync(path.join(examplesDir, 'data/probolinggo-sample.csv'), 'utf8').trim().split('\n');
const header = sample[0]!.split(',');
const households = sample.slice(1, 41).map((line) => line.split(','));

/** A row: a household of the sample, its district spelled one way, maybe with one value changed. */
const rowArb = fc.record({
    household: fc.nat({ max: households.length - 1 }),
    spelling: fc.nat({ max: SPELLINGS.length - 1 }),
    changed: fc.boolean(),
});

let plan: Plan;
const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-trust-'));

beforeAll(async () => {
    const rules = scratchCopyOfExamples();
    writeFileSync(path.join(rules, 'p.kaidah'),
        'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" code 3513 {\n  facilitators 1\n  target self_reliant = 2\n  target natural = 3\n}\n');
    plan = (await compileRules(path.join(rules, 'p.kaidah'), undefined, 'en'))!;
    expect(plan).toBeDefined();
});

interface Run {
    read: number;
    decided: number;
    rejected: number;
    decisions: Map<string, string>;
    decidedTwice: string[];
}

async function run(rows: string[][], name: string): Promise<Run> {
    const file = path.join(dir, name);
    writeFileSync(file, '\uFEFF' + [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n');
    const source = openHouseholdSource(file, {}) as HouseholdSource;
    const decisions = new Map<string, string>();
    const decidedTwice: string[] = [];
    const outcome = await evaluateCaseload({
        plan, source, file: name, lang: 'en',
        onDecision: (result, status) => {
            if (decisions.has(result.key)) decidedTwice.push(result.key);
            decisions.set(result.key, `${result.category ?? ''}/${status.status}/${status.rank ?? ''}/${status.of ?? ''}`);
        },
        onRestart: () => {
            decisions.clear();
            decidedTwice.length = 0;
        },
    });
    if (!outcome.ok) throw new Error(`run failed: ${outcome.problem}`);
    return { ...outcome.counts, decisions, decidedTwice };
}

describe('every household once, whatever the order', () => {
    it('read = decided + rejected, no key decided twice, decisions independent of row order', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.nat()), async (picks, seeds) => {
                const rows = picks.map(({ household, spelling, changed }) => {
                    const row = [...households[household]!];
                    row[1] = SPELLINGS[spelling]!;
                    if (changed) row[11] = String(Number(row[11]) + 1); // the same family with another income
                    return row;
                });
                // a shuffle of the same rows
                const shuffled = rows.map((row) => ({ row, at: seeds.next().value as number })).sort((a, b) => a.at - b.at).map((x) => x.row);
                const first = await run(rows, 'a.csv');
                const second = await run(shuffled, 'b.csv');
                for (const result of [first, second]) {
                    expect(result.read).toBe(rows.length);
                    expect(result.read).toBe(result.decided + result.rejected);
                    expect(result.decidedTwice).toEqual([]);
                    expect(result.decisions.size).toBe(result.decided);
                }
                expect(new Map([...second.decisions].sort())).toEqual(new Map([...first.decisions].sort()));
            }),
            { numRuns: 40 },
        );
    }, 120_000);
});
