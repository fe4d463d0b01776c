import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH006',
    title: { en: 'Values that cannot be compared', id: 'Nilai yang tidak dapat dibandingkan' },
    meaning: {
        en: 'Both sides of a comparison must be of kinds that can be compared: money with money (`Rp 0`, not `0`), percentages with percentages (a plain number is KDH045), counts and numbers with each other, dates with dates (`2020-01-01`, not `2020`); text and yes/no only with `=` and `!=`.',
        id: 'Kedua sisi perbandingan harus dapat dibandingkan: uang dengan uang (`Rp 0`, bukan `0`), persentase dengan persentase (angka biasa: KDH045), count dan angka satu sama lain, tanggal dengan tanggal (`2020-01-01`, bukan `2020`); teks dan yes/no hanya dengan `=` dan `!=`.',
    },
    wrong: [
        {
            title: 'an income compared with 0 without `Rp`',
            files: {
                'main.kaidah': `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and ⟦monthly_income > 0⟧
`,
            },
            expect: [{
                code: 'KDH006', kind: 'incomparable', severity: 'error',
                en: 'Cannot compare money with a number using `>` in `monthly_income > 0`; write the amount with `Rp`: `Rp 0`.',
                id: 'Tidak dapat membandingkan uang dengan angka memakai `>` pada `monthly_income > 0`; tulis nominal uang dengan `Rp`: `Rp 0`.',
            }],
        },
        {
            title: 'a text column compared with a number',
            files: {
                'main.kaidah': `household {
  id              text  key
  welfare_decile  text
}

graduation natural "Graduasi Alamiah"
  when ⟦welfare_decile > 4⟧
`,
            },
            expect: [{
                code: 'KDH006', kind: 'incomparable', severity: 'error',
                en: 'Cannot compare text with a number using `>` in `welfare_decile > 4`.',
                id: 'Tidak dapat membandingkan teks dengan angka memakai `>` pada `welfare_decile > 4`.',
            }],
        },
        {
            title: 'a date compared with a year',
            files: {
                'main.kaidah': `household {
  id          text  key
  registered  date
}

graduation natural "Graduasi Alamiah"
  when ⟦registered < 2020⟧
`,
            },
            expect: [{
                code: 'KDH006', kind: 'incomparable', severity: 'error',
                en: 'Cannot compare a date with a number using `<` in `registered < 2020`.',
                id: 'Tidak dapat membandingkan tanggal dengan angka memakai `<` pada `registered < 2020`.',
            }],
        },
    ],
    right: [
        {
            title: 'a percentage with `%`, money with `Rp`, a number column, a full date',
            files: {
                'main.kaidah': `household {
  id               text     key
  p2k2_attendance  percent
  monthly_income   money
  welfare_decile   number
  registered       date
}

graduation natural "Graduasi Alamiah"
  when welfare_decile > 4 or registered < 2020-01-01

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when p2k2_attendance >= 80% and monthly_income > Rp 0
`,
            },
        },
    ],
} satisfies DiagnosticCase;
