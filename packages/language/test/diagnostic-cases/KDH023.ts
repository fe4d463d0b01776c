import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

export default {
    code: 'KDH023',
    title: { en: 'A target set twice in one block', id: 'Target ditetapkan dua kali dalam satu blok' },
    meaning: {
        en: 'An `every district` or `district` block sets the target of a category twice, so it is unclear which one holds. Keep one. (A district\'s own target replacing the `every district` one is fine.)',
        id: 'Blok `every district` atau `district` menetapkan target suatu kategori dua kali, sehingga tidak jelas mana yang berlaku. Pertahankan satu. (Target milik kabupaten/kota yang menggantikan target `every district` tidak masalah.)',
    },
    wrong: [
        {
            title: 'two targets for one category in a district',
            files: {
                'pkh-2024.kaidah': national,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Pringsewu" {
  target self_reliant = 1.000
  target ⟦self_reliant⟧ = 1.200
}
`,
            },
            expect: [{
                code: 'KDH023', kind: 'targetTwice', severity: 'error',
                en: 'The target for `self_reliant` is set twice in this block.',
                id: 'Target `self_reliant` ditetapkan dua kali dalam blok ini.',
            }],
        },
    ],
    right: [
        {
            title: 'one target, replacing the national one',
            files: {
                'pkh-2024.kaidah': national,
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Pringsewu" {
  target self_reliant = 1.200
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
