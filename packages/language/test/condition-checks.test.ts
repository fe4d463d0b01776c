import { describe, expect, it } from 'vitest';
import { diagnosticsOf, rangeText } from './rules-workspace.js';

const schema = `
household {
  id              text    key
  district        text
  children        count
  elderly         count
  monthly_income  money
  attendance      percent
  has_business    yes/no
  decile          number  between 1 and 10
}
value members = children + elderly
`;

describe('conditions that literals and declared ranges decide', () => {
    it('warns that `decile > 10` never holds when deciles run from 1 to 10 (KDH032)', async () => {
        const text = `${schema}\ngraduation richer "Lebih sejahtera" when has_business and decile > 10`;
        const [warning] = await diagnosticsOf(text);
        expect(warning).toMatchObject({ code: 'KDH032', severity: 2, message: '`decile > 10` can never hold: `decile` is between 1 and 10.' });
        expect(rangeText(text, warning)).toBe('decile > 10');
        const [id] = await diagnosticsOf(text, 'id');
        expect(id.message).toBe('`decile > 10` tidak mungkin terpenuhi: `decile` selalu antara 1 dan 10.');
    });

    it('warns about a percentage above 100% (KDH032)', async () => {
        const [warning] = await diagnosticsOf(`${schema}\ngraduation g "G" when attendance > 100%`);
        expect(warning.message).toBe('`attendance > 100%` can never hold: `attendance` is between 0% and 100%.');
    });

    it('knows a sum of counts is never below zero (KDH032, KDH033)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\ngraduation a "A" when members < 0\ngraduation b "B" when members >= 0`);
        expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
            ['KDH032', '`members < 0` can never hold: `members` is never below 0.'],
            ['KDH033', '`members >= 0` always holds: `members` is never below 0.'],
        ]);
    });

    it('says nothing of conditions that depend on the household', async () => {
        expect(await diagnosticsOf(`${schema}\ngraduation natural "Alamiah" when members = 0 or decile > 4`)).toEqual([]);
    });

    it('finds a category that an earlier one always takes first (KDH034)', async () => {
        const text = `${schema}
graduation natural "Alamiah" when members = 0 or decile > 4
graduation regional "Kelayakan Daerah" when decile >= 6 and has_business`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => [d.code, rangeText(text, d)])).toEqual([['KDH034', 'regional']]);
        expect(diagnostics[0].message).toBe('`regional` can never be chosen: every household that meets its condition already meets `natural`, which comes first.');
    });

    it('keeps a later category that an earlier one does not cover', async () => {
        const text = `${schema}
graduation natural "Alamiah" when members = 0 or decile > 4
graduation regional "Kelayakan Daerah" when decile >= 4 and has_business`;
        expect(await diagnosticsOf(text)).toEqual([]);
    });

    it('finds the categories after one whose condition always holds (KDH033, KDH034)', async () => {
        const text = `${schema}
graduation everyone "Semua" when decile >= 1
graduation natural "Alamiah" when members = 0`;
        const codes = (await diagnosticsOf(text)).map((d) => d.code);
        expect(codes).toEqual(['KDH033', 'KDH034']);
    });

    it('reports division by a constant zero (KDH035)', async () => {
        const text = `${schema}\nconstant nothing = 0\nvalue share = monthly_income / nothing`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.map((d) => [d.code, rangeText(text, d)])).toEqual([["KDH035", "monthly_income / nothing"]]);
    });
});

describe('values that change by date', () => {
    it('accepts values in date order, each with `from`', async () => {
        expect(await diagnosticsOf(`${schema}\nconstant line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01\nvalue poor = monthly_income < line`)).toEqual([]);
    });

    it('refuses values out of date order or without `from` (KDH027)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nconstant line = Rp 582.932 from 2024-03-01, Rp 550.458 from 2023-03-01\nvalue poor = monthly_income < line`);
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH027']);
    });

    it('refuses a date that is not in the calendar (KDH028)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nconstant line = Rp 1 from 2023-02-29, Rp 2 from 2024-03-01\nvalue poor = monthly_income < line`);
        expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['KDH028', '`2023-02-29` is not a date in the calendar; write dates as YYYY-MM-DD.']]);
    });

    it('needs the same type for every value (KDH026)', async () => {
        const diagnostics = await diagnosticsOf(`${schema}\nconstant line = Rp 1 from 2023-01-01, 80% from 2024-03-01\nvalue poor = monthly_income < line`);
        expect(diagnostics.map((d) => d.code)).toContain('KDH026');
    });
});
