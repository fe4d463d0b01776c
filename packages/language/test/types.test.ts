import { describe, expect, it } from 'vitest';
import { diagnosticsOf, rangeText, schema } from './rules-workspace.js';

describe('first type check', () => {
    it('requires a graduation condition to be yes/no (KDH005), naming the type found', async () => {
        const text = `${schema}\ngraduation natural "Alamiah" when children + elderly`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].code).toBe('KDH005');
        expect(diagnostics[0].message).toBe('The condition of `natural` must be yes/no, but `children + elderly` is a count.');
        expect(rangeText(text, diagnostics[0])).toBe('children + elderly');
        const [id] = await diagnosticsOf(text, 'id');
        expect(id.message).toBe('Syarat `natural` harus bernilai ya/tidak, tetapi `children + elderly` bertipe jumlah.');
    });

    it('rejects text compared with a number (KDH006)', async () => {
        const text = `${schema}\ngraduation odd "Aneh" when district > 4`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH006']);
        expect(diagnostics[0].message).toBe('Cannot compare text with a number using `>` in `district > 4`.');
        expect(rangeText(text, diagnostics[0])).toBe('district > 4');
    });

    it('allows text compared with text by equality', async () => {
        expect(await diagnosticsOf(`${schema}\ngraduation local "Lokal" when district = "Kabupaten Pringsewu"`)).toEqual([]);
    });

    it('rejects adding money to a count (KDH007)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nvalue nonsense = monthly_income + children`);
        expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
            ['KDH007', '`monthly_income + children` has no meaning: money + count. Did you mean `monthly_income + children × Rp ...`?'],
        ]);
    });

    it('follows units: money × number is money, so comparing it with money is fine', async () => {
        expect(await diagnosticsOf(`${schema}\nconstant line = Rp 582.932\nvalue rich = monthly_income >= 2 × line`)).toEqual([]);
    });

    it('rejects `and` between things that are not yes/no (KDH005)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nvalue x = has_business and monthly_income`);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH005']);
        expect(diagnostics[0].message).toContain('`monthly_income` is money');
    });

    it('flags `1.5` as ambiguous: dots group thousands (KDH002)', async () => {
        const text = `${schema}\nconstant ratio = 1.5`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH002']);
        expect(diagnostics[0].message).toContain('Write `1,5`');
    });

    it('accepts Indonesian Rupiah literals and percentages', async () => {
        expect(await diagnosticsOf(`${schema}\nconstant a = Rp 3.000.000\nconstant b = Rp1.500.000\nconstant c = Rp 1,5 juta\nconstant d = 80%\nconstant e = 1.000`)).toEqual([]);
    });

    it('requires benefit amounts to be money and members to be counts (KDH014, KDH015)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nbenefit components (at most 4) {\n  monthly_income Rp 1\n  children 900.000\n}`);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH014', 'KDH015']);
    });

    it('refuses household data in a constant (KDH017)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nconstant c = monthly_income`);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH017']);
    });

    it('requires exactly one text key column (KDH008)', async () => {
        const none = await diagnosticsOf(`household {\n  id text\n}`);
        expect(none.map((d) => d.code)).toEqual(['KDH008']);
        const numeric = await diagnosticsOf(`household {\n  nik number key\n}`);
        expect(numeric.map((d) => d.code)).toEqual(['KDH008']);
        expect(numeric[0].message).toContain('must be text');
    });

    it('reports a district without a quantity its target needs (KDH012)', async () => {
        const text = `${schema}
graduation self_reliant "Mandiri" when has_business
every district {
  quantity facilitators count
  target self_reliant = facilitators × 10
}
district "Kabupaten Mojokerto" { }`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH012']);
        expect(diagnostics[0].message).toBe('District "Kabupaten Mojokerto" does not set `facilitators`, which its target for `self_reliant` needs (`facilitators × 10`). Add `facilitators ...` to the district.');
    });

    it('needs no quantity when the district overrides the target outright', async () => {
        const text = `${schema}
graduation self_reliant "Mandiri" when has_business
every district {
  quantity facilitators count
  target self_reliant = facilitators × 10
}
district "Kabupaten Pringsewu" { target self_reliant = 1.000 }`;
        expect(await diagnosticsOf(text)).toEqual([]);
    });

    it('requires a target to count households (KDH013)', async () => {
        const text = `${schema}\ngraduation g "G" when has_business\nevery district {\n  target g = Rp 10\n}`;
        expect((await diagnosticsOf(text)).map((d) => d.code)).toEqual(['KDH013']);
    });
});
