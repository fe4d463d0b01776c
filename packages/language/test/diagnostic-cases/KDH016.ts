import type { DiagnosticCase } from './case.js';

const schema = `household {
  id        text   key
  elderly   count
  disabled  count
}
`;

export default {
    code: 'KDH016',
    title: { en: 'Definitions that depend on each other in a circle', id: 'Definisi yang saling bergantung melingkar' },
    meaning: {
        en: 'A constant or value is worked out from another that, directly or through others, is worked out from the first, so neither can be worked out. The message spells out the circle; break it by writing one of them from columns or figures only.',
        id: 'Sebuah konstanta atau value dihitung dari yang lain, yang secara langsung atau melalui yang lain dihitung dari yang pertama, sehingga keduanya tidak dapat dihitung. Pesan menguraikan lingkarannya; putuskan dengan menulis salah satunya hanya dari kolom atau angka.',
    },
    wrong: [
        {
            title: 'two values that use each other',
            files: {
                'main.kaidah': `${schema}
value ⟦members⟧ = elderly + dependants
value ⟦dependants⟧ = members - elderly + disabled

graduation natural "Graduasi Alamiah"
  when members = 0
`,
            },
            expect: [
                {
                    code: 'KDH016', kind: 'cycle', severity: 'error',
                    en: 'These definitions depend on each other in a circle: members → dependants → members.',
                    id: 'Definisi-definisi ini saling bergantung melingkar: members → dependants → members.',
                },
                {
                    code: 'KDH016', kind: 'cycle', severity: 'error',
                    en: 'These definitions depend on each other in a circle: dependants → members → dependants.',
                    id: 'Definisi-definisi ini saling bergantung melingkar: dependants → members → dependants.',
                },
            ],
        },
    ],
    right: [
        {
            title: 'each value from columns',
            files: {
                'main.kaidah': `${schema}
value dependants = disabled
value members = elderly + dependants

graduation natural "Graduasi Alamiah"
  when members = 0
`,
            },
        },
    ],
} satisfies DiagnosticCase;
