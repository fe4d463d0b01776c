import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

export default {
    code: 'KDH003',
    title: { en: 'Unknown name', id: 'Nama tidak dikenal' },
    meaning: {
        en: 'The rules use a name that is not declared: not a column of the household schema, a constant, a value, a graduation category or a district quantity, in this file or in the files it uses. Usually a typing mistake; when a declared name is close, the message suggests it.',
        id: 'Aturan memakai nama yang tidak dideklarasikan: bukan kolom skema household, konstanta, value, kategori graduasi atau besaran kabupaten/kota, baik di file ini maupun di file yang dipakainya. Biasanya salah ketik; bila ada nama yang mirip, pesan menyarankannya.',
    },
    wrong: [
        {
            title: 'a misspelt column',
            files: {
                'main.kaidah': `household {
  id        text   key
  ⟦elderly⟧   count
  disabled  count
}

graduation natural "Graduasi Alamiah"
  when ⟦eldery⟧ + disabled = 0
`,
            },
            expect: [
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`elderly` is declared but never used; remove it or use it.',
                    id: '`elderly` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
                {
                    code: 'KDH003', kind: 'unknownName', severity: 'error',
                    en: 'Unknown name `eldery`. Did you mean `elderly`?',
                    id: 'Nama `eldery` tidak dikenal. Mungkin maksud Anda `elderly`?',
                },
            ],
        },
        {
            title: 'a name that is not declared at all',
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × ⟦poverty_line⟧
`,
            },
            expect: [{
                code: 'KDH003', kind: 'unknownName', severity: 'error',
                en: 'Unknown name `poverty_line`.',
                id: 'Nama `poverty_line` tidak dikenal.',
            }],
        },
        {
            title: 'a misspelt graduation category in a target',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
  target ⟦self_reliance⟧ = 2.000
}
`,
            },
            expect: [{
                code: 'KDH003', kind: 'unknownName', severity: 'error',
                en: 'Unknown graduation category `self_reliance`. Did you mean `self_reliant`?',
                id: 'Kategori graduasi `self_reliance` tidak dikenal. Mungkin maksud Anda `self_reliant`?',
            }],
        },
        {
            title: 'a misspelt district quantity',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  ⟦facilitator⟧ 258
  target self_reliant = 2.000
}
`,
            },
            expect: [{
                code: 'KDH003', kind: 'unknownName', severity: 'error',
                en: 'Unknown quantity `facilitator`. Did you mean `facilitators`?',
                id: 'Besaran `facilitator` tidak dikenal. Mungkin maksud Anda `facilitators`?',
            }],
        },
    ],
    right: [
        {
            title: 'every name as declared',
            files: {
                'main.kaidah': `household {
  id        text   key
  elderly   count
  disabled  count
}

graduation natural "Graduasi Alamiah"
  when elderly + disabled = 0
`,
            },
        },
        {
            title: 'the category and the quantity as the national file declares them',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
  target self_reliant = 2.000
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
