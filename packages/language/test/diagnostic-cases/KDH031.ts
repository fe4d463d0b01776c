import type { DiagnosticCase } from './case.js';

const national = (use: string) => `${use}household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business

every district {
  quantity facilitators  count
  target self_reliant = facilitators × 10
}
`;

const probolinggo = `use "pkh-2024.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
}
`;

export default {
    code: 'KDH031',
    title: { en: 'Files that use each other', id: 'File yang saling memakai' },
    meaning: {
        en: 'Files `use` each other in a circle, so none of them comes first. The national rules should not `use` a district file: district files use the national file, not the other way round.',
        id: 'File saling memakai (`use`) secara melingkar, sehingga tidak ada yang lebih dulu. Aturan nasional tidak semestinya memakai file kabupaten/kota: file kabupaten/kota memakai file nasional, bukan sebaliknya.',
    },
    wrong: [
        {
            title: 'the national file uses a district file that uses it',
            files: {
                'pkh-2024.kaidah': national('use ⟦"probolinggo.kaidah"⟧\n\n'),
                'probolinggo.kaidah': probolinggo.replace('"pkh-2024.kaidah"', '⟦"pkh-2024.kaidah"⟧'),
            },
            expect: [
                {
                    code: 'KDH031', kind: 'useCycle', severity: 'error',
                    en: 'These files use each other in a circle: pkh-2024.kaidah → probolinggo.kaidah → pkh-2024.kaidah.',
                    id: 'File-file ini saling memakai secara melingkar: pkh-2024.kaidah → probolinggo.kaidah → pkh-2024.kaidah.',
                },
                {
                    code: 'KDH031', kind: 'useCycle', severity: 'error',
                    en: 'These files use each other in a circle: probolinggo.kaidah → pkh-2024.kaidah → probolinggo.kaidah.',
                    id: 'File-file ini saling memakai secara melingkar: probolinggo.kaidah → pkh-2024.kaidah → probolinggo.kaidah.',
                },
            ],
        },
        {
            title: 'a file that uses itself',
            files: { 'pkh-2024.kaidah': national('use ⟦"pkh-2024.kaidah"⟧\n\n') },
            expect: [{
                code: 'KDH031', kind: 'useCycle', severity: 'error',
                en: '`pkh-2024.kaidah` uses itself; remove this `use`.',
                id: '`pkh-2024.kaidah` memakai dirinya sendiri; hapus `use` ini.',
            }],
        },
    ],
    right: [
        {
            title: 'only the district file says `use`',
            files: {
                'pkh-2024.kaidah': national(''),
                'probolinggo.kaidah': probolinggo,
            },
        },
    ],
} satisfies DiagnosticCase;
