import type { DiagnosticCase } from './case.js';

const national = `household {
  id              text   key
  district        text
  monthly_income  money
}

graduation natural "Graduasi Alamiah"
  when monthly_income < Rp 100.000

every district {
  quantity facilitators  count
  target natural = facilitators × 10
}
`;

export default {
    code: 'KDH048',
    title: { en: 'A district\'s category that would apply to every district', id: 'Kategori kabupaten/kota yang akan berlaku di semua kabupaten/kota' },
    meaning: {
        en: 'A file that sets up one district declares a graduation category outside that district\'s block. Such a category is national: once the file is used together with other districts\' files (as `field-reports.kaidah` combines them), their households fall in it too, with no target. Declare it inside `district "..." { ... }`, where it applies to that district\'s households only, after the national categories; the quick fix moves it there.',
        id: 'File yang mengatur satu kabupaten/kota mendeklarasikan kategori graduasi di luar blok kabupaten/kota itu. Kategori seperti itu bersifat nasional: begitu file dipakai bersama file kabupaten/kota lain (seperti `field-reports.kaidah` menggabungkannya), KPM mereka juga masuk kategori itu, tanpa target. Deklarasikan di dalam `district "..." { ... }`, agar hanya berlaku bagi KPM kabupaten/kota itu, sesudah kategori nasional; perbaikan cepat memindahkannya ke sana.',
    },
    wrong: [
        {
            title: 'Jember\'s own category written beside its district block',
            files: {
                'pkh-2024.kaidah': national,
                'jember.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Jember" {
  facilitators  300
  target graduasi_mampu = 100
}

graduation ⟦graduasi_mampu⟧ "Graduasi Mampu (Jember)"
  when monthly_income > Rp 3.500.000
`,
            },
            expect: [{
                code: 'KDH048', kind: 'categoryForEveryDistrict', severity: 'warning',
                en: '`graduasi_mampu` applies to the households of every district, but this file sets up only "Kabupaten Jember": used together with other districts\' files, their households would fall in it too. Move it into `district "Kabupaten Jember" { ... }` to keep it to this district.',
                id: '`graduasi_mampu` berlaku bagi KPM semua kabupaten/kota, padahal file ini hanya mengatur "Kabupaten Jember": bila dipakai bersama file kabupaten/kota lain, KPM mereka juga bisa masuk kategori ini. Pindahkan ke dalam `district "Kabupaten Jember" { ... }` agar hanya berlaku di kabupaten/kota ini.',
            }],
        },
    ],
    right: [
        {
            title: 'the category inside Jember\'s block: Jember\'s households only',
            files: {
                'pkh-2024.kaidah': national,
                'jember.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Jember" {
  facilitators  300

  graduation graduasi_mampu "Graduasi Mampu (Jember)"
    when monthly_income > Rp 3.500.000

  target graduasi_mampu = 100
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
