import type { DiagnosticCase } from './case.js';

const rules = (values: string) => `program "PKH 2024"

household {
  id              text   key
  monthly_income  money
}

constant poverty_line = ${values}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 2 × poverty_line
`;

const message = {
    en: '`poverty_line` changes by date: give every value a `from` date, each later than the one before (`Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01`).',
    id: '`poverty_line` berubah menurut tanggal: beri setiap nilai tanggal `from`, masing-masing lebih akhir dari sebelumnya (`Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01`).',
};

export default {
    code: 'KDH027',
    title: { en: 'Dated values without dates or out of order', id: 'Nilai bertanggal tanpa tanggal atau tidak berurutan' },
    meaning: {
        en: 'A constant or benefit amount with several values needs a `from` date on each, in order from the earliest, so that Kaidah can tell which value applies on the date the rules are evaluated for.',
        id: 'Konstanta atau besaran bantuan dengan beberapa nilai memerlukan tanggal `from` pada setiap nilai, berurutan dari yang paling awal, agar Kaidah tahu nilai mana yang berlaku pada tanggal perhitungan aturan.',
    },
    wrong: [
        {
            title: 'the first value without a date',
            files: { 'main.kaidah': rules('⟦Rp 550.458⟧, Rp 582.932 from 2024-03-01') },
            expect: [{ code: 'KDH027', kind: 'datedOrder', severity: 'error', ...message }],
        },
        {
            title: 'the newest value first',
            files: { 'main.kaidah': rules('Rp 582.932 from 2024-03-01, ⟦Rp 550.458 from 2023-03-01⟧') },
            expect: [{ code: 'KDH027', kind: 'datedOrder', severity: 'error', ...message }],
        },
    ],
    right: [
        {
            title: 'each value with a date, earliest first',
            files: { 'main.kaidah': rules('Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01') },
        },
    ],
} satisfies DiagnosticCase;
