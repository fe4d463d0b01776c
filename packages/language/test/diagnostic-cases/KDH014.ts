import type { DiagnosticCase } from './case.js';

const rules = (disabled: string, component: string) => `household {
  id        text    key
  elderly   count
  disabled  ${disabled}
}

benefit components (at most 4) {
  elderly   Rp 2.400.000
  ${component}  Rp 2.400.000
}
`;

export default {
    code: 'KDH014',
    title: { en: 'A benefit component that does not count members', id: 'Komponen bantuan yang tidak menghitung anggota' },
    meaning: {
        en: 'Each line of `benefit components` names a count of eligible members in the family (a count column or a value that counts), and the amount paid per member. A yes/no column or an amount cannot be counted.',
        id: 'Setiap baris `benefit components` menyebut jumlah anggota keluarga yang memenuhi syarat (kolom atau value bertipe jumlah), dan besaran yang dibayar per anggota. Kolom yes/no atau nominal uang tidak dapat dihitung.',
    },
    wrong: [
        {
            title: 'a yes/no column as a component',
            files: { 'main.kaidah': rules('yes/no', '⟦disabled⟧') },
            expect: [{
                code: 'KDH014', kind: 'membersNotCount', severity: 'error',
                en: 'A benefit component counts eligible members, but `disabled` is yes/no; use a count column or value.',
                id: 'Komponen bantuan menghitung jumlah anggota yang memenuhi syarat, tetapi `disabled` bertipe ya/tidak; pakai kolom atau nilai bertipe jumlah (`count`).',
            }],
        },
    ],
    right: [
        {
            title: 'the number of members with a severe disability',
            files: { 'main.kaidah': rules('count', 'disabled') },
        },
    ],
} satisfies DiagnosticCase;
