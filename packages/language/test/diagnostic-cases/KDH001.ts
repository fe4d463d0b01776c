import type { DiagnosticCase } from './case.js';

const schema = `household {
  id       text   key
  elderly  count
}
`;

const cannotRead = {
    en: 'Cannot read this part of the rules: ',
    id: 'Bagian aturan ini tidak dapat dibaca: ',
};

export default {
    code: 'KDH001',
    title: { en: 'The rules cannot be read here', id: 'Aturan tidak dapat dibaca di sini' },
    meaning: {
        en: 'This part of the file does not follow the way Kaidah rules are written: a word such as `when` is missing, a character does not belong, something is left unfinished, or brackets are nested too deeply. The mistake is where the message points, or just before it.',
        id: 'Bagian file ini tidak mengikuti cara penulisan aturan Kaidah: ada kata seperti `when` yang hilang, ada karakter yang tidak semestinya, ada bagian yang belum selesai ditulis, atau tanda kurung bersarang terlalu dalam. Kesalahannya ada di tempat yang ditunjuk pesan, atau tepat sebelumnya.',
    },
    wrong: [
        {
            title: 'the word `when` is missing',
            doc: true,
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  ⟦elderly⟧ = 0
`,
            },
            expect: [{
                code: 'KDH001', kind: 'syntax', severity: 'error',
                en: `${cannotRead.en}expected \`when\` but found \`elderly\`.`,
                id: `${cannotRead.id}seharusnya \`when\`, tetapi tertulis \`elderly\`.`,
            }],
        },
        {
            title: 'a semicolon at the end of a line',
            doc: true,
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0⟦;⟧
`,
            },
            expect: [{
                code: 'KDH001', kind: 'unexpectedCharacter', severity: 'error',
                en: 'Unexpected character `;`.',
                id: 'Karakter `;` tidak dikenal.',
            }],
        },
        {
            title: 'a closing brace too many',
            files: {
                'main.kaidah': `household {
  id       text   key
  elderly  count
}
⟦}⟧

graduation natural "Graduasi Alamiah"
  when elderly = 0
`,
            },
            expect: [{
                code: 'KDH001', kind: 'syntax', severity: 'error',
                en: `${cannotRead.en}unexpected \`}\` here.`,
                id: `${cannotRead.id}\`}\` tidak semestinya ada di sini.`,
            }],
        },
        {
            title: 'a closing bracket too many',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when (elderly = 0)⟦)⟧
`,
            },
            expect: [{
                code: 'KDH001', kind: 'syntax', severity: 'error',
                en: `${cannotRead.en}unexpected \`)\` here.`,
                id: `${cannotRead.id}\`)\` tidak semestinya ada di sini.`,
            }],
        },
        {
            title: 'a condition left unfinished at the end of the file',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0 and⟦⟧
`,
            },
            expect: [{
                code: 'KDH001', kind: 'syntax', severity: 'error',
                en: `${cannotRead.en}the file ends before this part is complete.`,
                id: `${cannotRead.id}file berakhir sebelum bagian ini selesai ditulis.`,
            }],
        },
        {
            title: 'brackets nested more than 24 levels deep',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when ${'('.repeat(24)}⟦(⟧elderly = 0${')'.repeat(25)}
`,
            },
            expect: [{
                code: 'KDH001', kind: 'syntax', severity: 'error',
                en: `${cannotRead.en}brackets or repeated \`not\` go more than 24 levels deep here.`,
                id: `${cannotRead.id}tanda kurung atau \`not\` bersarang lebih dari 24 tingkat di sini.`,
            }],
        },
    ],
    right: [
        {
            title: 'the condition written in full after `when`',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when elderly = 0
`,
            },
        },
        {
            title: 'a condition in brackets',
            files: {
                'main.kaidah': `${schema}
graduation natural "Graduasi Alamiah"
  when (elderly = 0)
`,
            },
        },
    ],
} satisfies DiagnosticCase;
