// The PKH field-report rules written by hand over a bare line splitter: the baseline the issue's
// speed goals are stated against (bench/run-caseload.mjs). Lines are split on "\n" and fields on
// the delimiter, with no quoting rules, no Indonesian number reading and no checks — it is right
// only for the generator's clean files. Same rules and figures as handwritten-pkh.mjs
// (pkh-figures.mjs); it writes every decision (no explanations) in input order.
//
// Usage: node bench/caseload/bare-splitter-pkh.mjs DATA.csv OUT.csv
//
// Memory stays bounded at ten million households: the first pass keeps a byte per household
// (category and district) and only the candidates' keys, incomes and lines; the second pass reads
// the file again and writes each line's decision with the rank found.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { COUNT_COLUMNS, PAID_MEMBERS, PAY_ORDER, POVERTY_LINE_TWICE, TARGETS, rupiah } from './pkh-figures.mjs';

const [dataFile, outFile] = process.argv.slice(2);
if (!dataFile || !outFile) {
    console.error('usage: node bench/caseload/bare-splitter-pkh.mjs DATA.csv OUT.csv');
    process.exit(2);
}

/** Calls `onHeader(line)` for the first line, then `onLine(line, index)` for every other (index 0 = first data line). */
function eachLine(file, onHeader, onLine) {
    const fd = openSync(file, 'r');
    const buffer = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let header;
    let index = 0;
    const take = (line) => {
        if (line.endsWith('\r')) line = line.slice(0, -1);
        if (header === undefined) onHeader((header = line));
        else if (line !== '') onLine(line, index++);
    };
    for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        const text = rest + decoder.write(buffer.subarray(0, n));
        let start = 0;
        for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            take(text.slice(start, end));
            start = end + 1;
        }
        rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') take(rest);
    closeSync(fd);
}

const NONE = 0;
const NATURAL = 1;
const SELF = 2;
const CATEGORY_NAMES = ['', 'natural', 'self_reliant'];
const LABELS = ['', 'Graduasi Alamiah', 'Graduasi Sejahtera Mandiri'];
const districts = Object.keys(TARGETS);

let delimiter = ',';
let at;
let width = 0;
function readHeader(line) {
    delimiter = line.includes(';') ? ';' : ',';
    const header = line.split(delimiter).map((h) => h.trim().toLowerCase());
    width = header.length;
    const column = (name) => header.indexOf(name);
    at = {
        id: column('no_peserta'), district: column('kabupaten'), subdistrict: column('kecamatan'), facilitator: column('id_pendamping'),
        counts: COUNT_COLUMNS.map(column), income: column('penghasilan_bulanan'), p2k2: column('kehadiran_p2k2'),
        business: column('punya_usaha'), decile: column('desil'),
    };
}
/** A line's fields, and its benefit and category. */
function decide(fields) {
    let eligible = 0;
    let left = PAID_MEMBERS;
    let benefit = 0;
    for (const [k, amount] of PAY_ORDER) {
        const count = +fields[at.counts[k]];
        eligible += count;
        const paid = count < left ? count : left;
        benefit += paid * amount;
        left -= paid;
    }
    const income = +fields[at.income];
    let category = NONE;
    if (eligible === 0 || +fields[at.decile] > 4) category = NATURAL;
    else if (fields[at.business].trim().toLowerCase() === 'ya' && income >= POVERTY_LINE_TWICE && +fields[at.p2k2] >= 80) category = SELF;
    return { benefit, category, income };
}

// ---- first pass: categories, and the candidates ------------------------------------------------

let categories = new Uint8Array(1 << 20);
const candidateKeys = [];
const candidateIncome = [];
const candidateLine = [];
const candidateGroup = [];
eachLine(dataFile, readHeader, (line, i) => {
    const fields = line.split(delimiter);
    const { category, income } = decide(fields);
    if (i >= categories.length) {
        const grown = new Uint8Array(categories.length * 2);
        grown.set(categories);
        categories = grown;
    }
    categories[i] = category;
    if (category === NONE) return;
    candidateKeys.push(fields[at.id]);
    candidateIncome.push(income);
    candidateLine.push(i);
    candidateGroup.push(districts.indexOf(fields[at.district]) * 3 + category);
});

// ---- ranking: per district and category, targets filled ---------------------------------------

const candidates = candidateLine.length;
const rankOf = new Int32Array(candidates);
const groupSize = new Int32Array(candidates);
const proposed = new Uint8Array(candidates);
const groups = new Map();
candidateLine.forEach((_, c) => {
    const g = candidateGroup[c];
    let members = groups.get(g);
    if (members === undefined) groups.set(g, (members = []));
    members.push(c);
});
for (const [g, members] of groups) {
    const district = districts[Math.floor(g / 3)];
    const category = g % 3;
    const byKey = (a, b) => (candidateKeys[a] < candidateKeys[b] ? -1 : candidateKeys[a] > candidateKeys[b] ? 1 : 0);
    members.sort(category === SELF ? (a, b) => candidateIncome[b] - candidateIncome[a] || byKey(a, b) : byKey);
    const targets = TARGETS[district];
    const target = category === SELF ? targets?.self : targets?.natural;
    members.forEach((c, i) => {
        rankOf[c] = i + 1;
        groupSize[c] = members.length;
        proposed[c] = target === undefined || i < target ? 1 : 0;
    });
}

// ---- second pass: every decision, in input order ----------------------------------------------

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
let decided = 0;
let next = 0; // the next candidate, in line order
eachLine(dataFile, () => {}, (line, i) => {
    const fields = line.split(delimiter);
    const { benefit } = decide(fields);
    const category = categories[i];
    let status = 'stays';
    let rank = '';
    let of = '';
    if (next < candidates && candidateLine[next] === i) {
        status = proposed[next] ? 'proposed' : 'reserve';
        rank = rankOf[next];
        of = groupSize[next];
        next++;
    }
    write(`${fields[at.id]},${fields[at.district]},${fields[at.subdistrict]},${fields[at.facilitator]},${rupiah(benefit)},` +
        `${CATEGORY_NAMES[category]},${LABELS[category]},${status},${rank},${of},\n`);
    decided++;
});
writeSync(out, buffer, 0, used);
closeSync(out);
console.log(`${decided} households decided over a bare line splitter (${width} columns)`);
