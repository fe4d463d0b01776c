import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH036',
    title: { en: 'A column range that cannot be used', id: 'Rentang kolom yang tidak dapat dipakai' },
    meaning: {
        en: '`between ... and ...` on a column says which values the data may hold (rows outside it are rejected) and lets Kaidah check comparisons against it. Both ends must be fixed values of the column\'s kind (money with `Rp`, percentages with `%`), the lower one first.',
        id: '`between ... and ...` pada kolom menyatakan nilai yang boleh ada di data (baris di luar rentang ditolak) dan memungkinkan Kaidah memeriksa perbandingan terhadapnya. Kedua ujungnya harus nilai tetap yang sejenis dengan kolom (uang dengan `Rp`, persentase dengan `%`), yang lebih kecil lebih dulu.',
    },
    wrong: [
        {
            title: 'the ends the wrong way round',
            files: {
                'main.kaidah': `household {
  id              text    key
  has_business    yes/no
  welfare_decile  number  between ⟦10⟧ and 1
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business
  rank by welfare_decile ascending
`,
            },
            expect: [{
                code: 'KDH036', kind: 'columnRange', severity: 'error',
                en: '`between` for `welfare_decile` needs two fixed values of type number, the first not above the second (e.g. `between 1 and 10`).',
                id: '`between` untuk `welfare_decile` memerlukan dua nilai tetap bertipe angka, yang pertama tidak lebih besar dari yang kedua (mis. `between 1 and 10`).',
            }],
        },
        {
            title: 'an income range without `Rp`',
            doc: true,
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money  between ⟦0⟧ and 50.000.000
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= Rp 1.200.000
`,
            },
            expect: [{
                code: 'KDH036', kind: 'columnRange', severity: 'error',
                en: '`between` for `monthly_income` needs two fixed values of type money, the first not above the second (e.g. `between Rp 0 and Rp 10.000.000`).',
                id: '`between` untuk `monthly_income` memerlukan dua nilai tetap bertipe uang, yang pertama tidak lebih besar dari yang kedua (mis. `between Rp 0 and Rp 10.000.000`).',
            }],
        },
        {
            title: 'a percentage range without `%`',
            files: {
                'main.kaidah': `household {
  id               text     key
  p2k2_attendance  percent  between ⟦0⟧ and 100
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when p2k2_attendance >= 80%
`,
            },
            expect: [{
                code: 'KDH036', kind: 'columnRange', severity: 'error',
                en: '`between` for `p2k2_attendance` needs two fixed values of type percent, the first not above the second (e.g. `between 0% and 100%`).',
                id: '`between` untuk `p2k2_attendance` memerlukan dua nilai tetap bertipe persen, yang pertama tidak lebih besar dari yang kedua (mis. `between 0% and 100%`).',
            }],
        },
    ],
    right: [
        {
            title: 'ranges of the column\'s kind, lower end first',
            files: {
                'main.kaidah': `household {
  id               text     key
  welfare_decile   number   between 1 and 10
  monthly_income   money    between Rp 0 and Rp 50.000.000
  p2k2_attendance  percent  between 0% and 100%
}

graduation natural "Graduasi Alamiah"
  when welfare_decile > 4

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= Rp 1.200.000 and p2k2_attendance >= 80%
`,
            },
        },
    ],
} satisfies DiagnosticCase;
