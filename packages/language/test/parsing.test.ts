import { describe, expect, it } from 'vitest';
import { buildRules, diagnosticsOf, rangeText, schema } from './rules-workspace.js';
import { isGraduation, isHousehold, type RuleFile } from '../src/generated/ast.js';

describe('parsing rule files', () => {
    it('reads the household schema with types, key, labels and mapped headers', async () => {
        const rules = await buildRules({
            'main.kaidah': `household {
  id              text   key  "Nomor peserta PKH"  column "no_peserta"
  has_business    yes/no      "Punya usaha"        column "punya_usaha"
  monthly_income  money
}`,
        });
        expect(rules.diagnostics('main.kaidah')).toEqual([]);
        const root = rules.document('main.kaidah').parseResult.value as RuleFile;
        const household = root.elements.find(isHousehold)!;
        expect(household.columns.map((c) => [c.name, c.type, c.key, c.label, c.header])).toEqual([
            ['id', 'text', true, 'Nomor peserta PKH', 'no_peserta'],
            ['has_business', 'yes/no', false, 'Punya usaha', 'punya_usaha'],
            ['monthly_income', 'money', false, undefined, undefined],
        ]);
    });

    it('allows keywords that make natural names, such as a column called `district`', async () => {
        expect(await diagnosticsOf(`${schema}\nvalue count = children + elderly`)).toEqual([]);
    });

    it('reads graduation rules with a label, a condition and a ranking', async () => {
        const rules = await buildRules({
            'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= 2 × Rp 582.932 and attendance >= 80%
  rank by monthly_income descending`,
        });
        expect(rules.diagnostics('main.kaidah')).toEqual([]);
        const graduation = (rules.document('main.kaidah').parseResult.value as RuleFile).elements.find(isGraduation)!;
        expect(graduation.label).toBe('Graduasi Sejahtera Mandiri');
        expect(graduation.direction).toBe('descending');
        expect(graduation.condition.$type).toBe('Logical');
    });

    it('reports a syntax error with code KDH001 at the place it happens, in both languages', async () => {
        const text = `${schema}\ngraduation natural "Alamiah"\n  children = 0`;
        const [en] = await diagnosticsOf(text, 'en');
        expect(en.code).toBe('KDH001');
        expect(en.message).toContain('Cannot read this part of the rules');
        expect(en.message).toContain('`when`');
        expect(rangeText(text, en)).toBe('children');
        const [id] = await diagnosticsOf(text, 'id');
        expect(id.code).toBe('KDH001');
        expect(id.message).toContain('tidak dapat dibaca');
    });

    it('reports an unexpected character with KDH001', async () => {
        const text = `${schema}\nvalue total = children # elderly`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics[0].code).toBe('KDH001');
        expect(diagnostics[0].message).toBe('Unexpected character `#`.');
    });
});

describe('text that would overflow the parser', () => {
    it('reports brackets nested too deeply at the first one too many, and keeps the rest of the file', async () => {
        const text = `${schema}\nvalue deep = ${'('.repeat(100)}\nconstant after = Rp 1`;
        const diagnostics = await diagnosticsOf(text);
        const nesting = diagnostics.find((d) => d.message.includes('more than 24 levels deep'));
        expect(nesting?.code).toBe('KDH001');
        expect(nesting?.range.start).toEqual({ line: text.split('\n').length - 2, character: 'value deep = '.length + 24 });
        const id = await diagnosticsOf(text, 'id');
        expect(id.some((d) => d.message.includes('bersarang lebih dari 24 tingkat'))).toBe(true);
    });

    it('survives thousands of repeated `not` and minus signs', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nvalue a = ${'not '.repeat(5000)}has_business\nvalue b = ${'- '.repeat(5000)}children`);
        expect(diagnostics.every((d) => /^KDH\d{3}$/.test(String(d.code)))).toBe(true);
    });
});
