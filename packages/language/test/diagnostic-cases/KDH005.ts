import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH005',
    title: { en: 'Not a yes/no condition', id: 'Bukan syarat ya/tidak' },
    meaning: {
        en: 'A graduation condition, each side of `and` and `or`, and what follows `not` must be yes or no for each household: a comparison such as `elderly = 0`, or a yes/no column. A count, an amount or a date on its own is not a condition.',
        id: 'Syarat graduasi, kedua sisi `and` dan `or`, serta yang mengikuti `not` harus bernilai ya atau tidak untuk setiap KPM: perbandingan seperti `elderly = 0`, atau kolom yes/no. Jumlah, nominal uang atau tanggal saja bukan syarat.',
    },
    wrong: [
        {
            title: 'a count as the condition',
            files: {
                'main.kaidah': `household {
  id        text   key
  elderly   count
  disabled  count
}

graduation natural "Graduasi Alamiah"
  when ⟦elderly + disabled⟧
`,
            },
            expect: [{
                code: 'KDH005', kind: 'notYesNo', severity: 'error',
                en: 'The condition of `natural` must be yes/no, but `elderly + disabled` is a count.',
                id: 'Syarat `natural` harus bernilai ya/tidak, tetapi `elderly + disabled` bertipe jumlah.',
            }],
        },
        {
            title: 'an amount on one side of `and`',
            files: {
                'main.kaidah': `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and ⟦monthly_income⟧
`,
            },
            expect: [{
                code: 'KDH005', kind: 'notYesNo', severity: 'error',
                en: 'Each side of `and` must be yes/no, but `monthly_income` is money.',
                id: 'Kedua sisi `and` harus bernilai ya/tidak, tetapi `monthly_income` bertipe uang.',
            }],
        },
        {
            title: 'a number after `not`',
            files: {
                'main.kaidah': `household {
  id              text    key
  welfare_decile  number
}

graduation natural "Graduasi Alamiah"
  when not ⟦welfare_decile⟧
`,
            },
            expect: [{
                code: 'KDH005', kind: 'notYesNo', severity: 'error',
                en: 'What follows `not` must be yes/no, but `welfare_decile` is a number.',
                id: 'Yang mengikuti `not` harus bernilai ya/tidak, tetapi `welfare_decile` bertipe angka.',
            }],
        },
        {
            title: 'a date as the condition',
            files: {
                'main.kaidah': `household {
  id              text  key
  graduated_date  date
}

graduation natural "Graduasi Alamiah"
  when ⟦graduated_date⟧
`,
            },
            expect: [{
                code: 'KDH005', kind: 'notYesNo', severity: 'error',
                en: 'The condition of `natural` must be yes/no, but `graduated_date` is a date.',
                id: 'Syarat `natural` harus bernilai ya/tidak, tetapi `graduated_date` bertipe tanggal.',
            }],
        },
    ],
    right: [
        {
            title: 'comparisons and yes/no columns',
            files: {
                'main.kaidah': `household {
  id              text    key
  elderly         count
  disabled        count
  has_business    yes/no
  monthly_income  money
  welfare_decile  number
}

graduation natural "Graduasi Alamiah"
  when elderly + disabled = 0 or not (welfare_decile <= 4)

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= Rp 2.000.000
`,
            },
        },
    ],
} satisfies DiagnosticCase;
