import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text    key
  elderly         count
  welfare_decile  number  between 1 and 10
}
`;

export default {
    code: 'KDH033',
    title: { en: 'A comparison that always holds', id: 'Perbandingan yang selalu terpenuhi' },
    meaning: {
        en: 'From the column\'s kind and its declared range, a comparison is true for every household, so it does not select anything: a count is never below 0, a decile between 1 and 10 is always at most 10. Often a typing mistake in the figure or the operator. A warning: the rules still run.',
        id: 'Dari jenis kolom dan rentang yang dideklarasikan, sebuah perbandingan benar untuk setiap KPM, sehingga tidak memilih apa pun: count tidak pernah di bawah 0, desil antara 1 dan 10 selalu paling besar 10. Sering kali salah ketik pada angka atau operatornya. Ini peringatan: aturan tetap berjalan.',
    },
    wrong: [
        {
            title: 'every decile is at most 10',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 and ⟦welfare_decile <= 10⟧
`,
            },
            expect: [{
                code: 'KDH033', kind: 'alwaysHolds', severity: 'warning',
                en: '`welfare_decile <= 10` always holds: `welfare_decile` is between 1 and 10.',
                id: '`welfare_decile <= 10` selalu terpenuhi: `welfare_decile` selalu antara 1 dan 10.',
            }],
        },
        {
            title: 'a count of zero or more',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when ⟦elderly >= 0⟧ and welfare_decile > 4
`,
            },
            expect: [{
                code: 'KDH033', kind: 'alwaysHolds', severity: 'warning',
                en: '`elderly >= 0` always holds: `elderly` is never below 0.',
                id: '`elderly >= 0` selalu terpenuhi: `elderly` tidak pernah di bawah 0.',
            }],
        },
    ],
    right: [
        {
            title: 'comparisons that depend on the household',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 and welfare_decile <= 4
`,
            },
        },
    ],
} satisfies DiagnosticCase;
