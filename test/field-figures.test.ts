import * as path from 'node:path';
import { compilePlan, createKaidahServices, loadRuleFiles } from '@kaidah/language';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah, readCsv } from './support/run-cli.js';

/** Figures from the district reports in ../shared/domain/pkh.md. */
describe('field report figures', async () => {
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    const [entry] = await loadRuleFiles(Kaidah, [path.join(examplesDir, 'field-reports.kaidah')]);
    const { plan, problems } = compilePlan(entry, Kaidah.shared.workspace.LangiumDocuments);
    const district = (name: string) => plan.districts.find((d) => d.name === name)!;
    const target = (name: string, category: string) => district(name).targets.find((t) => t.category === category)?.value;
    const quantity = (name: string, q: string) => district(name).quantities.find((x) => x.name === q)?.value;

    it('compiles all districts without problems', () => {
        expect(problems).toEqual([]);
        expect(plan.program).toBe('PKH 2024');
        expect(plan.districts.map((d) => d.name)).toEqual([
            'Kabupaten Probolinggo', 'Kabupaten Pamekasan', 'Kabupaten Pasuruan',
            'Kabupaten Mojokerto', 'Kabupaten Pringsewu', 'Kabupaten Pandeglang',
        ]);
    });

    it('Probolinggo 2024: 258 facilitators × 10 = 2.580', () => {
        expect(quantity('Kabupaten Probolinggo', 'facilitators')).toBe(258);
        expect(target('Kabupaten Probolinggo', 'self_reliant')).toBe(2580);
    });

    it('Pamekasan: 191 × 10 = 1.910 of 67.245 KPM', () => {
        expect(target('Kabupaten Pamekasan', 'self_reliant')).toBe(1910);
        expect(quantity('Kabupaten Pamekasan', 'reported_households')).toBe(67245);
    });

    it('Pasuruan 2018: 10% of 48.700 KPM = 4.870', () => {
        expect(target('Kabupaten Pasuruan', 'self_reliant')).toBe(4870);
    });

    it('Pringsewu 2023: 1.000 sejahtera and 2.000 alamiah, set outright', () => {
        expect(target('Kabupaten Pringsewu', 'self_reliant')).toBe(1000);
        expect(target('Kabupaten Pringsewu', 'natural')).toBe(2000);
    });

    it('Pandeglang 2025: 172 × 10 = 1.720 of 109.930 KPM', () => {
        expect(target('Kabupaten Pandeglang', 'self_reliant')).toBe(1720);
        expect(quantity('Kabupaten Pandeglang', 'reported_households')).toBe(109930);
    });

    it('natural graduation has no target except where a district sets one', () => {
        expect(target('Kabupaten Probolinggo', 'natural')).toBeUndefined();
    });
});

describe('kaidah run on the field reports', () => {
    const data = path.join(examplesDir, 'data/households-sample.csv');
    const result = kaidah(['run', 'examples/pkh/field-reports.kaidah', '--data', data]);
    const rowOf = (label: string, after: string) => {
        const lines = result.stdout.split('\n');
        const start = lines.findIndex((l) => l.includes(after));
        const line = lines.slice(start).find((l) => l.includes(label))!;
        const cells = line.split('│').map((c) => c.trim()).filter((c) => c !== '');
        return cells.slice(cells.indexOf(label));
    };

    it('shows each district\'s target and shortfall against the candidates in the data', () => {
        expect(result.status).toBe(0);
        const rows = readCsv(data);
        // An independent count of Probolinggo's self-reliant candidates, straight from the rule's words.
        const counts = ['ibu_hamil', 'anak_usia_dini', 'sd', 'smp', 'sma', 'disabilitas', 'lansia'];
        const candidates = rows.filter((r) => r.kabupaten === 'Kabupaten Probolinggo'
            && !(counts.every((c) => r[c] === '0') || Number(r.desil) > 4)
            && r.punya_usaha === 'ya' && Number(r.penghasilan_bulanan) >= 1_165_864 && Number(r.kehadiran_p2k2) >= 80).length;
        expect(candidates).toBeGreaterThan(0);
        const households = rows.filter((r) => r.kabupaten === 'Kabupaten Probolinggo').length;
        const probolinggo = rowOf('Graduasi Sejahtera Mandiri', 'Kabupaten Probolinggo');
        const thousands = (n: number) => n.toLocaleString('de-DE');
        expect(probolinggo).toEqual(['Graduasi Sejahtera Mandiri', '2.580', thousands(candidates), thousands(candidates), '0', thousands(2580 - candidates)]);
        const first = result.stdout.split('\n').find((l) => l.includes('Kabupaten Probolinggo'))!;
        expect(first).toContain(thousands(households));
        expect(first).toContain('258');
    });

    it('shows Pringsewu\'s own targets for both categories', () => {
        expect(rowOf('Graduasi Sejahtera Mandiri', 'Kabupaten Pringsewu')[0]).toBe('Graduasi Sejahtera Mandiri');
        expect(rowOf('Graduasi Sejahtera Mandiri', 'Kabupaten Pringsewu')[1]).toBe('1.000');
        expect(rowOf('Graduasi Alamiah', 'Kabupaten Pringsewu')[1]).toBe('2.000');
    });

    it('accounts for all 3.000 households', () => {
        expect(result.stdout).toContain('Read 3.000 households: 3.000 decided + 0 rejected.');
    });
});
