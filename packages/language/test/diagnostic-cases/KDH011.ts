import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

export default {
    code: 'KDH011',
    title: { en: 'A district declared twice', id: 'Kabupaten/kota dideklarasikan dua kali' },
    meaning: {
        en: 'The same district has two `district "..." { ... }` blocks, in one file or across a file and the files it uses; Kaidah would not know which figures to use. Names are compared ignoring capitals and extra spaces, as the data is matched.',
        id: 'Kabupaten/kota yang sama memiliki dua blok `district "..." { ... }`, dalam satu file atau antara sebuah file dan file yang dipakainya; Kaidah tidak tahu angka mana yang dipakai. Nama dibandingkan tanpa membedakan huruf besar/kecil dan spasi berlebih, sama seperti saat mencocokkan data.',
    },
    wrong: [
        {
            title: 'the same district twice in one file',
            doc: true,
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
}

district ⟦"Kabupaten probolinggo"⟧ {
  facilitators 260
}
`,
            },
            expect: [{
                code: 'KDH011', kind: 'districtTwice', severity: 'error',
                en: 'District "Kabupaten probolinggo" is declared twice; the other declaration is at line 3.',
                id: 'Kabupaten/kota "Kabupaten probolinggo" dideklarasikan dua kali; deklarasi lainnya ada di baris 3.',
            }],
        },
        {
            title: 'a district already declared in a used file',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
}
`,
                'jawa-timur.kaidah': `use "probolinggo.kaidah"

district ⟦"KABUPATEN  PROBOLINGGO"⟧ {
  facilitators 260
}
`,
            },
            expect: [{
                code: 'KDH011', kind: 'districtTwice', severity: 'error',
                en: 'District "KABUPATEN  PROBOLINGGO" is declared twice; the other declaration is at probolinggo.kaidah:3.',
                id: 'Kabupaten/kota "KABUPATEN  PROBOLINGGO" dideklarasikan dua kali; deklarasi lainnya ada di probolinggo.kaidah:3.',
            }],
        },
    ],
    right: [
        {
            title: 'one block per district',
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 260
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
