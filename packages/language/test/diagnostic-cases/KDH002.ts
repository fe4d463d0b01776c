import type { DiagnosticCase } from './case.js';

const schema = `household {
  id              text   key
  monthly_income  money
}

constant poverty_line = Rp 582.932
`;

const explanation = {
    en: 'is ambiguous: in Kaidah a dot groups thousands (1.000) and a comma marks decimals (1,5).',
    id: 'tidak jelas: di Kaidah titik memisahkan ribuan (1.000) dan koma menandai desimal (1,5).',
};

export default {
    code: 'KDH002',
    title: { en: 'A number with a decimal point', id: 'Angka dengan titik desimal' },
    meaning: {
        en: 'Numbers are written the Indonesian way: a dot groups thousands (`1.000`, `Rp 3.000.000`) and a comma marks decimals (`1,5`, `Rp 1,5 juta`). A number such as `1.5` could be read either way, so Kaidah refuses it and says how to write it.',
        id: 'Angka ditulis dengan cara Indonesia: titik memisahkan ribuan (`1.000`, `Rp 3.000.000`) dan koma menandai desimal (`1,5`, `Rp 1,5 juta`). Angka seperti `1.5` dapat dibaca dua cara, jadi Kaidah menolaknya dan menyebut cara menulisnya.',
    },
    wrong: [
        {
            title: 'one and a half written with a dot',
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= ⟦1.5⟧ × poverty_line
`,
            },
            expect: [{
                code: 'KDH002', kind: 'numberFormat', severity: 'error',
                en: `\`1.5\` ${explanation.en} Write \`1,5\`.`,
                id: `\`1.5\` ${explanation.id} Tulis \`1,5\`.`,
            }],
        },
        {
            title: 'Rupiah in millions written with a dot',
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= ⟦Rp 1.5 juta⟧ and monthly_income >= poverty_line
`,
            },
            expect: [{
                code: 'KDH002', kind: 'numberFormat', severity: 'error',
                en: `\`Rp 1.5 juta\` ${explanation.en} Write \`Rp 1,5 juta\`.`,
                id: `\`Rp 1.5 juta\` ${explanation.id} Tulis \`Rp 1,5 juta\`.`,
            }],
        },
        {
            title: 'a percentage with a decimal point',
            files: {
                'main.kaidah': `household {
  id               text     key
  p2k2_attendance  percent
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when p2k2_attendance >= ⟦87.5%⟧
`,
            },
            expect: [{
                code: 'KDH002', kind: 'numberFormat', severity: 'error',
                en: `\`87.5%\` ${explanation.en} Write \`87,5%\`.`,
                id: `\`87.5%\` ${explanation.id} Tulis \`87,5%\`.`,
            }],
        },
    ],
    right: [
        {
            title: 'decimals with a comma, thousands with dots',
            files: {
                'main.kaidah': `${schema}
graduation self_reliant "Graduasi Sejahtera Mandiri"
  when monthly_income >= 1,5 × poverty_line and monthly_income >= Rp 1,5 juta
`,
            },
        },
    ],
} satisfies DiagnosticCase;
