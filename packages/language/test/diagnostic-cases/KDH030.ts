import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH030',
    title: { en: 'Declared but never used', id: 'Dideklarasikan tetapi tidak pernah dipakai' },
    meaning: {
        en: 'A column, constant or value is declared but nothing refers to it, in this file or in the files that use it: often a leftover, or a sign that another name was used by mistake. A warning: the rules still run. The key column, the columns `district`, `subdistrict` and `facilitator`, quantities and graduation categories are never reported.',
        id: 'Sebuah kolom, konstanta atau value dideklarasikan tetapi tidak dirujuk di mana pun, baik di file ini maupun di file yang memakainya: sering kali sisa lama, atau tanda bahwa nama lain terpakai karena keliru. Ini peringatan: aturan tetap berjalan. Kolom key, kolom `district`, `subdistrict` dan `facilitator`, besaran serta kategori graduasi tidak pernah dilaporkan.',
    },
    wrong: [
        {
            title: 'last year\'s poverty line left behind',
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money
}

constant ⟦old_poverty_line⟧ = Rp 550.458
constant poverty_line = Rp 582.932

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
            expect: [{
                code: 'KDH030', kind: 'unused', severity: 'warning',
                en: '`old_poverty_line` is declared but never used; remove it or use it.',
                id: '`old_poverty_line` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
            }],
        },
        {
            title: 'a column and a value nobody uses',
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money
  ⟦kks_number⟧      text
}

value ⟦yearly_income⟧ = monthly_income × 12

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= Rp 1.200.000
`,
            },
            expect: [
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`kks_number` is declared but never used; remove it or use it.',
                    id: '`kks_number` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`yearly_income` is declared but never used; remove it or use it.',
                    id: '`yearly_income` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
            ],
        },
    ],
    right: [
        {
            title: 'only what the rules use',
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money
}

constant poverty_line = Rp 582.932

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
        },
        {
            title: 'names used only by the file that uses this one',
            files: {
                'pkh-2024.kaidah': `household {
  id              text   key
  district        text
  monthly_income  money
}

constant poverty_line = Rp 582.932
`,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

graduation regional "Graduasi Kelayakan Daerah"
  when monthly_income >= poverty_line
`,
            },
        },
    ],
} satisfies DiagnosticCase;
