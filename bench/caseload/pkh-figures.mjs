// The figures of the PKH field-report rules (examples/pkh/field-reports.kaidah, for 2024) that the
// hand-written baselines of bench/run-caseload.mjs apply: one copy for both of them.

export const POVERTY_LINE_TWICE = 2 * 582_932;

/** Self-reliant (and natural) targets per district, with the formula the explanation names. */
export const TARGETS = {
    'Kabupaten Probolinggo': { self: 2580, selfFormula: 'facilitators × 10' },
    'Kabupaten Pamekasan': { self: 1910, selfFormula: 'facilitators × 10' },
    'Kabupaten Pasuruan': { self: 4870, selfFormula: 'round down(10% of reported_households)' },
    'Kabupaten Mojokerto': { self: 1200, selfFormula: 'facilitators × 10' },
    'Kabupaten Pringsewu': { self: 1000, natural: 2000 },
    'Kabupaten Pandeglang': { self: 1720, selfFormula: 'facilitators × 10' },
};

/** The component count columns, in declaration order. */
export const COUNT_COLUMNS = ['ibu_hamil', 'anak_usia_dini', 'sd', 'smp', 'sma', 'disabilitas', 'lansia'];

/** Amounts highest first, ties in declaration order; index into COUNT_COLUMNS. At most 4 members are paid. */
export const PAY_ORDER = [[0, 3_000_000], [1, 3_000_000], [5, 2_400_000], [6, 2_400_000], [4, 2_000_000], [3, 1_500_000], [2, 900_000]];
export const PAID_MEMBERS = 4;

/** Rupiah as Kaidah writes it: `Rp 1.500.000`. */
export function rupiah(n) {
    let text = '';
    while (n >= 1000) {
        const group = n % 1000;
        text = (group < 10 ? '.00' : group < 100 ? '.0' : '.') + group + text;
        n = (n - group) / 1000;
    }
    return 'Rp ' + n + text;
}
