import type { DiagnosticCase } from './case.js';

const rules = (table: string) => `household {
  id              text    key
  has_business    yes/no
  monthly_income  money
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= Rp 1.200.000

test "the cases agreed with the district office" from ${table} {
}
`;

export default {
    code: 'KDH041',
    title: { en: 'A table of test cases that cannot be found', id: 'Tabel kasus tes tidak ditemukan' },
    meaning: {
        en: '`test "..." from "file.csv"` reads its cases from a table kept beside the rules. The file must exist and lie inside the folder of the rules; its name is read relative to the folder of the rule file.',
        id: '`test "..." from "file.csv"` membaca kasus-kasusnya dari tabel yang disimpan di samping aturan. File itu harus ada dan berada di dalam folder aturan; namanya dibaca dari folder file aturan.',
    },
    wrong: [
        {
            title: 'a table that is not in the folder',
            files: { 'main.kaidah': rules('⟦"kasus-graduasi.csv"⟧') },
            dataFiles: ['kasus-graduasi-2024.csv'],
            expect: [{
                code: 'KDH041', kind: 'testTableMissing', severity: 'error',
                en: 'Cannot find the table of cases `kasus-graduasi.csv` (paths are relative to this file\'s folder).',
                id: 'Tabel kasus `kasus-graduasi.csv` tidak ditemukan (path dihitung dari folder file ini).',
            }],
        },
        {
            title: 'a table outside the folder of the rules',
            files: { 'main.kaidah': rules('⟦"../kasus-graduasi-2024.csv"⟧') },
            expect: [{
                code: 'KDH041', kind: 'testTableMissing', severity: 'error',
                en: '`../kasus-graduasi-2024.csv` lies outside the folder of the rules; Kaidah only reads tables of cases inside it.',
                id: '`../kasus-graduasi-2024.csv` berada di luar folder aturan; Kaidah hanya membaca tabel kasus di dalam folder itu.',
            }],
        },
    ],
    right: [
        {
            title: 'the table beside the rules',
            files: { 'main.kaidah': rules('"kasus-graduasi-2024.csv"') },
            dataFiles: ['kasus-graduasi-2024.csv'],
        },
    ],
} satisfies DiagnosticCase;
