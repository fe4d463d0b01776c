import type { DiagnosticCase } from './case.js';

const rules = (year: string) => `program "PKH Kabupaten Jember" year ${year}

household {
  id          text  key
  birth_date  date
}

graduation natural "Graduasi Alamiah"
  when years since birth_date >= 60
`;

export default {
    code: 'KDH042',
    title: { en: 'The program year is not a year', id: 'Tahun program bukan tahun yang sah' },
    meaning: {
        en: 'The `year` of a program sets the date the rules are worked out for (31 December of that year). It must be written with four digits, from 1900 to 2200.',
        id: '`year` sebuah program menentukan tanggal perhitungan aturan (31 Desember tahun itu). Tahun harus ditulis dengan empat angka, dari 1900 sampai 2200.',
    },
    wrong: [
        {
            title: 'a year left at zero',
            files: { 'main.kaidah': rules('⟦0⟧') },
            expect: [{
                code: 'KDH042', kind: 'yearOutOfRange', severity: 'error',
                en: '`year 0` is not a year these rules can apply to: write the program year with four digits, from 1900 to 2200 (e.g. `year 2024`).',
                id: '`year 0` bukan tahun berlakunya aturan: tulis tahun program dengan empat angka, dari 1900 sampai 2200 (mis. `year 2024`).',
            }],
        },
        {
            title: 'a year with a digit too many',
            files: { 'main.kaidah': rules('⟦20245⟧') },
            expect: [{
                code: 'KDH042', kind: 'yearOutOfRange', severity: 'error',
                en: '`year 20245` is not a year these rules can apply to: write the program year with four digits, from 1900 to 2200 (e.g. `year 2024`).',
                id: '`year 20245` bukan tahun berlakunya aturan: tulis tahun program dengan empat angka, dari 1900 sampai 2200 (mis. `year 2024`).',
            }],
        },
    ],
    right: [
        { title: 'the program year', files: { 'main.kaidah': rules('2024') } },
    ],
} satisfies DiagnosticCase;
