import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text   key
  monthly_income  money
}
`;

export default {
    code: 'KDH004',
    title: { en: 'A name declared twice', id: 'Nama dideklarasikan dua kali' },
    meaning: {
        en: 'Two columns, constants, values or quantities have the same name, in one file or across a file and the files it uses, so Kaidah cannot tell which one is meant. The message says where the other one is. To change a figure over time, give one constant several dated values instead (see KDH027).',
        id: 'Dua kolom, konstanta, value atau besaran memakai nama yang sama, dalam satu file atau antara sebuah file dan file yang dipakainya, sehingga Kaidah tidak tahu mana yang dimaksud. Pesan menyebut letak yang lain. Untuk angka yang berubah dari waktu ke waktu, beri satu konstanta beberapa nilai bertanggal (lihat KDH027).',
    },
    wrong: [
        {
            title: 'a constant declared again in the same file',
            files: {
                'main.kaidah': `${schema}
constant ⟦poverty_line⟧ = Rp 550.458
constant ⟦poverty_line⟧ = Rp 582.932

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
            expect: [
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`poverty_line` is declared but never used; remove it or use it.',
                    id: '`poverty_line` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
                {
                    code: 'KDH004', kind: 'duplicateName', severity: 'error',
                    en: '`poverty_line` is declared twice; the other declaration is at line 6. Give each a different name.',
                    id: '`poverty_line` dideklarasikan dua kali; deklarasi lainnya ada di baris 6. Beri nama yang berbeda.',
                },
            ],
        },
        {
            title: 'a district file declaring a name the national file already has',
            doc: true,
            files: {
                'pkh-2024.kaidah': `${schema}
constant poverty_line = Rp 582.932

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

constant ⟦poverty_line⟧ = Rp 600.000

graduation regional "Graduasi Kelayakan Daerah"
  when monthly_income >= poverty_line
`,
            },
            expect: [{
                code: 'KDH004', kind: 'duplicateName', severity: 'error',
                en: '`poverty_line` is declared twice; the other declaration is at pkh-2024.kaidah:6. To give a district its own value, write `poverty_line = Rp 600.000` inside its `district "..." { ... }` block; otherwise give each a different name.',
                id: '`poverty_line` dideklarasikan dua kali; deklarasi lainnya ada di pkh-2024.kaidah:6. Untuk memberi kabupaten/kota nilainya sendiri, tulis `poverty_line = Rp 600.000` di dalam blok `district "..." { ... }`-nya; jika bukan itu maksudnya, beri nama yang berbeda.',
            }],
        },
    ],
    right: [
        {
            title: 'the district\'s own figure under its own name',
            files: {
                'pkh-2024.kaidah': `${schema}
constant poverty_line = Rp 582.932

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

constant regional_poverty_line = Rp 600.000

graduation regional "Graduasi Kelayakan Daerah"
  when monthly_income >= regional_poverty_line
`,
            },
        },
        {
            title: 'one constant whose value changes by date',
            files: {
                'main.kaidah': `program "PKH 2024"

${schema}
constant poverty_line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
        },
    ],
} satisfies DiagnosticCase;
