import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text    key
  elderly         count
  welfare_decile  number  between 1 and 10
}
`;

export default {
    code: 'KDH032',
    title: { en: 'A comparison that can never hold', id: 'Perbandingan yang tidak mungkin terpenuhi' },
    meaning: {
        en: 'From the column\'s kind and its declared range (`between 1 and 10`), a comparison can never be true for any household: a count is never below 0, a percentage never above 100%. Often a typing mistake in the figure or the operator. A warning: the rules still run.',
        id: 'Dari jenis kolom dan rentang yang dideklarasikan (`between 1 and 10`), sebuah perbandingan tidak mungkin benar untuk KPM mana pun: count tidak pernah di bawah 0, persentase tidak pernah di atas 100%. Sering kali salah ketik pada angka atau operatornya. Ini peringatan: aturan tetap berjalan.',
    },
    wrong: [
        {
            title: 'a decile above the highest decile',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 or ⟦welfare_decile > 10⟧
`,
            },
            expect: [{
                code: 'KDH032', kind: 'neverHolds', severity: 'warning',
                en: '`welfare_decile > 10` can never hold: `welfare_decile` is between 1 and 10.',
                id: '`welfare_decile > 10` tidak mungkin terpenuhi: `welfare_decile` selalu antara 1 dan 10.',
            }],
        },
        {
            title: 'a count below zero',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when ⟦elderly < 0⟧ or welfare_decile > 4
`,
            },
            expect: [{
                code: 'KDH032', kind: 'neverHolds', severity: 'warning',
                en: '`elderly < 0` can never hold: `elderly` is never below 0.',
                id: '`elderly < 0` tidak mungkin terpenuhi: `elderly` tidak pernah di bawah 0.',
            }],
        },
    ],
    right: [
        {
            title: 'comparisons that depend on the household',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 or welfare_decile > 4
`,
            },
        },
    ],
} satisfies DiagnosticCase;
