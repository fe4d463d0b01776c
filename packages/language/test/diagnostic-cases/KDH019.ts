import type { DiagnosticCase } from './case.js';

const national = `household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business

every district {
  quantity facilitators  count
  quantity budget        money  "Anggaran sarana usaha"
  target self_reliant = round down(budget / Rp 5.000.000)
}
`;

export default {
    code: 'KDH019',
    title: { en: 'A district quantity of the wrong kind', id: 'Besaran kabupaten/kota dengan jenis yang salah' },
    meaning: {
        en: 'Each quantity declared in `every district` has a kind (`count`, `money`, ...), and the value a district gives it, or its default, must be of that kind: money written with `Rp`, a count as a plain number without quotes.',
        id: 'Setiap besaran yang dideklarasikan dalam `every district` memiliki jenis (`count`, `money`, ...), dan nilai yang diisi kabupaten/kota, atau nilai bawaannya, harus berjenis sama: uang ditulis dengan `Rp`, count sebagai angka biasa tanpa tanda kutip.',
    },
    wrong: [
        {
            title: 'a budget without `Rp`',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
  budget ⟦12.900.000.000⟧
}
`,
            },
            expect: [{
                code: 'KDH019', kind: 'settingType', severity: 'error',
                en: '`budget` is money, but `12.900.000.000` is a number.',
                id: '`budget` bertipe uang, tetapi `12.900.000.000` bertipe angka.',
            }],
        },
        {
            title: 'a fraction of a facilitator',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators ⟦2,5⟧
  budget Rp 12.900.000.000
}
`,
            },
            expect: [{
                code: 'KDH019', kind: 'settingType', severity: 'error',
                en: '`facilitators` is a count, but `2,5` is a number.',
                id: '`facilitators` bertipe jumlah, tetapi `2,5` bertipe angka.',
            }],
        },
        {
            title: 'a count in quotes',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators ⟦"258"⟧
  budget Rp 12.900.000.000
}
`,
            },
            expect: [{
                code: 'KDH019', kind: 'settingType', severity: 'error',
                en: '`facilitators` is a count, but `"258"` is text.',
                id: '`facilitators` bertipe jumlah, tetapi `"258"` bertipe teks.',
            }],
        },
    ],
    right: [
        {
            title: 'money with `Rp`, a count without quotes',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
  budget Rp 12.900.000.000
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
