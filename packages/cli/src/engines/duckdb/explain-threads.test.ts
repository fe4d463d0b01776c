import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareEvaluator, type Plan, type Value } from '@kaidah/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_ALLOCATION } from '../../caseload/evaluate-caseload.js';
import { checkAndCompile } from '../../commands/shared/rules.js';
import { EnginesDisagreeError } from '../sql-caseload.js';
import type { ChunkColumn, DecidedChunk } from './decided-chunk.js';
import type { ExplainSetup } from './explain-chunk.js';
import { startExplaining } from './explain-threads.js';

// the compiled worker (npm run build): the sources beside this test have none
const worker = new URL('../../../dist/engines/duckdb/duckdb-explain-worker.js', import.meta.url);
const rules = path.resolve(import.meta.dirname, '../../../../../examples/pkh/field-reports.kaidah');

let plan: Plan;
let setup: ExplainSetup;
beforeAll(async () => {
    const compiled = await checkAndCompile(rules, undefined, 'en');
    if (!compiled.ok) throw new Error('examples/pkh/field-reports.kaidah does not compile');
    plan = compiled.plan;
    setup = { plan, lang: 'en', words: [], allocation: NO_ALLOCATION };
});

/** Households of pkh-2024.kaidah as a chunk, each decided as the JS engine decides it. */
function chunkOf(count: number): DecidedChunk {
    const households: Value[][] = Array.from({ length: count }, (_, i) => [
        `3513${String(i).padStart(12, '0')}`, 'Kabupaten Probolinggo', 'Leces', `PDP-${i % 7}`,
        i % 2, i % 3, 1, 0, 0, 0, i % 2, 400_000 + 150_000 * i, 0.5 + (i % 5) / 10, i % 3 === 0, 1 + (i % 10),
    ]);
    const evaluator = prepareEvaluator(plan);
    const results = households.map((values) => evaluator.evaluate([...values]));
    const columns: ChunkColumn[] = plan.schema.columns.map((column, c): ChunkColumn => {
        const values = households.map((h) => h[c]!);
        if (column.type === 'text') return { kind: 'texts', text: values.join(''), lengths: Int32Array.from(values, (v) => String(v).length) };
        if (column.type === 'yesno') return { kind: 'yesno', values: Int8Array.from(values, (v) => (v ? 1 : 0)) };
        return { kind: 'numbers', values: Float64Array.from(values as number[]) };
    });
    const names = plan.graduations.map((g) => g.name);
    return {
        count,
        phases: new Uint8Array(count),
        kds: new Int32Array(count).fill(plan.districts.findIndex((d) => d.name === 'Kabupaten Probolinggo')),
        gs: Int32Array.from(results, (r) => (r.category === undefined ? -1 : names.indexOf(r.category))),
        benefits: Float64Array.from(results, (r) => r.benefit),
        columns,
        candidates: [],
    };
}

/** The chunk with its first household's category changed: the JS engine no longer agrees. */
function disagreeing(chunk: DecidedChunk): DecidedChunk {
    const gs = chunk.gs.slice();
    gs[0] = gs[0] === 0 ? 1 : 0;
    return { ...chunk, gs };
}

describe('threads explaining decided households', () => {
    for (const lines of [undefined, { columns: { subdistrict: true, facilitator: true }, style: 'excel', masked: true } as const]) {
        it(`explain as the main thread does, chunk by chunk in order${lines === undefined ? '' : ', and make the same decision lines'}`, async () => {
            const chunks = [chunkOf(40), chunkOf(7), chunkOf(1)];
            const inThread = startExplaining({ ...setup, lines }, 0);
            const threads = startExplaining({ ...setup, lines }, 2, worker);
            try {
                const expected = await Promise.all(chunks.map((c) => inThread.explain(c)));
                const first = expected[0]!;
                if (first.lines === undefined) expect(first.lengths.every((length) => length > 40)).toBe(true);
                else expect(Buffer.from(first.lines).toString().split('\n')).toHaveLength(41);
                expect(await Promise.all(chunks.map((c) => threads.explain(c)))).toEqual(expected);
            } finally {
                await threads.close();
            }
        });
    }

    it('stop at a household the engines decide differently, and every chunk after it fails too', async () => {
        const inThread = startExplaining(setup, 0);
        await expect(inThread.explain(disagreeing(chunkOf(3)))).rejects.toThrow(EnginesDisagreeError);
        const threads = startExplaining(setup, 1, worker);
        try {
            const first = threads.explain(disagreeing(chunkOf(3)));
            const next = threads.explain(chunkOf(3));
            await expect(first).rejects.toThrow(EnginesDisagreeError);
            await expect(first).rejects.toThrow(/household 3513000000000000 differently/);
            await expect(next).rejects.toThrow(EnginesDisagreeError);
        } finally {
            await threads.close();
        }
    });

    it('a thread that fails to start fails the chunks given to it, never leaving them waiting', async () => {
        const broken = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-explain-')), 'broken.mjs');
        writeFileSync(broken, `throw new Error('the thread cannot start');\n`);
        const threads = startExplaining(setup, 1, pathToFileURL(broken));
        try {
            await expect(threads.explain(chunkOf(2))).rejects.toThrow('the thread cannot start');
            await expect(threads.explain(chunkOf(2))).rejects.toThrow('the thread cannot start');
        } finally {
            await threads.close();
        }
    });
});
