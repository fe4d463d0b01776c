/**
 * Rows of the wrong shape are rejected for their shape; padding that loses nothing is read; text
 * that decoding could not read is refused where it matters (the key and text columns).
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../plan/plan.js';
import { createRowReader } from './row-reader.js';
import { describeProblem, problemReason } from './problem-sentences.js';

const schema: Schema = {
    columns: [
        { name: 'id', type: 'text', header: 'no_peserta' },
        { name: 'district', type: 'text', header: 'kabupaten' },
        { name: 'income', type: 'money', header: 'penghasilan' },
        { name: 'attendance', type: 'percent', header: 'kehadiran' },
    ],
    keyColumn: 'id',
};
const headers = ['no_peserta', 'kabupaten', 'penghasilan', 'kehadiran', 'catatan'];

describe('rows of the wrong shape', () => {
    const reader = createRowReader(schema, headers);

    it('rejects a row with more fields than the header for its shape, not for a shifted cell', () => {
        // a stray separator after the district: every later cell moved one to the right
        const row = reader.read(['1', 'Kab. Jember', '', 'Rp 1.500.000', '85', 'catatan']);
        expect(row).toEqual({
            ok: false,
            problems: [{ column: '', header: '', value: '', reason: 'wrong-shape', shape: { fields: 6, header: 5, padded: false } }],
        });
        if (!row.ok) {
            expect(problemReason(row.problems[0]!, 'en')).toBe(
                'the row has 6 fields, the header has 5: a separator too many or too few shifts its cells, so none is read',
            );
            expect(describeProblem(row.problems[0]!, 'id')).toBe(
                'baris ini memiliki 6 kolom, baris judul 5: kelebihan atau kekurangan pemisah menggeser isinya, jadi tidak ada yang dibaca',
            );
        }
    });

    it('rejects a row with fewer fields than the header for its shape', () => {
        const row = reader.read(['1', 'Kab. Jember', 'Rp 1.500.000']);
        expect(row.ok === false && row.problems).toEqual([
            { column: '', header: '', value: '', reason: 'wrong-shape', shape: { fields: 3, header: 5, padded: false } },
        ]);
    });

    it('reads a row whose extra fields are all empty (trailing separators): nothing is lost', () => {
        expect(reader.read(['1', 'Kab. Jember', 'Rp 1.500.000', '85%', 'x', '', ' '])).toEqual({
            ok: true,
            values: ['1', 'Kab. Jember', 1_500_000, 0.85],
        });
    });

    it('rejects a padded row for its shape when its cells then fail: a shift is the likelier cause', () => {
        const row = reader.read(['1', '', 'Kab. Jember', 'Rp 1.500.000', '85%', '']);
        expect(row.ok === false && row.problems).toEqual([
            { column: '', header: '', value: '', reason: 'wrong-shape', shape: { fields: 6, header: 5, padded: true } },
        ]);
        if (!row.ok) expect(problemReason(row.problems[0]!, 'en')).toBe(
            'the row has 6 fields, the header has 5, and its cells do not read as their columns: a separator too many or too few has probably shifted them',
        );
    });

    it('reads a row that stops where only blank headers remain', () => {
        const padded = createRowReader(schema, [...headers.slice(0, 4), '', '']);
        expect(padded.read(['1', 'Kab. Jember', 'Rp 1.500.000', '85%'])).toEqual({ ok: true, values: ['1', 'Kab. Jember', 1_500_000, 0.85] });
        expect(padded.read(['1', 'Kab. Jember', 'Rp 1.500.000']).ok).toBe(false);
    });
});

describe('text that could not be decoded', () => {
    const reader = createRowReader(schema, headers);

    it('refuses a key holding U+FFFD: 35130��00000301 is not a household', () => {
        const row = reader.read(['35130\uFFFD\uFFFD00000301', 'Kab. Jember', 'Rp 1.500.000', '85%', '']);
        expect(row.ok === false && row.problems.map((p) => [p.column, p.reason])).toEqual([['id', 'unreadable-characters']]);
    });

    it('refuses a text column holding U+FFFD, but not a column the rules do not read', () => {
        const row = reader.read(['1', 'Kab. Jemb\uFFFDr', 'Rp 1.500.000', '85%', '\uFFFD']);
        expect(row.ok === false && row.problems.map((p) => [p.column, p.reason])).toEqual([['district', 'unreadable-characters']]);
        expect(reader.read(['1', 'Kab. Jember', 'Rp 1.500.000', '85%', 'caf\uFFFD']).ok).toBe(true);
    });
});

describe('percent columns through the row reader', () => {
    it('reads bare numbers as the column is declared, and names both readings of an ambiguous one', () => {
        const undeclared = createRowReader(schema, headers);
        const row = undeclared.read(['1', 'Kab. Jember', 'Rp 1.500.000', '0,85', '']);
        expect(row.ok).toBe(false);
        if (!row.ok) {
            expect(row.problems[0]!.reason).toBe('ambiguous-percent');
            expect(problemReason(row.problems[0]!, 'en')).toBe(
                'could mean 0,85% or 85%: write 85% (or 0,85%) with the percent sign, ' +
                    'or declare the column `percent as fraction` (0,85 is 85%) or `percent as number` (85 is 85%) in the rules',
            );
            expect(describeProblem(row.problems[0]!, 'id')).toBe(
                'attendance (kolom "kehadiran"): "0,85" bisa berarti 0,85% atau 85%: tulis 85% (atau 0,85%) dengan tanda persen, ' +
                    'atau nyatakan kolomnya `percent as fraction` (0,85 berarti 85%) atau `percent as number` (85 berarti 85%) dalam aturan',
            );
        }
        const fraction: Schema = { ...schema, columns: schema.columns.map((c) => (c.type === 'percent' ? { ...c, percentWritten: 'fraction' as const } : c)) };
        expect(createRowReader(fraction, headers).read(['1', 'Kab. Jember', '0', '0,85', ''])).toEqual({ ok: true, values: ['1', 'Kab. Jember', 0, 0.85] });
        const number: Schema = { ...schema, columns: schema.columns.map((c) => (c.type === 'percent' ? { ...c, percentWritten: 'number' as const, max: 0.5 } : c)) };
        const byNumber = createRowReader(number, headers);
        expect(byNumber.read(['1', 'Kab. Jember', '0', '0,85', ''])).toEqual({ ok: true, values: ['1', 'Kab. Jember', 0, 0.0085] });
        const tooHigh = byNumber.read(['1', 'Kab. Jember', '0', '85', '']);
        expect(tooHigh.ok === false && problemReason(tooHigh.problems[0]!, 'en')).toBe('must be between 0% and 50%');
    });

    it('shows at most 200 characters of a rejected cell', () => {
        const row = createRowReader(schema, headers).read(['1', 'Kab. Jember', 'x'.repeat(5000), '85%', '']);
        expect(row.ok === false && row.problems[0]!.value).toBe('x'.repeat(200) + '…');
    });
});
