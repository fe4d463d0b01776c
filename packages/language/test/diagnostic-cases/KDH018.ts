import type { DiagnosticCase } from './case.js';

const rules = (rank: string) => `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= Rp 1.200.000
  rank by ${rank} descending
`;

export default {
    code: 'KDH018',
    title: { en: 'A ranking by something that has no order', id: 'Peringkat menurut sesuatu yang tidak berurutan' },
    meaning: {
        en: '`rank by` puts the candidates of a category in order, so it needs something with an order: a number, count, amount, percentage, date or text. Yes/no has no order worth ranking by; put it in the condition instead.',
        id: '`rank by` mengurutkan kandidat suatu kategori, jadi memerlukan sesuatu yang berurutan: angka, count, uang, persentase, tanggal atau teks. Yes/no tidak layak dijadikan urutan; masukkan ke dalam syarat.',
    },
    wrong: [
        {
            title: 'ranked by a yes/no column',
            files: { 'main.kaidah': rules('⟦has_business⟧') },
            expect: [{
                code: 'KDH018', kind: 'rankType', severity: 'error',
                en: '`rank by` needs something that has an order (a number, count, money, percentage, date or text), but `has_business` is yes/no.',
                id: '`rank by` memerlukan nilai yang dapat diurutkan (angka, jumlah, uang, persen, tanggal atau teks), tetapi `has_business` bertipe ya/tidak.',
            }],
        },
    ],
    right: [
        {
            title: 'the yes/no column in the condition, ranked by income',
            files: {
                'main.kaidah': `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= Rp 1.200.000
  rank by monthly_income descending
`,
            },
        },
    ],
} satisfies DiagnosticCase;
