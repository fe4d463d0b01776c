import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH010',
    title: { en: 'A used file outside the rules folder', id: 'File yang dipakai berada di luar folder aturan' },
    meaning: {
        en: '`use` may only read files inside the folder of the rules (subfolders included): on the command line, the folder of the file given to `kaidah check` or `kaidah run`; in VS Code, the open folder. Rules that run are then all in one place that can be reviewed. Keep the national file in that folder, or in a subfolder of it.',
        id: '`use` hanya dapat membaca file di dalam folder aturan (termasuk subfoldernya): di baris perintah, folder file yang diberikan ke `kaidah check` atau `kaidah run`; di VS Code, folder yang dibuka. Dengan begitu semua aturan yang dijalankan ada di satu tempat yang dapat diperiksa. Simpan file nasional di folder itu, atau di subfoldernya.',
    },
    wrong: [
        {
            title: 'a path that leaves the folder',
            files: {
                'main.kaidah': `use ⟦"../national/pkh-2024.kaidah"⟧

household {
  id  text  key
}
`,
            },
            expect: [{
                code: 'KDH010', kind: 'useOutside', severity: 'error',
                en: '`../national/pkh-2024.kaidah` lies outside the folder of the rules; Kaidah only uses files inside it.',
                id: '`../national/pkh-2024.kaidah` berada di luar folder aturan; Kaidah hanya memakai file di dalam folder itu.',
            }],
        },
    ],
    right: [
        {
            title: 'a file in a subfolder',
            files: {
                'national/pkh-2024.kaidah': `household {
  id              text   key
  monthly_income  money
}
`,
                'main.kaidah': `use "national/pkh-2024.kaidah"

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= Rp 1.200.000
`,
            },
        },
    ],
} satisfies DiagnosticCase;
