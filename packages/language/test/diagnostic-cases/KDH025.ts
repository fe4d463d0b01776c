import type { DiagnosticCase } from './case.js';

const rules = (program: string, constant: string) => `${program}

household {
  id              text   key
  monthly_income  money
}

${constant}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`;

const dated = 'constant poverty_line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01';

export default {
    code: 'KDH025',
    title: { en: 'No date to evaluate the rules for', id: 'Tidak ada tanggal untuk menghitung aturan' },
    meaning: {
        en: 'Some figures depend on the date: a constant or amount with `from` dates, or `years since`, `months since`, `days since`. The date is 31 December of the program\'s year (`program "PKH 2024"` or `program "PKH" year 2024`), or the date given with `kaidah run --on`. Without one, or when the date is before a figure\'s first value, the rules cannot be worked out. Found by `kaidah check` and `kaidah run`.',
        id: 'Sebagian angka bergantung pada tanggal: konstanta atau besaran dengan tanggal `from`, atau `years since`, `months since`, `days since`. Tanggalnya adalah 31 Desember tahun program (`program "PKH 2024"` atau `program "PKH" year 2024`), atau tanggal yang diberikan dengan `kaidah run --on`. Tanpa tanggal, atau bila tanggalnya sebelum nilai pertama suatu angka, aturan tidak dapat dihitung. Ditemukan oleh `kaidah check` dan `kaidah run`.',
    },
    wrong: [
        {
            title: 'a program without a year',
            doc: true,
            files: { 'main.kaidah': rules('program "PKH"', `⟦${dated}⟧`) },
            compile: { entry: 'main.kaidah' },
            expect: [{
                code: 'KDH025', kind: 'noEvaluationDate', severity: 'error',
                en: '`poverty_line` depends on the date, but the rules do not say which date to use: write `program "..." year 2024` or run with `--on 2024-12-31`.',
                id: '`poverty_line` bergantung pada tanggal, tetapi aturan tidak menyebut tanggal yang dipakai: tulis `program "..." year 2024` atau jalankan dengan `--on 2024-12-31`.',
            }],
        },
        {
            title: '`years since` without a year',
            files: {
                'main.kaidah': `program "PKH"

household {
  id          text  key
  birth_date  date
}

graduation natural "Graduasi Alamiah"
  when ⟦years since birth_date⟧ >= 60
`,
            },
            compile: { entry: 'main.kaidah' },
            expect: [{
                code: 'KDH025', kind: 'noEvaluationDate', severity: 'error',
                en: '`years since birth_date` depends on the date, but the rules do not say which date to use: write `program "..." year 2024` or run with `--on 2024-12-31`.',
                id: '`years since birth_date` bergantung pada tanggal, tetapi aturan tidak menyebut tanggal yang dipakai: tulis `program "..." year 2024` atau jalankan dengan `--on 2024-12-31`.',
            }],
        },
        {
            title: 'run for a date before the first value',
            doc: true,
            files: { 'main.kaidah': rules('program "PKH 2024"', `⟦${dated}⟧`) },
            compile: { entry: 'main.kaidah', on: '2023-01-15' },
            expect: [{
                code: 'KDH025', kind: 'nothingInForce', severity: 'error',
                en: '`poverty_line` has no value on 2023-01-15: its first value applies from 2023-03-01.',
                id: '`poverty_line` tidak memiliki nilai pada 2023-01-15: nilai pertamanya baru berlaku mulai 2023-03-01.',
            }],
        },
    ],
    right: [
        {
            title: 'the year in the program\'s name',
            doc: true,
            files: { 'main.kaidah': rules('program "PKH 2024"', dated) },
        },
        {
            title: 'the year written out',
            files: { 'main.kaidah': rules('program "PKH" year 2024', dated) },
        },
        {
            title: 'run for a date on which a value applies',
            doc: true,
            files: { 'main.kaidah': rules('program "PKH 2024"', dated) },
            compile: { entry: 'main.kaidah', on: '2023-06-30' },
        },
    ],
} satisfies DiagnosticCase;
