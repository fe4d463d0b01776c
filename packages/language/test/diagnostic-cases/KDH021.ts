import type { DiagnosticCase } from './case.js';

const rules = (most: string) => `household {
  id        text   key
  elderly   count
  disabled  count
}

benefit components (at most ${most}) {
  elderly   Rp 2.400.000
  disabled  Rp 2.400.000
}
`;

export default {
    code: 'KDH021',
    title: { en: 'An impossible number of members to pay', id: 'Jumlah anggota dibayar yang tidak mungkin' },
    meaning: {
        en: '`(at most N)` after `benefit components` limits how many members of a family are paid; N must be a whole number, 1 or more.',
        id: '`(at most N)` setelah `benefit components` membatasi berapa anggota keluarga yang dibayar; N harus bilangan bulat, minimal 1.',
    },
    wrong: [
        {
            title: 'at most 0 members',
            files: { 'main.kaidah': rules('⟦0⟧') },
            expect: [{
                code: 'KDH021', kind: 'maxMembers', severity: 'error',
                en: '`at most 0` must be a whole number of members, 1 or more.',
                id: 'Dalam `at most 0`, jumlah anggota harus bilangan bulat, minimal 1.',
            }],
        },
        {
            title: 'a fraction of a member',
            files: { 'main.kaidah': rules('⟦2,5⟧') },
            expect: [{
                code: 'KDH021', kind: 'maxMembers', severity: 'error',
                en: '`at most 2,5` must be a whole number of members, 1 or more.',
                id: 'Dalam `at most 2,5`, jumlah anggota harus bilangan bulat, minimal 1.',
            }],
        },
    ],
    right: [
        {
            title: 'at most 4 members, as in PKH',
            files: { 'main.kaidah': rules('4') },
        },
    ],
} satisfies DiagnosticCase;
