import type { DiagnosticCase } from './case.js';

const rules = (target: string) => `household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business

every district {
  quantity facilitators  count
  target self_reliant = ${target}
}
`;

export default {
    code: 'KDH013',
    title: { en: 'A target that is not a number of households', id: 'Target yang bukan jumlah KPM' },
    meaning: {
        en: 'A target says how many households of a category to propose, so its formula must give a whole count. A formula with a decimal or a division can give a fraction: round it with `round down(...)`, `round up(...)` or `round(...)`. Money, percentages and other kinds of value are not targets.',
        id: 'Target menyatakan berapa KPM dari suatu kategori yang diusulkan, jadi rumusnya harus menghasilkan jumlah bulat. Rumus dengan desimal atau pembagian dapat menghasilkan pecahan: bulatkan dengan `round down(...)`, `round up(...)` atau `round(...)`. Uang, persentase dan jenis nilai lain bukan target.',
    },
    wrong: [
        {
            title: 'a decimal factor without rounding',
            files: { 'main.kaidah': rules('⟦facilitators × 7,5⟧') },
            expect: [{
                code: 'KDH013', kind: 'targetNotCount', severity: 'error',
                en: '`facilitators × 7,5` can give a fraction, but a target counts households: round it with `round down(...)` (or `round up(...)`, `round(...)`).',
                id: '`facilitators × 7,5` dapat menghasilkan pecahan, padahal target adalah jumlah KPM: bulatkan dengan `round down(...)` (atau `round up(...)`, `round(...)`).',
            }],
        },
        {
            title: 'an amount of money as a target',
            files: { 'main.kaidah': rules('⟦Rp 500.000.000⟧') },
            expect: [{
                code: 'KDH013', kind: 'targetNotCount', severity: 'error',
                en: 'A target counts households, but `Rp 500.000.000` is money.',
                id: 'Target menghitung jumlah KPM, tetapi `Rp 500.000.000` bertipe uang.',
            }],
        },
    ],
    right: [
        {
            title: 'rounded down to whole households',
            files: { 'main.kaidah': rules('round down(facilitators × 7,5)') },
        },
    ],
} satisfies DiagnosticCase;
