import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH029',
    title: { en: '`years since` without a date', id: '`years since` tanpa tanggal' },
    meaning: {
        en: '`years since`, `months since` and `days since` count the time from a date to the date the rules are evaluated for, so what follows must be a date column or a date such as `2020-04-01`.',
        id: '`years since`, `months since` dan `days since` menghitung waktu dari suatu tanggal sampai tanggal perhitungan aturan, jadi yang mengikutinya harus kolom bertipe tanggal (`date`) atau tanggal tertulis seperti `2020-04-01`.',
    },
    wrong: [
        {
            title: 'a year of birth as a number',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id          text    key
  birth_year  number
}

graduation natural "Graduasi Alamiah"
  when years since ⟦birth_year⟧ >= 60
`,
            },
            expect: [{
                code: 'KDH029', kind: 'sinceNotDate', severity: 'error',
                en: '`years since` needs a date, but `birth_year` is a number.',
                id: '`years since` memerlukan tanggal, tetapi `birth_year` bertipe angka.',
            }],
        },
    ],
    right: [
        {
            title: 'a date of birth',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id          text  key
  birth_date  date
}

graduation natural "Graduasi Alamiah"
  when years since birth_date >= 60
`,
            },
        },
    ],
} satisfies DiagnosticCase;
