import type { DiagnosticCase } from './case.js';

const national = (target: string) => `program "PKH 2024"

household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business

every district {
  quantity facilitators  count
  quantity kpm_reported  count  "Jumlah KPM menurut laporan"
  ${target}
}
`;

export default {
    code: 'KDH024',
    title: { en: 'A target that works out below zero or to a fraction', id: 'Target yang bernilai di bawah nol atau pecahan' },
    meaning: {
        en: 'When the figures are worked out for each district (by `kaidah check` and `kaidah run`), a target came to less than zero households or to a fraction. Check the district\'s quantities and the target\'s formula. The message names the district and shows the formula; it points at the target.',
        id: 'Saat angka dihitung untuk setiap kabupaten/kota (oleh `kaidah check` dan `kaidah run`), sebuah target bernilai kurang dari nol KPM atau berupa pecahan. Periksa besaran kabupaten/kota dan rumus targetnya. Pesan menyebut kabupaten/kota dan rumusnya, dan menunjuk ke target itu.',
    },
    wrong: [
        {
            title: 'a district target below zero',
            files: {
                'pkh-2024.kaidah': national('target self_reliant = facilitators × 10'),
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Pringsewu" {
  facilitators 120
  kpm_reported 20.667
  ⟦target self_reliant = kpm_reported - 30.000⟧
}
`,
            },
            compile: { entry: 'pringsewu.kaidah' },
            expect: [{
                code: 'KDH024', kind: 'targetNotWhole', severity: 'error',
                en: 'The target for `self_reliant` in Kabupaten Pringsewu works out to -9.333 households (`kpm_reported - 30.000`); a target must be a whole number of households, 0 or more.',
                id: 'Target `self_reliant` di Kabupaten Pringsewu bernilai -9.333 KPM (`kpm_reported - 30.000`); target harus berupa bilangan bulat, minimal 0.',
            }],
        },
        {
            title: 'a national target that falls below zero for one district',
            files: {
                'pkh-2024.kaidah': national('target self_reliant = facilitators'),
                'probolinggo.kaidah': `use "pkh-2024.kaidah"

district ⟦"Kabupaten Probolinggo"⟧ {
  facilitators -3
}
`,
            },
            compile: { entry: 'probolinggo.kaidah' },
            expect: [{
                code: 'KDH024', kind: 'targetNotWhole', severity: 'error',
                en: 'The target for `self_reliant` in Kabupaten Probolinggo works out to -3 households (`facilitators`); a target must be a whole number of households, 0 or more.',
                id: 'Target `self_reliant` di Kabupaten Probolinggo bernilai -3 KPM (`facilitators`); target harus berupa bilangan bulat, minimal 0.',
            }],
        },
    ],
    right: [
        {
            title: 'a target of zero or more whole households',
            files: {
                'pkh-2024.kaidah': national('target self_reliant = facilitators × 10'),
                'pringsewu.kaidah': `use "pkh-2024.kaidah"

district "Kabupaten Pringsewu" {
  facilitators 120
  kpm_reported 20.667
  target self_reliant = round down(10% of kpm_reported)
}
`,
            },
        },
    ],
} satisfies DiagnosticCase;
