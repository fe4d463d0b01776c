import type { DiagnosticCase } from './case.js';

const rules = (facilitators: string) => `household {
  id        text  key
  district  text
}

every district {
  quantity facilitators  count  "Jumlah pendamping PKH"
}

district "Kabupaten Probolinggo" {
  facilitators  ${facilitators}
}
`;

export default {
    code: 'KDH043',
    title: { en: 'A number too large to keep exactly', id: 'Angka terlalu besar untuk disimpan dengan tepat' },
    meaning: {
        en: 'Kaidah computes with whole numbers up to 9.007.199.254.740.991; beyond that a number would silently become a different one (`99999999999999999999` would be shown as `100.000.000.000.000.016.384`). Such a number is almost always a typing mistake or an identifier pasted in the wrong place.',
        id: 'Kaidah menghitung dengan bilangan bulat sampai 9.007.199.254.740.991; di atas itu sebuah angka diam-diam berubah menjadi angka lain (`99999999999999999999` akan tampil sebagai `100.000.000.000.000.016.384`). Angka seperti itu hampir selalu salah ketik atau nomor identitas yang tertempel di tempat yang salah.',
    },
    wrong: [
        {
            title: 'a NIK pasted where the number of facilitators belongs',
            files: { 'main.kaidah': rules('⟦99999999999999999999⟧') },
            expect: [{
                code: 'KDH043', kind: 'numberTooLarge', severity: 'error',
                en: '`99999999999999999999` is too large to be kept exactly: Kaidah computes with whole numbers up to 9.007.199.254.740.991.',
                id: '`99999999999999999999` terlalu besar untuk disimpan dengan tepat: Kaidah menghitung dengan bilangan bulat sampai 9.007.199.254.740.991.',
            }],
        },
    ],
    right: [
        { title: 'the number of facilitators', files: { 'main.kaidah': rules('258') } },
    ],
} satisfies DiagnosticCase;
