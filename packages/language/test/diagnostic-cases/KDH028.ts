import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH028',
    title: { en: 'A date that does not exist', id: 'Tanggal yang tidak ada' },
    meaning: {
        en: 'Dates are written year-month-day (`2024-03-01`) and must exist in the calendar: no 30 February, no month 13.',
        id: 'Tanggal ditulis tahun-bulan-hari (`2024-03-01`) dan harus ada di kalender: tidak ada 30 Februari, tidak ada bulan ke-13.',
    },
    wrong: [
        {
            title: '30 February in a condition',
            files: {
                'main.kaidah': `household {
  id          text  key
  registered  date
}

graduation natural "Graduasi Alamiah"
  when registered < ⟦2024-02-30⟧
`,
            },
            expect: [{
                code: 'KDH028', kind: 'badDate', severity: 'error',
                en: '`2024-02-30` is not a date in the calendar; write dates as YYYY-MM-DD.',
                id: '`2024-02-30` bukan tanggal yang ada di kalender; tulis tanggal sebagai TTTT-BB-HH.',
            }],
        },
        {
            title: 'day and month swapped in a `from` date',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id              text   key
  monthly_income  money
}

constant poverty_line = Rp 550.458 from 2023-03-01, Rp 582.932 from ⟦2024-15-03⟧

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
            expect: [{
                code: 'KDH028', kind: 'badDate', severity: 'error',
                en: '`2024-15-03` is not a date in the calendar; write dates as YYYY-MM-DD.',
                id: '`2024-15-03` bukan tanggal yang ada di kalender; tulis tanggal sebagai TTTT-BB-HH.',
            }],
        },
    ],
    right: [
        {
            title: 'dates that exist',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id              text   key
  registered      date
  monthly_income  money
}

constant poverty_line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-15

graduation natural "Graduasi Alamiah"
  when registered < 2024-02-29

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
        },
    ],
} satisfies DiagnosticCase;
