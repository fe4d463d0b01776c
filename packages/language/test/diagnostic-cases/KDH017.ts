import type { DiagnosticCase } from './case.js';

export default {
    code: 'KDH017',
    title: { en: 'Household data or district figures in the wrong place', id: 'Data KPM atau angka kabupaten/kota di tempat yang salah' },
    meaning: {
        en: 'Constants, benefit amounts, targets and district quantities are worked out once, so they cannot use columns or values, which differ per household: use a `value` for a figure per household. District quantities can only be used in targets and other quantities, not in conditions, values or amounts.',
        id: 'Konstanta, besaran bantuan, target dan besaran kabupaten/kota dihitung sekali saja, sehingga tidak dapat memakai kolom atau value, yang berbeda untuk tiap KPM: pakai `value` untuk angka per KPM. Besaran kabupaten/kota hanya dapat dipakai dalam target dan besaran lain, bukan dalam syarat, value atau besaran bantuan.',
    },
    wrong: [
        {
            title: 'a column in a constant',
            doc: true,
            files: {
                'main.kaidah': `household {
  id              text   key
  monthly_income  money
}

constant high_income = 2 × ⟦monthly_income⟧

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when high_income >= Rp 1.200.000
`,
            },
            expect: [{
                code: 'KDH017', kind: 'householdDataOutsideRules', severity: 'error',
                en: '`monthly_income` differs per household, so it cannot be used in a constant, which is worked out once.',
                id: '`monthly_income` berbeda untuk tiap KPM, sehingga tidak dapat dipakai dalam konstanta, yang dihitung sekali saja.',
            }],
        },
        {
            title: 'a column in a target',
            files: {
                'main.kaidah': `household {
  id            text    key
  district      text
  elderly       count
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and elderly = 0

every district {
  target self_reliant = ⟦elderly⟧ × 10
}
`,
            },
            expect: [{
                code: 'KDH017', kind: 'householdDataOutsideRules', severity: 'error',
                en: '`elderly` differs per household, so it cannot be used in a target, which is worked out once.',
                id: '`elderly` berbeda untuk tiap KPM, sehingga tidak dapat dipakai dalam target, yang dihitung sekali saja.',
            }],
        },
        {
            title: 'a district quantity in a graduation condition',
            doc: true,
            files: {
                'main.kaidah': `household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and ⟦facilitators⟧ > 100

every district {
  quantity facilitators  count
}
`,
            },
            expect: [{
                code: 'KDH017', kind: 'quantityOutsideDistrict', severity: 'error',
                en: '`facilitators` is a district quantity; it can only be used in district targets and quantities.',
                id: '`facilitators` adalah besaran kabupaten/kota; hanya dapat dipakai dalam target dan besaran kabupaten/kota.',
            }],
        },
    ],
    right: [
        {
            title: 'a value for the figure per household, the quantity in the target',
            files: {
                'main.kaidah': `household {
  id              text    key
  district        text
  has_business    yes/no
  monthly_income  money
}

value high_income = 2 × monthly_income

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and high_income >= Rp 1.200.000

every district {
  quantity facilitators  count
  target self_reliant = facilitators × 10
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
