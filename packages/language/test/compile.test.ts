import { describe, expect, it } from 'vitest';
import { buildRules, schema } from './rules-workspace.js';

const national = `${schema}
constant poverty_line = Rp 582.932
graduation natural "Graduasi Alamiah" when children + elderly = 0 or decile > 4
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= 2 × poverty_line
  rank by monthly_income descending
every district {
  quantity facilitators count
  quantity caseload count = 0
  target self_reliant = facilitators × 10
}`;

describe('compiling to a Plan', () => {
    it('carries a district\'s region code as digits (`35.13` → "3513") and how a percent column is written', async () => {
        const rules = await buildRules({
            'national.kaidah': national.replace('attendance      percent', 'attendance      percent as fraction'),
            'probolinggo.kaidah': `use "national.kaidah"\ndistrict "Kabupaten Probolinggo" code 35.13 {\n  facilitators 258\n}\ndistrict "Kota Probolinggo" code 3574 {\n  facilitators 20\n}\ndistrict "Kabupaten Jember" {\n  facilitators 200\n}`,
        });
        expect(rules.diagnostics('probolinggo.kaidah')).toEqual([]);
        const { plan } = rules.compile('probolinggo.kaidah');
        expect(plan.districts.map((d) => [d.name, d.code])).toEqual([
            ['Kabupaten Probolinggo', '3513'], ['Kota Probolinggo', '3574'], ['Kabupaten Jember', undefined],
        ]);
        expect(plan.schema.columns.filter((c) => c.type === 'percent').map((c) => [c.name, c.percentWritten])).toEqual([['attendance', 'fraction']]);
        expect(plan.schema.columns.filter((c) => c.percentWritten !== undefined).length).toBe(1);
    });

    it('evaluates a default target from the district quantity: 258 × 10 = 2.580', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'probolinggo.kaidah': `use "national.kaidah"\ndistrict "Kabupaten Probolinggo" {\n  facilitators 258\n}`,
        });
        expect(rules.diagnostics('probolinggo.kaidah')).toEqual([]);
        const { plan, problems } = rules.compile('probolinggo.kaidah');
        expect(problems).toEqual([]);
        expect(plan.districts).toEqual([{
            name: 'Kabupaten Probolinggo',
            quantities: [{ name: 'facilitators', type: 'count', value: 258 }, { name: 'caseload', type: 'count', value: 0 }],
            targets: [{ category: 'self_reliant', value: 2580, formula: 'facilitators × 10', perQuantity: 'facilitators' }],
            rewards: [],
        }]);
    });

    it('lets a district override targets outright (Pringsewu: 1.000 and 2.000)', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'pringsewu.kaidah': `use "national.kaidah"\ndistrict "Kabupaten Pringsewu" {\n  target self_reliant = 1.000\n  target natural = 2.000\n}`,
        });
        const { plan } = rules.compile('pringsewu.kaidah');
        expect(plan.districts[0].targets).toEqual([
            { category: 'self_reliant', value: 1000, formula: '1.000' },
            { category: 'natural', value: 2000, formula: '2.000' },
        ]);
    });

    it('keeps graduation categories in priority order, used files first', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'district.kaidah': `use "national.kaidah"\ngraduation regional "Graduasi Kelayakan Daerah" when decile > 3`,
        });
        const { plan } = rules.compile('district.kaidah');
        expect(plan.graduations.map((g) => [g.name, g.label])).toEqual([
            ['natural', 'Graduasi Alamiah'],
            ['self_reliant', 'Graduasi Sejahtera Mandiri'],
            ['regional', 'Graduasi Kelayakan Daerah'],
        ]);
        expect(plan.graduations[1].rank).toMatchObject({ descending: true, expr: { kind: 'column', name: 'monthly_income' } });
    });

    it('carries types, literal values and the text as written', async () => {
        const rules = await buildRules({ 'national.kaidah': national });
        const { plan } = rules.compile('national.kaidah');
        expect(plan.constants).toEqual([{
            name: 'poverty_line', type: 'money', expr: { kind: 'literal', type: 'money', value: 582932, text: 'Rp 582.932' },
        }]);
        const condition = plan.graduations[1].condition;
        expect(condition).toMatchObject({
            kind: 'logical', op: 'and', text: 'has_business and monthly_income >= 2 × poverty_line',
            right: { kind: 'comparison', op: '>=', right: { kind: 'arithmetic', op: '*', type: 'money', text: '2 × poverty_line' } },
        });
        expect(plan.schema).toMatchObject({ keyColumn: 'id', districtColumn: 'district' });
        expect(plan.schema.columns.find((c) => c.name === 'has_business')).toEqual({ name: 'has_business', type: 'yesno', header: 'has_business' });
    });

    it('keeps documentation comments', async () => {
        const rules = await buildRules({ 'main.kaidah': `${schema}\n/** Garis kemiskinan (BPS). */\nconstant poverty_line = Rp 582.932` });
        expect(rules.compile('main.kaidah').plan.constants[0].doc).toBe('Garis kemiskinan (BPS).');
    });

    it('reports a target that works out below zero households (KDH024)', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'd.kaidah': `use "national.kaidah"\ndistrict "Kabupaten X" {\n  facilitators 1\n  caseload 20.667\n  target natural = caseload - 30.000\n}`,
        });
        expect(rules.diagnostics('d.kaidah')).toEqual([]);
        const { problems } = rules.compile('d.kaidah');
        expect(problems.map((p) => p.code)).toEqual(['KDH024']);
        expect(problems[0].message).toContain('works out to -9.333 households (`caseload - 30.000`)');
    });

    it('resolves amounts that change by date for the evaluation date', async () => {
        const rules = await buildRules({
            'main.kaidah': `${schema}
benefit components (at most 4) {
  children  Rp 2.400.000 from 2019-01-01, Rp 3.000.000 from 2020-04-01
  elderly   Rp 2.400.000
}`,
        });
        const amount = (on?: string) => {
            const { plan, problems } = rules.compile('main.kaidah', on);
            expect(problems).toEqual([]);
            return plan.benefit!.components[0].amount;
        };
        expect(amount('2020-03-31')).toMatchObject({ kind: 'literal', value: 2_400_000, text: 'Rp 2.400.000' });
        expect(amount('2020-04-01')).toMatchObject({ kind: 'literal', value: 3_000_000 });
        expect(rules.compile('main.kaidah', '2020-04-01').plan.evaluationDate).toBe('2020-04-01');
    });

    it('evaluates for 31 December of the program year, or of the year in its name', async () => {
        const withYear = await buildRules({ 'main.kaidah': `program "PKH" year 2023\n${schema}` });
        expect(withYear.compile('main.kaidah').plan.evaluationDate).toBe('2023-12-31');
        const fromName = await buildRules({ 'main.kaidah': `program "PKH 2025"\n${schema}` });
        expect(fromName.compile('main.kaidah').plan.evaluationDate).toBe('2025-12-31');
    });

    it('asks for a date when values change by date and nothing says which (KDH025)', async () => {
        const rules = await buildRules({ 'main.kaidah': `program "PKH"\n${schema}\nconstant line = Rp 1 from 2023-01-01, Rp 2 from 2024-01-01\nvalue poor = monthly_income < line` });
        expect(rules.diagnostics('main.kaidah')).toEqual([]);
        expect(rules.compile('main.kaidah').problems.map((p) => p.code)).toEqual(['KDH025']);
    });
});
