import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text    key
  elderly         count
  welfare_decile  number  between 1 and 10
}
`;

export default {
    code: 'KDH034',
    title: { en: 'A graduation category that can never be chosen', id: 'Kategori graduasi yang tidak mungkin terpilih' },
    meaning: {
        en: 'A household gets the first category whose condition it meets, in the order written (used files first). This category comes after one that every household meeting its condition already meets, or after one that holds for every household, so no household ever gets it. Put the narrower category first. A warning: the rules still run.',
        id: 'Sebuah KPM masuk kategori pertama yang syaratnya terpenuhi, menurut urutan penulisan (file yang dipakai lebih dulu). Kategori ini datang setelah kategori yang syaratnya sudah dipenuhi oleh setiap KPM yang memenuhi syarat kategori ini, atau setelah kategori yang terpenuhi oleh semua KPM, sehingga tidak ada KPM yang pernah masuk kategori ini. Letakkan kategori yang lebih sempit lebih dulu. Ini peringatan: aturan tetap berjalan.',
    },
    wrong: [
        {
            title: 'a narrower category after a wider one',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 or welfare_decile > 4

graduation ⟦well_off⟧ "Graduasi Sejahtera"
  when welfare_decile > 6
`,
            },
            expect: [{
                code: 'KDH034', kind: 'unreachable', severity: 'warning',
                en: '`well_off` can never be chosen: every household that meets its condition already meets `natural`, which comes first.',
                id: '`well_off` tidak mungkin terpilih: setiap KPM yang memenuhi syaratnya sudah memenuhi `natural`, yang lebih dulu.',
            }],
        },
        {
            title: 'a district category after a national one that always holds',
            files: {
                'pkh-2024.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when ⟦elderly >= 0⟧ or welfare_decile > 4
`,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

graduation ⟦regional⟧ "Graduasi Kelayakan Daerah"
  when welfare_decile > 3
`,
            },
            expect: [
                {
                    code: 'KDH033', kind: 'alwaysHolds', severity: 'warning',
                    en: '`elderly >= 0` always holds: `elderly` is never below 0.',
                    id: '`elderly >= 0` selalu terpenuhi: `elderly` tidak pernah di bawah 0.',
                },
                {
                    code: 'KDH034', kind: 'unreachable', severity: 'warning',
                    en: '`regional` can never be chosen: the condition of `natural`, which comes first, holds for every household.',
                    id: '`regional` tidak mungkin terpilih: syarat `natural`, yang lebih dulu, terpenuhi oleh setiap KPM.',
                },
            ],
        },
    ],
    right: [
        {
            title: 'the narrower category first',
            files: {
                'main.kaidah': `${schema}
graduation well_off "Graduasi Sejahtera"
  when welfare_decile > 6

graduation natural "Graduasi Alamiah"
  when elderly = 0 or welfare_decile > 4
`,
            },
        },
    ],
} satisfies DiagnosticCase;
