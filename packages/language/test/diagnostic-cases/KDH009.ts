import type { DiagnosticCase } from './case.js';

const povertyLines = `/** Garis kemiskinan per kapita per bulan (BPS, Maret 2024). */
constant poverty_line = Rp 582.932
`;

export default {
    code: 'KDH009',
    title: { en: 'A used file cannot be found', id: 'File yang dipakai tidak ditemukan' },
    meaning: {
        en: 'A `use "..."` names a rule file that does not exist. The name is read relative to the folder of the file that says `use`, and must match exactly, including `.kaidah`.',
        id: '`use "..."` menyebut file aturan yang tidak ada. Nama itu dibaca dari folder file yang menulis `use`, dan harus sama persis, termasuk `.kaidah`.',
    },
    wrong: [
        {
            title: 'a file name with a typing mistake',
            files: {
                'main.kaidah': `use ⟦"poverty-line.kaidah"⟧

household {
  id  text  key
}
`,
            },
            expect: [{
                code: 'KDH009', kind: 'useMissing', severity: 'error',
                en: 'Cannot find the rule file `poverty-line.kaidah` (paths are relative to this file\'s folder).',
                id: 'File aturan `poverty-line.kaidah` tidak ditemukan (path dihitung dari folder file ini).',
            }],
        },
        {
            title: 'the names of the missing file are unknown too',
            files: {
                'poverty-lines.kaidah': `/** Garis kemiskinan per kapita per bulan (BPS, Maret 2024). */
constant ⟦poverty_line⟧ = Rp 582.932
`,
                'main.kaidah': `use ⟦"poverty-line.kaidah"⟧

household {
  id              text   key
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × ⟦poverty_line⟧
`,
            },
            expect: [
                {
                    code: 'KDH030', kind: 'unused', severity: 'warning',
                    en: '`poverty_line` is declared but never used; remove it or use it.',
                    id: '`poverty_line` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.',
                },
                {
                    code: 'KDH009', kind: 'useMissing', severity: 'error',
                    en: 'Cannot find the rule file `poverty-line.kaidah` (paths are relative to this file\'s folder).',
                    id: 'File aturan `poverty-line.kaidah` tidak ditemukan (path dihitung dari folder file ini).',
                },
                {
                    code: 'KDH003', kind: 'unknownName', severity: 'error',
                    en: 'Unknown name `poverty_line`.',
                    id: 'Nama `poverty_line` tidak dikenal.',
                },
            ],
        },
        {
            title: 'a data file named where a rule file belongs',
            files: {
                'main.kaidah': `use ⟦"households.csv"⟧

household {
  id  text  key
}
`,
            },
            dataFiles: ['households.csv'],
            expect: [{
                code: 'KDH009', kind: 'useNotRuleFile', severity: 'error',
                en: '`households.csv` is not a rule file: the names of rule files end in `.kaidah`.',
                id: '`households.csv` bukan file aturan: nama file aturan berakhiran `.kaidah`.',
            }],
        },
    ],
    right: [
        {
            title: 'the file name as it is in the folder',
            files: {
                'poverty-lines.kaidah': povertyLines,
                'main.kaidah': `use "poverty-lines.kaidah"

household {
  id              text   key
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`,
            },
        },
    ],
} satisfies DiagnosticCase;
