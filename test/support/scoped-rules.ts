/**
 * Random district-scoped rule files over the differential tests' schema (test/fixtures/engines/
 * differential.kaidah, the rows of dirty-rows.ts): each of its three districts may give the national
 * constant `line` its own value, declare its own constant, value and graduation categories (with a
 * rank and a target or not), and adapt the adaptable national categories. Shared by the tests that
 * hold the engines to identical outputs on district-scoped rules.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { examplesDir } from './run-cli.js';

/** The sample caseload with Pandeglang's households moved to Jember (the generator knows no Jember), for jember.kaidah. */
export function jemberSample(): string {
    return readFileSync(path.join(examplesDir, 'data/households-sample.csv'), 'utf8').replaceAll('Kabupaten Pandeglang', 'Kabupaten Jember');
}

const NATIONAL = `program "Differential districts" year 2024

household {
  id           text     key              "Nomor"        column "no"
  district     text                      "Kabupaten"    column "kab"
  subdistrict  text                      "Kecamatan"    column "kec"
  facilitator  text                      "Pendamping"   column "pdp"
  children     count                     "Anak"         column "anak"
  elderly      count                     "Lansia"       column "lansia"
  income       money                     "Penghasilan"  column "gaji"
  attendance   percent                   "Kehadiran"    column "hadir"
  business     yes/no                    "Usaha"        column "usaha"
  decile       number   between 1 and 10 "Desil"        column "desil"
  joined       date                      "Masuk"        column "masuk"
}

constant line = Rp 500.000 from 2023-01-01, Rp 600.000 from 2024-06-01
constant twice_line = 2 × line

benefit components (at most 2) {
  children  Rp 900.000
  elderly   Rp 2.400.000
}

value members = children + elderly
value years_in = years since joined
value per_head = income / members

graduation natural "Graduasi Alamiah"
  when members = 0 or decile > 4

adaptable graduation self_reliant "Graduasi Sejahtera Mandiri"
  when business and income >= twice_line and attendance >= 80%
  rank by income descending

adaptable graduation long_stay "Lama"
  when years_in >= 5 and per_head > round down(line / 3)
  rank by joined

every district {
  quantity facilitators count "Jumlah pendamping"
}
`;

/** The districts of differential.kaidah, with the lines every generated file keeps. */
const DISTRICTS = [
    { header: 'district "Kabupaten Probolinggo" code 3513', suffix: 'p', fixed: ['facilitators 2', 'target self_reliant = 2 per facilitator', 'target long_stay = facilitators × 1'] },
    { header: 'district "Kota Malang"', suffix: 'm', fixed: ['facilitators 1', 'target self_reliant = round up(10% of households)'] },
    { header: 'district "Jember" code 3509', suffix: 'j', fixed: ['facilitators 3', 'target natural = 1'] },
];

/** Conditions a district may write; `own` ones need the district's own constant and value. */
const CONDITIONS = [
    'income > Rp 1.000.000',
    'decile <= 2',
    'business and attendance >= 80%',
    'per_head > line',
    'years_in >= 9 or children > 1',
    'income >= twice_line',
    'not business and decile < 4',
];
const OWN_CONDITIONS = (s: string) => [`rich_${s}`, `income >= bar_${s}`, `rich_${s} and decile <= 3`];

const LINES = ['Rp 450.000', 'Rp 600.000', 'Rp 700.000 from 2024-01-01', 'Rp 601.234 from 2024-03-01', 'Rp 800.000 from 2025-01-01'];

const district = fc.record({
    line: fc.option(fc.constantFrom(...LINES), { nil: undefined }),
    own: fc.boolean(),
    bar: fc.constantFrom('3 × line', 'Rp 1.200.000', 'line + Rp 250.000'),
    categories: fc.array(fc.record({
        condition: fc.nat(20),
        rank: fc.constantFrom('', 'rank by income', 'rank by income descending', 'rank by joined', 'rank by id descending'),
        target: fc.constantFrom('', '1', '2', 'round down(20% of households)', '1 per subdistrict'),
    }), { maxLength: 2 }),
    adapt: fc.array(fc.record({ graduation: fc.constantFrom('self_reliant', 'long_stay'), condition: fc.nat(20) }), { maxLength: 2 }),
});

/** A whole rule file: the national rules above and the three districts, each with what was drawn for it. */
export const scopedRules = fc.tuple(district, district, district).map((drawn) => {
    const blocks = drawn.map((x, i) => {
        const { header, suffix: s, fixed } = DISTRICTS[i]!;
        const pool = x.own ? [...CONDITIONS, ...OWN_CONDITIONS(s)] : CONDITIONS;
        const pick = (n: number) => pool[n % pool.length]!;
        const lines = [...fixed];
        if (x.line !== undefined) lines.push(`line = ${x.line}`);
        if (x.own) lines.push(`constant bar_${s} = ${x.bar}`, `value rich_${s} = income > bar_${s}`);
        x.categories.forEach((c, k) => {
            const name = `own_${s}${k}`;
            lines.push(`graduation ${name} "Sendiri ${s.toUpperCase()}${k}"`, `  when ${pick(c.condition)}`);
            if (c.rank) lines.push(`  ${c.rank}`);
            if (c.target) lines.push(`target ${name} = ${c.target}`);
        });
        const adapted = new Set<string>();
        for (const a of x.adapt) {
            if (adapted.has(a.graduation)) continue;
            adapted.add(a.graduation);
            lines.push(`adapt graduation ${a.graduation}`, `  when ${pick(a.condition)}`);
        }
        return `${header} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
    });
    return `${NATIONAL}\n${blocks.join('\n')}`;
});
