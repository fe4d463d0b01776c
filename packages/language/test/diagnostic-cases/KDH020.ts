import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH020',
    title: { en: 'Districts without a `district` column', id: 'Kabupaten/kota tanpa kolom `district`' },
    meaning: {
        en: 'The rules set figures per district, but the household schema has no column named `district`, so no household can be matched to a district. Name the column `district` and, if the data file calls it something else, map it with `column "..."`.',
        id: 'Aturan menetapkan angka per kabupaten/kota, tetapi skema household tidak memiliki kolom bernama `district`, sehingga tidak ada KPM yang dapat dicocokkan dengan kabupaten/kota. Beri kolom itu nama `district` dan, bila di file data namanya lain, petakan dengan `column "..."`.',
    },
    wrong: [
        {
            title: 'the column named after the data file\'s header',
            doc: true,
            files: {
                'main.kaidah': `⟦household⟧ {
  id         text  key
  ⟦kabupaten⟧  text
}

district "Kabupaten Pringsewu" {
}
`,
            },
            expect: [
                {
                    code: 'KDH020', kind: 'noDistrictColumn', severity: 'error',
                    en: 'Districts are declared, but the household schema has no column named `district` to match households to them.',
                    id: 'Kabupaten/kota dideklarasikan, tetapi skema household tidak memiliki kolom bernama `district` untuk mencocokkan KPM.',
                },
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`kabupaten` is declared but never used; remove it or use it.',
                    id: '`kabupaten` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
            ],
        },
        {
            title: 'only the sub-district in the schema',
            files: {
                'main.kaidah': `⟦household⟧ {
  id           text  key
  subdistrict  text
}

district "Kabupaten Pringsewu" {
}
`,
            },
            expect: [{
                code: 'KDH020', kind: 'noDistrictColumn', severity: 'error',
                en: 'Districts are declared, but the household schema has no column named `district` to match households to them.',
                id: 'Kabupaten/kota dideklarasikan, tetapi skema household tidak memiliki kolom bernama `district` untuk mencocokkan KPM.',
            }],
        },
    ],
    right: [
        {
            title: 'a `district` column mapped to the header in the data',
            files: {
                'main.kaidah': `household {
  id        text  key
  district  text  column "kabupaten"
}

district "Kabupaten Pringsewu" {
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
