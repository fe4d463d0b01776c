import { describe, expect, it } from 'vitest';
import { buildRules, diagnosticsOf, rangeText, schema } from './rules-workspace.js';

describe('name resolution', () => {
    it('reports an unknown name with KDH003 on the name, and suggests the nearest one', async () => {
        const text = `${schema}\nvalue members = children + eldery`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].code).toBe('KDH003');
        expect(diagnostics[0].message).toBe('Unknown name `eldery`. Did you mean `elderly`?');
        expect(rangeText(text, diagnostics[0])).toBe('eldery');
        const [id] = await diagnosticsOf(text, 'id');
        expect(id.message).toBe('Nama `eldery` tidak dikenal. Mungkin maksud Anda `elderly`?');
    });

    it('reports an unknown graduation category in a target', async () => {
        const text = `${schema}\ngraduation natural "Alamiah" when children = 0\nevery district {\n  target naturall = 10\n}`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
            ['KDH003', 'Unknown graduation category `naturall`. Did you mean `natural`?'],
        ]);
    });

    it('reports a duplicate name with KDH004 on the second declaration', async () => {
        const text = `${schema}\nconstant line = Rp 1\nconstant line = Rp 2`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].code).toBe('KDH004');
        expect(diagnostics[0].range.start.line).toBe(text.split('\n').length - 1);
        expect(diagnostics[0].message).toContain('`line` is declared twice');
    });

    it('sees names of used files, resolved relative to the file', async () => {
        const rules = await buildRules({
            'national.kaidah': `${schema}\nconstant poverty_line = Rp 582.932`,
            'district.kaidah': `use "national.kaidah"\nvalue poor = monthly_income < poverty_line`,
        });
        expect(rules.diagnostics('district.kaidah')).toEqual([]);
    });

    it('does not see names of files it does not use', async () => {
        const rules = await buildRules({
            'national.kaidah': `${schema}\nconstant poverty_line = Rp 582.932`,
            'other.kaidah': `constant secret = Rp 1`,
            'district.kaidah': `use "national.kaidah"\nconstant x = secret`,
        });
        expect(rules.diagnostics('district.kaidah').map((d) => d.code)).toEqual(['KDH003']);
    });

    it('reports a name declared again in a file that uses the first', async () => {
        const rules = await buildRules({
            'national.kaidah': `${schema}\nconstant poverty_line = Rp 582.932`,
            'district.kaidah': `use "national.kaidah"\nconstant poverty_line = Rp 600.000`,
        });
        const [duplicate] = rules.diagnostics('district.kaidah');
        expect(duplicate.code).toBe('KDH004');
        expect(duplicate.message).toContain('national.kaidah:');
        expect(rules.diagnostics('national.kaidah')).toEqual([]);
    });

    it('reports a used file that does not exist (KDH009) and one outside the folder (KDH010)', async () => {
        const text = `use "missing.kaidah"\nuse "../outside.kaidah"\n${schema}`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH009', 'KDH010']);
        expect(rangeText(text, diagnostics[0])).toBe('"missing.kaidah"');
    });

    it('reports a district declared twice across used files (KDH011)', async () => {
        const rules = await buildRules({
            'a.kaidah': `${schema}\nevery district { quantity facilitators count }\ndistrict "Kabupaten Probolinggo" { facilitators 258 }`,
            'b.kaidah': `use "a.kaidah"\ndistrict "KABUPATEN  probolinggo" { facilitators 1 }`,
        });
        expect(rules.diagnostics('b.kaidah').map((d) => d.code)).toEqual(['KDH011']);
    });

    it('reports cycles between derived values, spelled out (KDH016)', async () => {
        const text = `${schema}\nvalue a = b + 1\nvalue b = a + 1`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => d.message)).toEqual([
            'These definitions depend on each other in a circle: a → b → a.',
            'These definitions depend on each other in a circle: b → a → b.',
        ]);
    });

    it('suggests a quantity, not a household column, for a misspelling in a target', async () => {
        const text = `${schema}\ngraduation g "G" when has_business\nevery district {\n  quantity facilitators count\n  target g = facilitatorz × 10\n}`;
        const [diagnostic] = await diagnosticsOf(text);
        // \`facilitator\` (a column) is nearer in spelling, but a target cannot read household data.
        expect(diagnostic.message).toBe('Unknown name `facilitatorz`. Did you mean `facilitators`?');
    });
});
