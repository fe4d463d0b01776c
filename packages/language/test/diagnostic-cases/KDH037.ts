import type { DiagnosticCase } from './case.js';

const rules = (value: string, target: string) => `household {
  id            text    key
  district      text
  elderly       count
  has_business  yes/no
}

value ${value}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and dependants = 0

every district {
  target self_reliant = ${target}
}
`;

export default {
    code: 'KDH037',
    title: { en: '`households` outside a target', id: '`households` di luar target' },
    meaning: {
        en: '`households` is the number of households found in the data for a district, a sub-district or a facilitator (with `per`). It is only known when quotas are filled, so it can only be used in a target, such as `target self_reliant = round down(10% of households)`.',
        id: '`households` adalah jumlah KPM yang ditemukan di data untuk suatu kabupaten/kota, kecamatan atau pendamping (dengan `per`). Jumlah itu baru diketahui saat kuota diisi, jadi hanya dapat dipakai dalam target, seperti `target self_reliant = round down(10% of households)`.',
    },
    wrong: [
        {
            title: '`households` in a value',
            files: { 'main.kaidah': rules('dependants = elderly × ⟦households⟧', 'round down(10% of households)') },
            expect: [{
                code: 'KDH037', kind: 'caseloadOutsideTarget', severity: 'error',
                en: '`households` is the number of households of a district, sub-district or facilitator; it can only be used in a target.',
                id: '`households` adalah jumlah KPM di suatu kabupaten/kota, kecamatan atau pendamping; hanya dapat dipakai dalam target.',
            }],
        },
    ],
    right: [
        {
            title: '`households` in the target only',
            files: { 'main.kaidah': rules('dependants = elderly', 'round down(10% of households)') },
        },
    ],
} satisfies DiagnosticCase;
