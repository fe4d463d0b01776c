import type { DiagnosticCase } from './case.js';

const household = `household {
  id        text  key
  district  text
}
`;

export default {
    code: 'KDH046',
    title: { en: 'A district code that is not one', id: 'Kode kabupaten/kota yang tidak sah' },
    meaning: {
        en: 'A district may give its BPS/Kemendagri region code (`district "Kabupaten Jember" code 3509 { ... }`), so that rows carrying the code match it whatever way they spell the name. The code has four digits, province then district (`3509` or `35.09`), and belongs to one district only.',
        id: 'Kabupaten/kota dapat mencantumkan kode wilayah BPS/Kemendagri (`district "Kabupaten Jember" code 3509 { ... }`), agar baris yang memuat kode itu cocok dengannya apa pun ejaan namanya. Kode terdiri atas empat angka, provinsi lalu kabupaten/kota (`3509` atau `35.09`), dan hanya dimiliki satu kabupaten/kota.',
    },
    wrong: [
        {
            title: 'the full village code instead of the district code',
            files: { 'main.kaidah': `${household}
district "Kabupaten Probolinggo" code ⟦35.13.04⟧ {
}
` },
            expect: [{
                code: 'KDH046', kind: 'districtCode', severity: 'error',
                en: '`code 35.13.04` is not a district code: a BPS/Kemendagri district code has four digits, province then district (e.g. `code 3509` or `code 35.09` for Kabupaten Jember).',
                id: '`code 35.13.04` bukan kode kabupaten/kota: kode BPS/Kemendagri kabupaten/kota terdiri atas empat angka, provinsi lalu kabupaten/kota (mis. `code 3509` atau `code 35.09` untuk Kabupaten Jember).',
            }],
        },
        {
            title: 'the Kabupaten\'s code given to the Kota of the same name',
            files: { 'main.kaidah': `${household}
district "Kabupaten Probolinggo" code 3513 {
}

district "Kota Probolinggo" code ⟦35.13⟧ {
}
` },
            expect: [{
                code: 'KDH046', kind: 'districtCodeTwice', severity: 'error',
                en: 'The district code 3513 is already given to "Kabupaten Probolinggo" at line 6; each district has its own code.',
                id: 'Kode kabupaten/kota 3513 sudah dipakai "Kabupaten Probolinggo" di baris 6; setiap kabupaten/kota memiliki kodenya sendiri.',
            }],
        },
    ],
    right: [
        {
            title: 'each district with its own code',
            files: { 'main.kaidah': `${household}
district "Kabupaten Probolinggo" code 3513 {
}

district "Kota Probolinggo" code 35.74 {
}
` },
        },
    ],
} satisfies DiagnosticCase;
