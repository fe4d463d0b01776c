import type { DiagnosticCase } from './case.js';

const rules = (type: string) => `household {
  id               text  key
  p2k2_attendance  ${type}  "Kehadiran P2K2"
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when p2k2_attendance >= 80%
`;

export default {
    code: 'KDH047',
    title: { en: '`as fraction` or `as number` on a column that is not a percentage', id: '`as fraction` atau `as number` pada kolom yang bukan persentase' },
    meaning: {
        en: '`percent as fraction` (a cell `0,85` means 85%) and `percent as number` (a cell `85` means 85%) say how the bare numbers of a percent column are written. Other columns have no such choice.',
        id: '`percent as fraction` (sel `0,85` berarti 85%) dan `percent as number` (sel `85` berarti 85%) menyatakan cara angka tanpa `%` ditulis di kolom persen. Kolom lain tidak memiliki pilihan itu.',
    },
    wrong: [
        {
            title: 'the column declared as a plain number',
            files: { 'main.kaidah': rules('number as ⟦fraction⟧') },
            expect: [{
                code: 'KDH047', kind: 'percentWrittenNotPercent', severity: 'error',
                en: '`as fraction` says how the cells of a percent column are written, but `p2k2_attendance` is a number; remove it, or make the column `percent`.',
                id: '`as fraction` menyatakan cara sel kolom persen ditulis, tetapi `p2k2_attendance` bertipe angka; hapus, atau jadikan kolom itu `percent`.',
            }],
        },
    ],
    right: [
        { title: 'a percent column whose cells are fractions', files: { 'main.kaidah': rules('percent as fraction') } },
    ],
} satisfies DiagnosticCase;
