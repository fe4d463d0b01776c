// The PKH field-report rules (examples/pkh/field-reports.kaidah, for 2024) written by hand, as a
// team without Kaidah would: the baseline of bench/run-caseload.mjs.
//
// Usage: node bench/caseload/handwritten-pkh.mjs DATA.csv OUT.csv [--decisions-only]
//
// It reads the household CSV with the same reader as `kaidah run` (packages/cli/dist/data/read-csv.js)
// and writes the same decisions file — id, district, subdistrict, facilitator, benefit, category,
// category_label, status, rank, candidates and an explanation worded as Kaidah words it — so that the
// two do the same work. Like most hand-written programs it keeps every household in memory and
// writes in input order. `--decisions-only` leaves the explanation column empty, to show what the
// explanations cost.
//
// The rules, as the .kaidah files state them:
// - benefit: per eligible member, at most 4 members paid, highest amounts first: pregnant and early
//   childhood Rp 3.000.000, disabled and elderly Rp 2.400.000, senior high Rp 2.000.000, junior high
//   Rp 1.500.000, elementary Rp 900.000;
// - natural graduation ("Graduasi Alamiah") when no member is eligible or the welfare decile is
//   above 4; otherwise self-reliant ("Graduasi Sejahtera Mandiri") when the family has a business,
//   earns at least 2 × the poverty line (Rp 582.932, March 2024) and attends P2K2 at least 80%;
// - self-reliant candidates are ranked by income, highest first, ties by participant number;
//   natural ones by participant number;
// - targets: facilitators × 10 (Probolinggo 258, Pamekasan 191, Mojokerto 120, Pandeglang 172),
//   Pasuruan round down(10% of 48.700), Pringsewu 1.000 self-reliant and 2.000 natural; no target
//   for natural graduation elsewhere.

import { openSync, closeSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { readCsvFile } = await import(path.join(repoRoot, 'packages/cli/dist/data/read-csv.js'));
const { COUNT_COLUMNS, PAID_MEMBERS, PAY_ORDER, POVERTY_LINE_TWICE, TARGETS, rupiah } = await import('./pkh-figures.mjs');

const [dataFile, outFile, flag] = process.argv.slice(2);
if (!dataFile || !outFile) {
    console.error('usage: node bench/caseload/handwritten-pkh.mjs DATA.csv OUT.csv [--decisions-only]');
    process.exit(2);
}
const withExplanations = flag !== '--decisions-only';

function thousands(n) {
    return rupiah(n).slice(3);
}

function csvCell(cell) {
    const first = cell.charCodeAt(0);
    if ((first === 61 || first === 43 || first === 45 || first === 64) && !/^[+-]?\d+(?:[.,]\d+)*$/.test(cell)) cell = "'" + cell;
    return /[",\r\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
}

// One entry per household, in input order.
const households = [];
let header;
let columns;
await readCsvFile(dataFile, (record) => {
    const f = record.fields;
    if (header === undefined) {
        header = f.map((h) => h.trim().toLowerCase());
        const at = (name) => header.indexOf(name);
        columns = {
            id: at('no_peserta'), district: at('kabupaten'), subdistrict: at('kecamatan'), facilitator: at('id_pendamping'),
            counts: COUNT_COLUMNS.map(at),
            income: at('penghasilan_bulanan'), p2k2: at('kehadiran_p2k2'), business: at('punya_usaha'), decile: at('desil'),
        };
        return;
    }
    const counts = columns.counts.map((c) => Number(f[c]));
    const eligible = counts.reduce((a, b) => a + b, 0);
    let left = PAID_MEMBERS;
    let benefit = 0;
    for (const [k, amount] of PAY_ORDER) {
        const paid = Math.min(counts[k], left);
        benefit += paid * amount;
        left -= paid;
    }
    const income = Number(f[columns.income]);
    const p2k2 = Number(f[columns.p2k2]);
    const business = f[columns.business].trim().toLowerCase() === 'ya';
    const decile = Number(f[columns.decile]);
    let category = '';
    let why = '';
    const incomeFact = `monthly_income ${rupiah(income)} ≥ 2 × poverty_line ${rupiah(POVERTY_LINE_TWICE)}`;
    const p2k2Fact = `p2k2_attendance ${p2k2}% ≥ 80%`;
    if (eligible === 0 || decile > 4) {
        category = 'natural';
        if (withExplanations) why = eligible === 0 ? 'Graduasi Alamiah: eligible_members 0 = 0' : `Graduasi Alamiah: welfare_decile ${decile} > 4`;
    } else if (business && income >= POVERTY_LINE_TWICE && p2k2 >= 80) {
        category = 'self_reliant';
        if (withExplanations) why = `Graduasi Sejahtera Mandiri: has_business is yes; ${incomeFact}; ${p2k2Fact}`;
    } else if (withExplanations) {
        const natural = `Graduasi Alamiah: eligible_members ${eligible} = 0 does not hold and welfare_decile ${decile} > 4 does not hold`;
        const self = !business ? 'has_business is no' : income < POVERTY_LINE_TWICE ? `${incomeFact} does not hold` : `${p2k2Fact} does not hold`;
        why = `No graduation category applies. ${natural}; Graduasi Sejahtera Mandiri: ${self}`;
    }
    households.push({
        id: f[columns.id].trim(), district: f[columns.district].trim(), subdistrict: f[columns.subdistrict].trim(),
        facilitator: f[columns.facilitator].trim(), benefit, category, income, why, status: 'stays', rank: 0, of: 0,
    });
});

// Rank the candidates of each district and category, fill the targets.
const groups = new Map();
for (const h of households) {
    if (h.category === '') continue;
    const key = h.district + '\u0000' + h.category;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(h);
}
for (const [key, group] of groups) {
    const [district, category] = key.split('\u0000');
    const byKey = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    group.sort(category === 'self_reliant' ? (a, b) => b.income - a.income || byKey(a, b) : byKey);
    const targets = TARGETS[district];
    const target = category === 'self_reliant' ? targets?.self : targets?.natural;
    const formula = category === 'self_reliant' ? targets?.selfFormula : undefined;
    group.forEach((h, i) => {
        h.rank = i + 1;
        h.of = group.length;
        h.status = target === undefined || i < target ? 'proposed' : 'reserve';
        if (withExplanations) {
            const targetText = target === undefined ? 'no target for this category' : formula ? `target ${thousands(target)} (${formula})` : `target ${thousands(target)}`;
            h.why += `. Ranked ${thousands(h.rank)} of ${thousands(h.of)} in ${district}; ${targetText}: ${h.status}.`;
        }
    });
}

const labels = { natural: 'Graduasi Alamiah', self_reliant: 'Graduasi Sejahtera Mandiri', '': '' };
// Lines are encoded straight into a 4 MB buffer, written when full (as Kaidah's writer does).
const out = openSync(outFile, 'w');
const buffer = Buffer.allocUnsafe(4 << 20);
let used = 0;
const write = (text) => {
    if (used + text.length * 3 > buffer.length) {
        writeSync(out, buffer, 0, used);
        used = 0;
    }
    used += buffer.write(text, used, 'utf8');
};
write('id,district,subdistrict,facilitator,benefit,category,category_label,status,rank,candidates,explanation\n');
for (const h of households) {
    const explanation = !withExplanations ? '' : h.category === '' ? `${h.why}. Stays in the programme.` : h.why;
    write(`${csvCell(h.id)},${csvCell(h.district)},${csvCell(h.subdistrict)},${csvCell(h.facilitator)},${rupiah(h.benefit)},${h.category},${labels[h.category]},${h.status},${h.rank || ''},${h.of || ''},${csvCell(explanation)}\n`);
}
writeSync(out, buffer, 0, used);
closeSync(out);
console.log(`${households.length} households decided by hand`);
