import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

export default {
    code: 'KDH008',
    title: { en: 'The household schema is missing or unclear', id: 'Skema household tidak ada atau tidak jelas' },
    meaning: {
        en: 'Rules need exactly one `household { ... }` schema, in the file or in a file it uses, and the schema needs exactly one `key` column of type text that identifies each household (participant numbers and NIK are identifiers, not numbers).',
        id: 'Aturan memerlukan tepat satu skema `household { ... }`, di file itu atau di file yang dipakainya, dan skema itu memerlukan tepat satu kolom `key` bertipe teks sebagai identitas KPM (nomor peserta dan NIK adalah identitas, bukan angka).',
    },
    wrong: [
        {
            title: 'a district file that forgets to `use` the national rules',
            doc: true,
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `⟦district "Kabupaten Probolinggo" {
  ⟦facilitators⟧ 258
}⟧
`,
            },
            expect: [
                {
                    code: 'KDH008', kind: 'schemaMissing', severity: 'error',
                    en: 'These rules have no `household { ... }` schema, in this file or in the files it uses.',
                    id: 'Aturan ini tidak memiliki skema `household { ... }`, baik di file ini maupun di file yang dipakainya.',
                },
                {
                    code: 'KDH003', kind: 'unknownName', severity: 'error',
                    en: 'Unknown quantity `facilitators`.',
                    id: 'Besaran `facilitators` tidak dikenal.',
                },
            ],
        },
        {
            title: 'a second schema',
            files: {
                'main.kaidah': `household {
  id  text  key
}

⟦household⟧ {
  nik  text  key
}
`,
            },
            expect: [{
                code: 'KDH008', kind: 'schemaTwice', severity: 'error',
                en: 'The household schema is declared twice; the other one is at line 1.',
                id: 'Skema household dideklarasikan dua kali; yang lain ada di baris 1.',
            }],
        },
        {
            title: 'no key column',
            files: {
                'main.kaidah': `⟦household⟧ {
  no_peserta  text
  elderly     count
}

graduation natural "Graduasi Alamiah"
  when elderly = 0 and no_peserta != ""
`,
            },
            expect: [{
                code: 'KDH008', kind: 'keyColumn', severity: 'error',
                en: 'The household schema needs one `key` column that identifies each household (e.g. `id text key`).',
                id: 'Skema household memerlukan satu kolom `key` sebagai identitas KPM (mis. `id text key`).',
            }],
        },
        {
            title: 'two key columns',
            files: {
                'main.kaidah': `household {
  no_peserta  text  key
  nik         text  ⟦key⟧
}
`,
            },
            expect: [{
                code: 'KDH008', kind: 'keyColumn', severity: 'error',
                en: 'The household schema has 2 `key` columns; mark exactly one.',
                id: 'Skema household memiliki 2 kolom `key`; tandai tepat satu.',
            }],
        },
        {
            title: 'a key column that is a number',
            doc: true,
            files: {
                'main.kaidah': `household {
  nik  ⟦number⟧  key
}
`,
            },
            expect: [{
                code: 'KDH008', kind: 'keyNotText', severity: 'error',
                en: 'The key column `nik` must be text, but it is a number: identifiers such as NIK or participant numbers are not numbers (spreadsheets would mangle them).',
                id: 'Kolom key `nik` harus bertipe teks (`text`), tetapi saat ini bertipe angka: nomor identitas seperti NIK atau nomor peserta bukan angka (spreadsheet akan merusaknya).',
            }],
        },
        {
            title: 'a file with nothing but a comment',
            files: {
                'main.kaidah': `⟦⟧// Aturan graduasi PKH Kabupaten Jember, belum ditulis
`,
            },
            expect: [{
                code: 'KDH008', kind: 'emptyRules', severity: 'error',
                en: 'This file holds no rules, so no household schema either: write `household { ... }` with the columns of the data, or `use` the file that has it.',
                id: 'File ini tidak berisi aturan, sehingga juga tidak ada skema household: tulis `household { ... }` berisi kolom-kolom data, atau `use` file yang memilikinya.',
            }],
        },
    ],
    right: [
        {
            title: 'one schema with one text key, used by the district file',
            doc: true,
            files: {
                'pkh-2024.kaidah': national,
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
}
`,
            },
        },
        {
            title: 'the participant number as the key, NIK as another text column',
            doc: true,
            files: {
                'main.kaidah': `household {
  no_peserta  text   key
  nik         text
  elderly     count
}

graduation natural "Graduasi Alamiah"
  when elderly = 0 and nik != ""
`,
            },
        },
    ],
} satisfies DiagnosticCase;
