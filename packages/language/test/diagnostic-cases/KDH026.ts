import type { DiagnosticCase } from './case.js';

const rules = (values: string) => `program "PKH 2024"

household {
  id              text   key
  monthly_income  money
}

constant poverty_line = ${values}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`;

export default {
    code: 'KDH026',
    title: { en: 'Dated values of different kinds', id: 'Nilai bertanggal dengan jenis berbeda' },
    meaning: {
        en: 'A constant or benefit amount that changes by date must keep its kind: if the first value is money, every later one must be money too.',
        id: 'Konstanta atau besaran bantuan yang berubah menurut tanggal harus tetap berjenis sama: bila nilai pertama berupa uang, setiap nilai berikutnya juga harus berupa uang.',
    },
    wrong: [
        {
            title: 'the new value without `Rp`',
            files: { 'main.kaidah': rules('Rp 550.458 from 2023-03-01, ⟦582.932⟧ from 2024-03-01') },
            expect: [{
                code: 'KDH026', kind: 'datedTypes', severity: 'error',
                en: 'Every value of `poverty_line` must have the same type: `582.932` is a number, but `Rp 550.458` is money.',
                id: 'Semua nilai `poverty_line` harus bertipe sama: `582.932` bertipe angka, tetapi `Rp 550.458` bertipe uang.',
            }],
        },
    ],
    right: [
        {
            title: 'every value in Rupiah',
            files: { 'main.kaidah': rules('Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01') },
        },
    ],
} satisfies DiagnosticCase;
