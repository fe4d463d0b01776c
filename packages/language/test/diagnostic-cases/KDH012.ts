import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

export default {
    code: 'KDH012',
    title: { en: 'A district without a quantity its target needs', id: 'Kabupaten/kota tanpa besaran yang diperlukan targetnya' },
    meaning: {
        en: 'A target in `every district` is worked out from district quantities (e.g. `facilitators × 10`), and this district does not give one of them. Set the quantity in the district, give the quantity a default with `quantity ... = ...`, or set the district\'s target outright.',
        id: 'Target dalam `every district` dihitung dari besaran kabupaten/kota (mis. `facilitators × 10`), dan kabupaten/kota ini tidak mengisi salah satunya. Isi besaran itu pada kabupaten/kota, beri nilai bawaan dengan `quantity ... = ...`, atau tetapkan target kabupaten/kota itu secara langsung.',
    },
    wrong: [
        {
            title: 'the number of facilitators left out',
            files: {
                'pkh-2024.kaidah': national,
                'mojokerto.kaidah': `use "pkh-2024.kaidah"

district ⟦"Kabupaten Mojokerto"⟧ {
}
`,
            },
            expect: [{
                code: 'KDH012', kind: 'districtMissingQuantity', severity: 'error',
                en: 'District "Kabupaten Mojokerto" does not set `facilitators`, which its target for `self_reliant` needs (`facilitators × 10`). Add `facilitators ...` to the district.',
                id: 'Kabupaten/kota "Kabupaten Mojokerto" tidak menetapkan `facilitators`, padahal target `self_reliant` memerlukannya (`facilitators × 10`). Tambahkan `facilitators ...` pada kabupaten/kota itu.',
            }],
        },
    ],
    right: [
        {
            title: 'the quantity set',
            files: {
                'pkh-2024.kaidah': national,
                'mojokerto.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Mojokerto" {
  facilitators 143
}
`,
            },
        },
        {
            title: 'the target set outright',
            files: {
                'pkh-2024.kaidah': national,
                'mojokerto.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Mojokerto" {
  target self_reliant = 1.500
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
