import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compilePlan, createKaidahServices, loadRuleFiles } from '@kaidah/language';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const indonesianDir = path.join(examplesDir, '..', 'pkh-id');
const districtFiles = ['probolinggo', 'pamekasan', 'pasuruan', 'mojokerto', 'pringsewu'];

/** The field figures of ../shared/domain/pkh.md from the district files written in Bahasa Indonesia. */
describe('field report figures in Bahasa Indonesia', async () => {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    const compiled = async (dir: string, name: string) => {
        const [entry] = await loadRuleFiles(Kaidah, [path.join(dir, `${name}.kaidah`)]);
        return compilePlan(entry, Kaidah.shared.workspace.LangiumDocuments);
    };
    const target = async (name: string, category: string) =>
        (await compiled(indonesianDir, name)).plan.districts[0]!.targets.find((t) => t.category === category)?.value;

    it('Probolinggo 258 × 10 = 2.580; Pamekasan 191 × 10 = 1.910 of 67.245; Pringsewu 1.000 and 2.000', async () => {
        expect(await target('probolinggo', 'self_reliant')).toBe(2580);
        expect(await target('pamekasan', 'self_reliant')).toBe(1910);
        expect((await compiled(indonesianDir, 'pamekasan')).plan.districts[0]!.quantities.find((q) => q.name === 'reported_households')?.value).toBe(67245);
        expect(await target('pringsewu', 'self_reliant')).toBe(1000);
        expect(await target('pringsewu', 'natural')).toBe(2000);
    });

    it('each district decides as its English file does: the same categories, districts and tests', async () => {
        for (const name of districtFiles) {
            const [id, en] = [await compiled(indonesianDir, name), await compiled(examplesDir, name)];
            expect(id.problems, name).toEqual([]);
            const same = (p: typeof id.plan) => ({ ...p, tests: p.tests.map((t) => ({ ...t, file: path.basename(t.file) })) });
            expect(same(id.plan), name).toEqual(same(en.plan));
        }
    });

    it('kaidah test passes on them, and translating them back gives the English files', () => {
        const tests = kaidah(['test', indonesianDir]);
        expect(tests.status).toBe(0);
        expect(tests.stdout.trim().split('\n').at(-1)).toBe('8 passed, 0 failed');
        for (const name of ['pkh-2024', ...districtFiles]) {
            const back = kaidah(['translate', path.join(indonesianDir, `${name}.kaidah`), '--to', 'en']);
            expect(back.status, name).toBe(0);
            expect(back.stdout, name).toBe(readFileSync(path.join(examplesDir, `${name}.kaidah`), 'utf8'));
        }
    });
});
