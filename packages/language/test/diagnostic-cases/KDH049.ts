import type { DiagnosticCase } from './case.js';

const national = (adaptable: string) => `household {
  id              text   key
  district        text
  monthly_income  money
  has_business    yes/no
}

constant poverty_line = Rp 582.932

${adaptable}graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= 2 × poverty_line
`;

export default {
    code: 'KDH049',
    title: { en: 'A category a district may not adapt', id: 'Kategori yang tidak boleh disesuaikan kabupaten/kota' },
    meaning: {
        en: 'Inside its block a district may give a national category its own condition (`adapt graduation self_reliant when ...`), but only when the national file allows it by declaring the category `adaptable graduation`. The adapted category keeps its place in the order, its label, rank and targets. A district\'s own category is changed where it is declared.',
        id: 'Di dalam bloknya kabupaten/kota dapat memberi kategori nasional syarat sendiri (`adapt graduation self_reliant when ...`), tetapi hanya bila file nasional mengizinkannya dengan mendeklarasikan kategori itu `adaptable graduation`. Kategori yang disesuaikan tetap di urutannya, dengan label, peringkat dan targetnya. Kategori milik kabupaten/kota sendiri diubah di tempat deklarasinya.',
    },
    wrong: [
        {
            title: 'a district adapting a category the national file keeps as it is',
            files: {
                'pkh-2024.kaidah': national(''),
                'jember.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Jember" {
  adapt graduation ⟦self_reliant⟧
    when monthly_income >= 3 × poverty_line
}
`,
            },
            expect: [{
                code: 'KDH049', kind: 'notAdaptable', severity: 'error',
                en: 'The national category `self_reliant` may not be adapted by a district: only a category declared `adaptable graduation` may. Ask for it in the national file, or declare a category of the district\'s own under another name.',
                id: 'Kategori nasional `self_reliant` tidak boleh disesuaikan oleh kabupaten/kota: hanya kategori yang dideklarasikan `adaptable graduation` yang boleh. Mintalah di file nasional, atau deklarasikan kategori milik kabupaten/kota sendiri dengan nama lain.',
            }],
        },
    ],
    right: [
        {
            title: 'the national file declares the category adaptable',
            files: {
                'pkh-2024.kaidah': national('adaptable '),
                'jember.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Jember" {
  adapt graduation self_reliant
    when monthly_income >= 3 × poverty_line
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
