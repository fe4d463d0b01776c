import type { DiagnosticCase } from './case.js';

const rules = (threshold: string) => `household {
  id               text     key
  p2k2_attendance  percent  "Kehadiran P2K2"
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when p2k2_attendance >= ${threshold}
`;

export default {
    code: 'KDH045',
    title: { en: 'A percentage compared with a plain number', id: 'Persentase dibandingkan dengan angka biasa' },
    meaning: {
        en: 'A percentage is compared with percentages: `0,8` could mean 80% (how a spreadsheet stores it) or 0,8%. The quick fix writes the percentage, reading a number up to 1 as a fraction (`0,8` → `80%`) and a larger one as a number of percent (`85` → `85%`).',
        id: 'Persentase dibandingkan dengan persentase: `0,8` dapat berarti 80% (cara spreadsheet menyimpannya) atau 0,8%. Perbaikan cepat menuliskan persentasenya, membaca angka sampai 1 sebagai pecahan (`0,8` → `80%`) dan angka yang lebih besar sebagai jumlah persen (`85` → `85%`).',
    },
    wrong: [
        {
            title: 'a fraction, as a spreadsheet stores 80%',
            files: { 'main.kaidah': rules('⟦0,8⟧') },
            expect: [{
                code: 'KDH045', kind: 'percentVersusNumber', severity: 'error',
                en: '`p2k2_attendance >= 0,8` compares a percentage with the plain number `0,8`; write it as a percentage: `80%` (reading `0,8` as a fraction of 1, as a spreadsheet stores percentages).',
                id: '`p2k2_attendance >= 0,8` membandingkan persentase dengan angka biasa `0,8`; tulis sebagai persentase: `80%` (membaca `0,8` sebagai pecahan dari 1, seperti spreadsheet menyimpan persentase).',
            }],
        },
        {
            title: 'a decimal point written the English way',
            files: { 'main.kaidah': rules('⟦0.8⟧') },
            expect: [{
                code: 'KDH045', kind: 'percentVersusNumber', severity: 'error',
                en: '`p2k2_attendance >= 0.8` compares a percentage with the plain number `0.8`; write it as a percentage: `80%` (reading `0.8` as a fraction of 1, as a spreadsheet stores percentages).',
                id: '`p2k2_attendance >= 0.8` membandingkan persentase dengan angka biasa `0.8`; tulis sebagai persentase: `80%` (membaca `0.8` sebagai pecahan dari 1, seperti spreadsheet menyimpan persentase).',
            }],
        },
        {
            title: 'a number of percent without `%`',
            files: { 'main.kaidah': rules('⟦85⟧') },
            expect: [{
                code: 'KDH045', kind: 'percentVersusNumber', severity: 'error',
                en: '`p2k2_attendance >= 85` compares a percentage with the plain number `85`; write it as a percentage: `85%` (reading `85` as a number of percent).',
                id: '`p2k2_attendance >= 85` membandingkan persentase dengan angka biasa `85`; tulis sebagai persentase: `85%` (membaca `85` sebagai jumlah persen).',
            }],
        },
    ],
    right: [
        { title: 'the percentage written with `%`', files: { 'main.kaidah': rules('80%') } },
    ],
} satisfies DiagnosticCase;
