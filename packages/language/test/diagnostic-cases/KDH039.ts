import type { DiagnosticCase } from './case.js';

const rules = (income: string, business: string) => `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= Rp 1.200.000

test "a family with a business and enough income graduates self-reliant" {
  household {
    monthly_income  ${income}
    has_business    ${business}
  }
  expect category = self_reliant
}
`;

export default {
    code: 'KDH039',
    title: { en: 'A test household field of the wrong kind', id: 'Isian KPM dalam tes dengan jenis yang salah' },
    meaning: {
        en: 'In a `test`, each field of the `household { ... }` is written like the column\'s data: money with `Rp`, percentages with `%`, yes/no as `yes` or `no` (without quotes), dates as YYYY-MM-DD.',
        id: 'Dalam `test`, setiap isian `household { ... }` ditulis seperti data kolomnya: uang dengan `Rp`, persentase dengan `%`, yes/no sebagai `yes` atau `no` (tanpa tanda kutip), tanggal sebagai TTTT-BB-HH.',
    },
    wrong: [
        {
            title: 'an income without `Rp`',
            files: { 'main.kaidah': rules('⟦1.200.000⟧', 'yes') },
            expect: [{
                code: 'KDH039', kind: 'testFieldType', severity: 'error',
                en: '`monthly_income` is money, but the test gives `1.200.000`, which is a number.',
                id: '`monthly_income` bertipe uang, tetapi tes memberi `1.200.000` yang bertipe angka.',
            }],
        },
        {
            title: 'yes in quotes',
            files: { 'main.kaidah': rules('Rp 1.200.000', '⟦"yes"⟧') },
            expect: [{
                code: 'KDH039', kind: 'testFieldType', severity: 'error',
                en: '`has_business` is yes/no, but the test gives `"yes"`, which is text.',
                id: '`has_business` bertipe ya/tidak, tetapi tes memberi `"yes"` yang bertipe teks.',
            }],
        },
    ],
    right: [
        {
            title: 'fields written like the data',
            files: { 'main.kaidah': rules('Rp 1.200.000', 'yes') },
        },
    ],
} satisfies DiagnosticCase;
