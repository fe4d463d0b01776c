import type { DiagnosticCase } from './case.js';
import { national } from './pkh.js';

const district = (reward: string) => `use "pkh-2024.kaidah"

district "Kabupaten Pamekasan" {
  facilitators 191

  /** Business equipment per self-reliant graduate. */
  reward self_reliant = ${reward}
}
`;

export default {
    code: 'KDH038',
    title: { en: 'A reward that is not money', id: 'Penghargaan yang bukan uang' },
    meaning: {
        en: '`reward` gives what each graduate of a category receives (business equipment, for example), for the budget line; it is an amount in Rupiah, such as `Rp 1,5 juta`.',
        id: '`reward` menyatakan apa yang diterima setiap KPM yang graduasi dalam suatu kategori (misalnya sarana usaha), untuk baris anggaran; nilainya berupa uang dalam Rupiah, seperti `Rp 1,5 juta`.',
    },
    wrong: [
        {
            title: 'an amount without `Rp`',
            files: { 'pkh-2024.kaidah': national, 'pamekasan.kaidah': district('⟦1.500.000⟧') },
            expect: [{
                code: 'KDH038', kind: 'rewardNotMoney', severity: 'error',
                en: 'A reward is an amount of money per graduate (e.g. `Rp 1,5 juta`), but `1.500.000` is a number.',
                id: 'Penghargaan adalah sejumlah uang per KPM yang graduasi (mis. `Rp 1,5 juta`), tetapi `1.500.000` bertipe angka.',
            }],
        },
        {
            title: 'a percentage as a reward',
            files: { 'pkh-2024.kaidah': national, 'pamekasan.kaidah': district('⟦10%⟧') },
            expect: [{
                code: 'KDH038', kind: 'rewardNotMoney', severity: 'error',
                en: 'A reward is an amount of money per graduate (e.g. `Rp 1,5 juta`), but `10%` is a percentage.',
                id: 'Penghargaan adalah sejumlah uang per KPM yang graduasi (mis. `Rp 1,5 juta`), tetapi `10%` bertipe persen.',
            }],
        },
    ],
    right: [
        {
            title: 'the reward in Rupiah',
            files: { 'pkh-2024.kaidah': national, 'pamekasan.kaidah': district('Rp 1,5 juta') },
        },
    ],
} satisfies DiagnosticCase;
