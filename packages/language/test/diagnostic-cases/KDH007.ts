import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text   key
  elderly         count
  monthly_income  money
}

constant poverty_line = Rp 582.932
`;

export default {
    code: 'KDH007',
    title: { en: 'Arithmetic that mixes units', id: 'Perhitungan yang mencampur satuan' },
    meaning: {
        en: 'Arithmetic follows units: money plus money is money, money times a number is money, money divided by money is a number; but money plus a count, or money times money, has no meaning. `of` takes a percentage on its left: `10% of x`.',
        id: 'Perhitungan mengikuti satuan: uang ditambah uang adalah uang, uang dikali angka adalah uang, uang dibagi uang adalah angka; tetapi uang ditambah count, atau uang dikali uang, tidak bermakna. `of` memerlukan persentase di sebelah kiri: `10% of x`.',
    },
    wrong: [
        {
            title: 'money plus a count',
            doc: true,
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when ⟦monthly_income + elderly⟧ >= 2 × poverty_line
`,
            },
            expect: [{
                code: 'KDH007', kind: 'unitMismatch', severity: 'error',
                en: '`monthly_income + elderly` has no meaning: money + count. Did you mean `monthly_income + elderly × Rp ...`?',
                id: '`monthly_income + elderly` tidak bermakna: uang + jumlah. Mungkin maksud Anda `monthly_income + elderly × Rp ...`?',
            }],
        },
        {
            title: '`of` after a number instead of a percentage',
            doc: true,
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when elderly = 0 and monthly_income >= ⟦150 of poverty_line⟧
`,
            },
            expect: [{
                code: 'KDH007', kind: 'unitMismatch', severity: 'error',
                en: '`of` takes a percentage on its left (e.g. `10% of households`), but `150` is a number.',
                id: '`of` memerlukan persentase di sebelah kiri (mis. `10% of households`), tetapi `150` bertipe angka.',
            }],
        },
    ],
    right: [
        {
            title: 'money with money, a percentage of money',
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when elderly = 0 and monthly_income >= 150% of poverty_line
`,
            },
        },
    ],
} satisfies DiagnosticCase;
