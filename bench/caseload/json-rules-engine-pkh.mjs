// The PKH field-report rules in json-rules-engine (7.3.1), the peer many JavaScript teams would
// pick: the third column of bench/run-caseload.mjs.
//
// Usage: node bench/caseload/json-rules-engine-pkh.mjs DATA.csv OUT.csv
//
// Same CSV reader as `kaidah run`. The two graduation categories are json-rules-engine rules
// (natural first, by priority; `eligible_members` is a dynamic fact summed from the counts); the
// engine runs once per household. json-rules-engine neither computes benefits nor fills quotas, so
// those are written by hand around it, as a team using it would: the benefit with the cap on paid
// members, then ranking and targets per district exactly as bench/caseload/handwritten-pkh.mjs.
// It writes id, district, benefit, category, status, rank and candidates (no explanation: the
// engine gives none).

import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { readCsvFile } = await import(path.join(repoRoot, 'packages/cli/dist/data/read-csv.js'));
const { Engine } = createRequire(import.meta.url)('json-rules-engine');

const [dataFile, outFile] = process.argv.slice(2);
if (!dataFile || !outFile) {
    console.error('usage: node bench/caseload/json-rules-engine-pkh.mjs DATA.csv OUT.csv');
    process.exit(2);
}

const COUNT_FACTS = ['pregnant', 'early_child', 'elementary', 'junior_high', 'senior_high', 'disabled', 'elderly'];

const engine = new Engine([], { allowUndefinedFacts: false });
engine.addFact('eligible_members', async (params, almanac) => {
    let sum = 0;
    for (const fact of COUNT_FACTS) sum += await almanac.factValue(fact);
    return sum;
});
engine.addRule({
    name: 'natural',
    priority: 2,
    conditions: {
        any: [
            { fact: 'eligible_members', operator: 'equal', value: 0 },
            { fact: 'welfare_decile', operator: 'greaterThan', value: 4 },
        ],
    },
    event: { type: 'natural' },
});
engine.addRule({
    name: 'self_reliant',
    priority: 1,
    conditions: {
        all: [
            { fact: 'has_business', operator: 'equal', value: true },
            { fact: 'monthly_income', operator: 'greaterThanInclusive', value: 2 * 582_932 },
            { fact: 'p2k2_attendance', operator: 'greaterThanInclusive', value: 0.8 },
        ],
    },
    event: { type: 'self_reliant' },
});

const TARGETS = {
    'Kabupaten Probolinggo': { self_reliant: 2580 },
    'Kabupaten Pamekasan': { self_reliant: 1910 },
    'Kabupaten Pasuruan': { self_reliant: 4870 },
    'Kabupaten Mojokerto': { self_reliant: 1200 },
    'Kabupaten Pringsewu': { self_reliant: 1000, natural: 2000 },
    'Kabupaten Pandeglang': { self_reliant: 1720 },
};
const PAY_ORDER = [[0, 3_000_000], [1, 3_000_000], [5, 2_400_000], [6, 2_400_000], [4, 2_000_000], [3, 1_500_000], [2, 900_000]];

// Read every row first (the engine is asynchronous), then run the engine on each household.
const rows = [];
let columns;
await readCsvFile(dataFile, (record) => {
    const f = record.fields;
    if (columns === undefined) {
        const header = f.map((h) => h.trim().toLowerCase());
        const at = (name) => header.indexOf(name);
        columns = {
            id: at('no_peserta'), district: at('kabupaten'),
            counts: ['ibu_hamil', 'anak_usia_dini', 'sd', 'smp', 'sma', 'disabilitas', 'lansia'].map(at),
            income: at('penghasilan_bulanan'), p2k2: at('kehadiran_p2k2'), business: at('punya_usaha'), decile: at('desil'),
        };
        return;
    }
    rows.push(f);
});

const households = [];
for (const f of rows) {
    const counts = columns.counts.map((c) => Number(f[c]));
    const facts = {
        monthly_income: Number(f[columns.income]),
        p2k2_attendance: Number(f[columns.p2k2]) / 100,
        has_business: f[columns.business].trim().toLowerCase() === 'ya',
        welfare_decile: Number(f[columns.decile]),
    };
    COUNT_FACTS.forEach((name, i) => {
        facts[name] = counts[i];
    });
    const { events } = await engine.run(facts);
    const category = events.some((e) => e.type === 'natural') ? 'natural' : events.some((e) => e.type === 'self_reliant') ? 'self_reliant' : '';
    let left = 4;
    let benefit = 0;
    for (const [k, amount] of PAY_ORDER) {
        const paid = Math.min(counts[k], left);
        benefit += paid * amount;
        left -= paid;
    }
    households.push({ id: f[columns.id].trim(), district: f[columns.district].trim(), benefit, category, income: facts.monthly_income, status: 'stays', rank: 0, of: 0 });
}
rows.length = 0;

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
    const target = TARGETS[district]?.[category];
    group.forEach((h, i) => {
        h.rank = i + 1;
        h.of = group.length;
        h.status = target === undefined || i < target ? 'proposed' : 'reserve';
    });
}

const out = openSync(outFile, 'w');
let buffer = 'id,district,benefit,category,status,rank,candidates\n';
for (const h of households) {
    buffer += `${h.id},${h.district},${h.benefit},${h.category},${h.status},${h.rank || ''},${h.of || ''}\n`;
    if (buffer.length > 1 << 20) {
        writeSync(out, buffer);
        buffer = '';
    }
}
writeSync(out, buffer);
closeSync(out);
console.log(`${households.length} households decided with json-rules-engine`);
