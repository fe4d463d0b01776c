import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH022',
    title: { en: 'A benefit component listed twice', id: 'Komponen bantuan tercantum dua kali' },
    meaning: {
        en: 'Each kind of member appears once in `benefit components`; a second line for the same one would pay it twice or leave unclear which amount holds. For an amount that changes by date, give the one line several dated amounts.',
        id: 'Setiap jenis anggota hanya muncul sekali dalam `benefit components`; baris kedua untuk jenis yang sama akan membayarnya dua kali atau membuat besaran mana yang berlaku tidak jelas. Untuk besaran yang berubah menurut tanggal, beri satu baris itu beberapa besaran bertanggal.',
    },
    wrong: [
        {
            title: 'the same component on two lines',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id           text   key
  early_child  count
  elderly      count
}

benefit components {
  early_child  Rp 2.400.000
  elderly      Rp 2.400.000
  ⟦early_child⟧  Rp 3.000.000
}
`,
            },
            expect: [{
                code: 'KDH022', kind: 'componentTwice', severity: 'error',
                en: 'The benefit component `early_child` is listed twice.',
                id: 'Komponen bantuan `early_child` tercantum dua kali.',
            }],
        },
    ],
    right: [
        {
            title: 'one line with the amounts by date',
            files: {
                'main.kaidah': `program "PKH 2024"

household {
  id           text   key
  early_child  count
  elderly      count
}

benefit components {
  early_child  Rp 2.400.000 from 2019-01-01, Rp 3.000.000 from 2020-04-01
  elderly      Rp 2.400.000
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
