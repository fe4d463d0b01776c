import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

const district = (tested: string) => `use "pkh-2024.kaidah"

district "Kabupaten Pringsewu" {
  target self_reliant = 1.000
}

test "Pringsewu 2023: 1.000 sejahtera" {
  expect target self_reliant of ${tested} = 1.000
}
`;

export default {
    code: 'KDH040',
    title: { en: 'A test for a district that is not in the rules', id: 'Tes untuk kabupaten/kota yang tidak ada dalam aturan' },
    meaning: {
        en: '`expect target ... of "District"` checks a district\'s target, so the district must be declared with `district "..." { ... }` in this file or a file it uses. Names are compared ignoring capitals and extra spaces; a close name is suggested.',
        id: '`expect target ... of "Kabupaten"` memeriksa target suatu kabupaten/kota, jadi kabupaten/kota itu harus dideklarasikan dengan `district "..." { ... }` di file ini atau di file yang dipakainya. Nama dibandingkan tanpa membedakan huruf besar/kecil dan spasi berlebih; nama yang mirip akan disarankan.',
    },
    wrong: [
        {
            title: 'a misspelt district name',
            files: { 'pkh-2024.kaidah': national, 'pringsewu.kaidah': district('⟦"Kabupaten Pringsew"⟧') },
            expect: [{
                code: 'KDH040', kind: 'testUnknownDistrict', severity: 'error',
                en: 'There is no district "Kabupaten Pringsew" in these rules. Did you mean "Kabupaten Pringsewu"?',
                id: 'Tidak ada kabupaten/kota "Kabupaten Pringsew" dalam aturan ini. Mungkin maksud Anda "Kabupaten Pringsewu"?',
            }],
        },
        {
            title: 'a district of another file',
            files: { 'pkh-2024.kaidah': national, 'pringsewu.kaidah': district('⟦"Kabupaten Probolinggo"⟧') },
            expect: [{
                code: 'KDH040', kind: 'testUnknownDistrict', severity: 'error',
                en: 'There is no district "Kabupaten Probolinggo" in these rules.',
                id: 'Tidak ada kabupaten/kota "Kabupaten Probolinggo" dalam aturan ini.',
            }],
        },
    ],
    right: [
        {
            title: 'the district as declared',
            files: { 'pkh-2024.kaidah': national, 'pringsewu.kaidah': district('"Kabupaten Pringsewu"') },
        },
    ],
} satisfies DiagnosticCase;
