import type { DiagnosticCase } from './case.js';

const rules = (quantities: string) => `household {
  id        text  key
  district  text
}

every district {
${quantities}
}

district "Kabupaten Probolinggo" {
  facilitators  258
}
`;

const meaning = {
    en: 'The quantities of `every district` are worked out in the order they are declared, each from the quantities before it. A default that uses its own quantity, or one declared after it, has nothing to be worked out from.',
    id: 'Besaran dalam `every district` dihitung menurut urutan deklarasinya, masing-masing dari besaran sebelumnya. Nilai bawaan yang memakai besarannya sendiri, atau besaran yang dideklarasikan sesudahnya, tidak dapat dihitung.',
};

export default {
    code: 'KDH044',
    title: { en: 'A quantity worked out from itself or a later one', id: 'Besaran dihitung dari dirinya sendiri atau dari besaran sesudahnya' },
    meaning,
    wrong: [
        {
            title: 'a default that uses its own quantity',
            files: { 'main.kaidah': rules('  quantity facilitators  count  "Jumlah pendamping PKH"  = ⟦facilitators⟧ + 1') },
            expect: [{
                code: 'KDH044', kind: 'quantityNotYetKnown', severity: 'error',
                en: 'The default of `facilitators` is worked out from `facilitators` itself; a quantity\'s default can use only quantities declared before it.',
                id: 'Nilai bawaan `facilitators` dihitung dari `facilitators` sendiri; nilai bawaan suatu besaran hanya dapat memakai besaran yang dideklarasikan sebelumnya.',
            }],
        },
        {
            title: 'a default that uses a quantity declared after it',
            files: { 'main.kaidah': rules('  quantity quota         count  = ⟦facilitators⟧ × 10\n  quantity facilitators  count  "Jumlah pendamping PKH"') },
            expect: [{
                code: 'KDH044', kind: 'quantityNotYetKnown', severity: 'error',
                en: 'The default of `quota` uses `facilitators`, which is declared after it; a quantity\'s default can use only quantities declared before it, so move `facilitators` up.',
                id: 'Nilai bawaan `quota` memakai `facilitators`, yang dideklarasikan sesudahnya; nilai bawaan suatu besaran hanya dapat memakai besaran yang dideklarasikan sebelumnya, jadi pindahkan `facilitators` ke atas.',
            }],
        },
    ],
    right: [
        {
            title: 'the quantity it builds on declared first',
            files: { 'main.kaidah': rules('  quantity facilitators  count  "Jumlah pendamping PKH"\n  quantity quota         count  = facilitators × 10') },
        },
    ],
} satisfies DiagnosticCase;
