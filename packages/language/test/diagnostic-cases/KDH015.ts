import type { DiagnosticCase } from './case.js';

const rules = (amount: string) => `household {
  id          text   key
  elementary  count
}

benefit components {
  elementary  ${amount}
}
`;

export default {
    code: 'KDH015',
    title: { en: 'A benefit amount that is not money', id: 'Besaran bantuan yang bukan uang' },
    meaning: {
        en: 'The amount of a benefit component is paid in Rupiah, so it must be written as money: `Rp 900.000`, `Rp 1,5 juta`.',
        id: 'Besaran komponen bantuan dibayar dalam Rupiah, jadi harus ditulis sebagai uang: `Rp 900.000`, `Rp 1,5 juta`.',
    },
    wrong: [
        {
            title: 'an amount without `Rp`',
            files: { 'main.kaidah': rules('⟦900.000⟧') },
            expect: [{
                code: 'KDH015', kind: 'amountNotMoney', severity: 'error',
                en: 'A benefit amount must be money (e.g. `Rp 900.000`), but `900.000` is a number.',
                id: 'Besaran bantuan harus berupa uang (mis. `Rp 900.000`), tetapi `900.000` bertipe angka.',
            }],
        },
        {
            title: 'a percentage as an amount',
            files: { 'main.kaidah': rules('⟦10%⟧') },
            expect: [{
                code: 'KDH015', kind: 'amountNotMoney', severity: 'error',
                en: 'A benefit amount must be money (e.g. `Rp 900.000`), but `10%` is a percentage.',
                id: 'Besaran bantuan harus berupa uang (mis. `Rp 900.000`), tetapi `10%` bertipe persen.',
            }],
        },
    ],
    right: [
        {
            title: 'the amount in Rupiah',
            files: { 'main.kaidah': rules('Rp 900.000') },
        },
    ],
} satisfies DiagnosticCase;
