import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH010',
    title: { en: 'A used file outside the project', id: 'File yang dipakai berada di luar proyek' },
    meaning: {
        en: '`use` may only read files inside the project: the nearest folder above the rule file that holds a `kaidah.json` or a `.git` (subfolders included), the same for `kaidah check`, `kaidah run`, `kaidah test` and VS Code. A district file in `districts/` may so use `../pkh-2024.kaidah` at the project\'s top. Outside any project, `use` stays in the folder of the rule file (in VS Code, the open folder). Rules that run are then all in one place that can be reviewed. The message names the folder and, when a file of that name lies at the project\'s top, the path that reaches it.',
        id: '`use` hanya dapat membaca file di dalam proyek: folder terdekat di atas file aturan yang berisi `kaidah.json` atau `.git` (termasuk subfoldernya), sama untuk `kaidah check`, `kaidah run`, `kaidah test` dan VS Code. File kabupaten di `districts/` dengan begitu dapat memakai `../pkh-2024.kaidah` di puncak proyek. Di luar proyek, `use` tetap di folder file aturan (di VS Code, folder yang dibuka). Dengan begitu semua aturan yang dijalankan ada di satu tempat yang dapat diperiksa. Pesannya menyebut folder itu dan, bila ada file bernama sama di puncak proyek, path yang mencapainya.',
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
                en: '`../national/pkh-2024.kaidah` lies outside the project `/rules/` (the folder with `kaidah.json` or `.git`); Kaidah only uses files inside it. Write the path from this file\'s folder to a file inside the project, or copy the file into it.',
                id: '`../national/pkh-2024.kaidah` berada di luar proyek `/rules/` (folder yang berisi `kaidah.json` atau `.git`); Kaidah hanya memakai file di dalam proyek. Tulis path dari folder file ini ke file di dalam proyek, atau salin file itu ke dalamnya.',
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
