import type { DiagnosticCase } from './case.js';

const rules = (size: string, condition: string) => `household {
  id              text   key
  monthly_income  money
}

constant poverty_line = Rp 582.932
constant household_size = ${size}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when ${condition}
`;

export default {
    code: 'KDH035',
    title: { en: 'Division by zero', id: 'Pembagian dengan nol' },
    meaning: {
        en: 'A division whose divisor is zero, written directly or through constants, has no result.',
        id: 'Pembagian dengan pembagi nol, baik ditulis langsung maupun melalui konstanta, tidak memiliki hasil.',
    },
    wrong: [
        {
            title: 'a constant left at zero',
            files: { 'main.kaidah': rules('0', '⟦monthly_income / household_size⟧ >= poverty_line') },
            expect: [{
                code: 'KDH035', kind: 'divisionByZero', severity: 'error',
                en: '`monthly_income / household_size` divides by zero.',
                id: '`monthly_income / household_size` membagi dengan nol.',
            }],
        },
    ],
    right: [
        {
            title: 'the constant filled in',
            files: { 'main.kaidah': rules('4', 'monthly_income / household_size >= poverty_line') },
        },
    ],
} satisfies DiagnosticCase;
