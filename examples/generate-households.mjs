#!/usr/bin/env node
// generate-households.mjs: deterministic synthetic PKH household (KPM) data, as CSV.
//
// Usage:
//   node examples/generate-households.mjs --households N [--seed S]
//        [--districts "Kabupaten Probolinggo,Kabupaten Pamekasan"] [--out FILE]
//
//   --households N  number of households (required; 0 gives only the header row)
//   --seed S        any integer or text (default 1); the same seed, count and districts give
//                   byte-identical output on any machine (integer-only sfc32 PRNG, no Math.random,
//                   no floating-point transcendental functions)
//   --districts     comma-separated district names, case-insensitive (default: all six below;
//                   rows always come in the order of the list below)
//   --out FILE      write to FILE instead of stdout; only data goes to stdout, a one-line
//                   summary goes to stderr when --out is given
//
// Plain Node 20 ESM, no dependencies. Rows are streamed in 64 KB chunks with back-pressure, so
// 10,000,000 households run in bounded memory (only a small record per facilitator is kept;
// about 95 MB resident at 10M households).
//
// Output: header row, comma separated, "\n" line endings, no quoting (no value contains a comma):
//   no_peserta,kabupaten,kecamatan,id_pendamping,ibu_hamil,anak_usia_dini,sd,smp,sma,
//   disabilitas,lansia,penghasilan_bulanan,kehadiran_p2k2,punya_usaha,desil
//
// How the data are built (all numbers are synthetic; only names, codes and caseloads are real):
// - Districts: households are split over the chosen districts in proportion to their real
//   caseloads (Probolinggo 52,000, Pamekasan 67,245, Pasuruan 48,700, Mojokerto 40,000,
//   Pringsewu 20,667, Pandeglang 109,930), largest remainder. Rows come district by district,
//   then kecamatan by kecamatan (list order), then facilitator by facilitator.
// - no_peserta: 4-digit BPS district code + 12-digit zero-padded sequence within the district
//   (e.g. 3513000000000001): 16 digits of text, unique.
// - id_pendamping: PDP-<code>-<4-digit sequence within the district> (the sequence gets more
//   digits past 9,999, which only very large runs reach). Each facilitator has a caseload of
//   150-300 households (about 225 on average) inside one kecamatan; a district with fewer than
//   150 households has one smaller caseload. Small samples use only as many (randomly chosen)
//   kecamatan as they have facilitators.
// - Component counts ibu_hamil, anak_usia_dini, sd, smp, sma, disabilitas, lansia: 9% of
//   households have no component at all; the others draw each count from its own table
//   (mostly 0, often 1, rarely 2-3) and redraw if all came out 0.
// - penghasilan_bulanan: whole Rupiah rounded to thousands, 100,000-4,000,000, piecewise uniform:
//   most 300,000-1,500,000; households with a business earn more (about half of them reach the
//   1,165,864 self-reliance line, against about a fifth of the others).
// - kehadiran_p2k2: integer percent 0-100; about 62% attend 80% or more, 15% attend every session.
// - punya_usaha: "ya" for about 25%, else "tidak".
// - desil: 1-10, mostly 1-4; half of the no-component households and 10% of the others (16%
//   from Rp1,500,000 income up) are in deciles 5-10 (about 14% overall).
// Resulting shares (measured on 200,000 households, seed 1): self-reliant candidates
// (punya_usaha=ya, income >= 1,165,864, p2k2 >= 80, desil <= 4, some count > 0) about 6.5%;
// natural-graduation cases (all counts 0 or desil > 4) about 19%. See the bottom of the file
// for an awk one-liner that measures them.

import { createWriteStream } from 'node:fs';

const HEADER =
  'no_peserta,kabupaten,kecamatan,id_pendamping,ibu_hamil,anak_usia_dini,sd,smp,sma,' +
  'disabilitas,lansia,penghasilan_bulanan,kehadiran_p2k2,punya_usaha,desil';

// name, BPS code, real caseload (KPM), real kecamatan names
const DISTRICTS = [
  {
    name: 'Kabupaten Probolinggo', code: '3513', caseload: 52000,
    kecamatan: ['Sukapura', 'Sumber', 'Kuripan', 'Bantaran', 'Leces', 'Tegalsiwalan', 'Banyuanyar',
      'Tiris', 'Krucil', 'Gading', 'Pakuniran', 'Kotaanyar', 'Paiton', 'Besuk', 'Kraksaan',
      'Krejengan', 'Pajarakan', 'Maron', 'Gending', 'Dringu', 'Wonomerto', 'Lumbang', 'Tongas',
      'Sumberasih'],
  },
  {
    name: 'Kabupaten Pamekasan', code: '3528', caseload: 67245,
    kecamatan: ['Tlanakan', 'Pademawu', 'Galis', 'Larangan', 'Pamekasan', 'Proppo', 'Palengaan',
      'Pegantenan', 'Kadur', 'Pakong', 'Waru', 'Batumarmar', 'Pasean'],
  },
  {
    name: 'Kabupaten Pasuruan', code: '3514', caseload: 48700,
    kecamatan: ['Purwodadi', 'Tutur', 'Puspo', 'Tosari', 'Lumbang', 'Pasrepan', 'Kejayan',
      'Wonorejo', 'Purwosari', 'Prigen', 'Sukorejo', 'Pandaan', 'Gempol', 'Beji', 'Bangil',
      'Rembang', 'Kraton', 'Pohjentrek', 'Gondangwetan', 'Rejoso', 'Winongan', 'Grati', 'Lekok',
      'Nguling'],
  },
  {
    name: 'Kabupaten Mojokerto', code: '3516', caseload: 40000,
    kecamatan: ['Jatirejo', 'Gondang', 'Pacet', 'Trawas', 'Ngoro', 'Pungging', 'Kutorejo',
      'Mojosari', 'Bangsal', 'Mojoanyar', 'Dlanggu', 'Puri', 'Trowulan', 'Sooko', 'Gedeg',
      'Kemlagi', 'Jetis', 'Dawarblandong'],
  },
  {
    name: 'Kabupaten Pringsewu', code: '1810', caseload: 20667,
    kecamatan: ['Pardasuka', 'Ambarawa', 'Pagelaran', 'Pringsewu', 'Gadingrejo', 'Sukoharjo',
      'Banyumas', 'Adiluwih', 'Pagelaran Utara'],
  },
  {
    name: 'Kabupaten Pandeglang', code: '3601', caseload: 109930,
    kecamatan: ['Sumur', 'Cimanggu', 'Cibaliung', 'Cikeusik', 'Cigeulis', 'Panimbang', 'Angsana',
      'Munjul', 'Pagelaran', 'Bojong', 'Picung', 'Labuan', 'Menes', 'Saketi', 'Cipeucang',
      'Jiput', 'Mandalawangi', 'Cimanuk', 'Kaduhejo', 'Banjar', 'Pandeglang', 'Cadasari',
      'Cisata', 'Patia', 'Carita', 'Sukaresmi', 'Mekarjaya', 'Sindangresmi', 'Pulosari',
      'Koroncong', 'Majasari', 'Sobang', 'Cibitung', 'Cikedal', 'Karangtanjung'],
  },
];

// ---------------------------------------------------------------------------------------------
// PRNG: xmur3 string hash for seeding, sfc32 generator. Integer operations only.

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

function sfc32(seedText) {
  const s = xmur3(seedText);
  let a = s(), b = s(), c = s(), d = s();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return r >>> 0;
  };
  for (let i = 0; i < 15; i++) next(); // warm up
  return next;
}

// Uniform integer in [lo, hi] (inclusive). Exact: uint32 / 2^32 times a small span.
const int = (rng, lo, hi) => lo + Math.floor((rng() / 4294967296) * (hi - lo + 1));

// Weighted table: [[value, weight], ...] with integer weights; returns a sampler.
function table(pairs) {
  const values = pairs.map((p) => p[0]);
  const cum = [];
  let total = 0;
  for (const [, w] of pairs) cum.push((total += w));
  return (rng) => {
    const r = int(rng, 0, total - 1);
    let i = 0;
    while (r >= cum[i]) i++;
    return values[i];
  };
}

// ---------------------------------------------------------------------------------------------
// Household attribute distributions (weights in per-ten-thousand unless noted).

const COUNT_TABLES = [
  table([[0, 9180], [1, 800], [2, 20]]),                        // ibu_hamil
  table([[0, 6200], [1, 2800], [2, 800], [3, 200]]),            // anak_usia_dini
  table([[0, 5000], [1, 3300], [2, 1400], [3, 300]]),           // sd
  table([[0, 7200], [1, 2300], [2, 450], [3, 50]]),             // smp
  table([[0, 7800], [1, 1900], [2, 280], [3, 20]]),             // sma
  table([[0, 9500], [1, 480], [2, 20]]),                        // disabilitas
  table([[0, 7200], [1, 2400], [2, 380], [3, 20]]),             // lansia
];
const NO_COMPONENT_PER_10000 = 900;
const BUSINESS_PER_10000 = 2500;

// Income bands in thousands of Rupiah: [low, high, weight]; uniform inside a band.
const INCOME_PLAIN = bands([[100, 299, 400], [300, 599, 2500], [600, 899, 3000],
  [900, 1199, 2000], [1200, 1499, 1200], [1500, 2499, 700], [2500, 4000, 200]]);
const INCOME_BUSINESS = bands([[100, 299, 100], [300, 599, 900], [600, 899, 1700],
  [900, 1199, 2200], [1200, 1499, 2200], [1500, 2499, 2100], [2500, 4000, 800]]);

function bands(list) {
  const pick = table(list.map((b, i) => [i, b[2]]));
  return (rng) => {
    const [lo, hi] = list[pick(rng)];
    return int(rng, lo, hi) * 1000;
  };
}

// P2K2 attendance bands in percent: [low, high, weight].
const P2K2_BANDS = [[0, 49, 800], [50, 69, 1200], [70, 79, 1800], [80, 89, 2700],
  [90, 99, 2000], [100, 100, 1500]];
const P2K2_PICK = table(P2K2_BANDS.map((b, i) => [i, b[2]]));
const p2k2 = (rng) => {
  const [lo, hi] = P2K2_BANDS[P2K2_PICK(rng)];
  return int(rng, lo, hi);
};

const DESIL_LOW = table([[1, 32], [2, 28], [3, 22], [4, 18]]);
const DESIL_HIGH = table([[5, 35], [6, 25], [7, 17], [8, 11], [9, 7], [10, 5]]);

// ---------------------------------------------------------------------------------------------
// Command line

function usage(msg) {
  if (msg) process.stderr.write(`generate-households: ${msg}\n`);
  process.stderr.write(
    'usage: node examples/generate-households.mjs --households N [--seed S]\n' +
    '         [--districts "Kabupaten Probolinggo,Kabupaten Pamekasan"] [--out FILE]\n' +
    `districts: ${DISTRICTS.map((d) => d.name).join(', ')}\n`);
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { households: undefined, seed: '1', districts: undefined, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) { value = arg.slice(eq + 1); arg = arg.slice(0, eq); }
    const take = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--households': case '-n': {
        const v = take().replace(/_/g, '');
        if (!/^\d+$/.test(v)) usage(`--households must be a non-negative integer, got "${v}"`);
        opts.households = Number(v);
        if (!Number.isSafeInteger(opts.households) || opts.households > 1e11) usage('--households is too large');
        break;
      }
      case '--seed': case '-s': opts.seed = take(); break;
      case '--districts': case '-d': opts.districts = take(); break;
      case '--out': case '-o': opts.out = take(); break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument "${arg}"`);
    }
  }
  if (opts.households === undefined) usage('--households is required');
  let chosen = DISTRICTS;
  if (opts.districts !== undefined) {
    const names = opts.districts.split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) usage('--districts is empty');
    chosen = [];
    for (const n of names) {
      const d = DISTRICTS.find((x) => x.name.toLowerCase() === n.toLowerCase());
      if (!d) usage(`unknown district "${n}"`);
      if (!chosen.includes(d)) chosen.push(d);
    }
    chosen = DISTRICTS.filter((d) => chosen.includes(d)); // output always in the order above
  }
  opts.chosen = chosen;
  return opts;
}

// Split total into integer parts proportional to weights (largest remainder; ties by index).
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, rem: (total * w) / sum - parts[i] }))
    .sort((x, y) => y.rem - x.rem || x.i - y.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
  return parts;
}

// Facilitator plan for one district: caseloads (150-300 where possible) grouped by kecamatan.
function planDistrict(district, n, rng) {
  if (n === 0) return [];
  let f = Math.max(1, Math.round(n / 225));
  if (n / f > 300) f++;
  if (f > 1 && n / f < 150) f--;
  const mean = n / f;
  const half = Math.max(0, Math.min(mean - 150, 300 - mean, 75));
  const loads = [];
  let sum = 0;
  for (let i = 0; i < f; i++) {
    const c = Math.round(mean - half + (rng() / 4294967296) * 2 * half);
    loads.push(c);
    sum += c;
  }
  // Fix the total with +-1 steps, preferring caseloads that stay within 150-300.
  let diff = n - sum;
  for (let bounded = true; diff !== 0;) {
    const step = diff > 0 ? 1 : -1;
    let moved = false;
    for (let i = 0; i < f && diff !== 0; i++) {
      const c = loads[i] + step;
      if (!bounded || (c >= 150 && c <= 300)) { loads[i] = c; diff -= step; moved = true; }
    }
    if (!moved) bounded = false; // only when n / f itself is outside 150-300
  }
  // Kecamatan: all of them, or a random subset when there are fewer facilitators.
  const K = district.kecamatan.length;
  const idx = district.kecamatan.map((_, i) => i);
  for (let i = K - 1; i > 0; i--) { // Fisher-Yates
    const j = int(rng, 0, i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const used = idx.slice(0, Math.min(K, f)).sort((a, b) => a - b);
  const weights = used.map(() => int(rng, 50, 150)); // relative kecamatan sizes
  const perKec = apportion(f - used.length, weights).map((x) => x + 1);
  const plan = [];
  let li = 0;
  used.forEach((k, u) => {
    for (let j = 0; j < perKec[u]; j++) plan.push({ kecamatan: district.kecamatan[k], load: loads[li++] });
  });
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Output

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const out = opts.out ? createWriteStream(opts.out) : process.stdout;
  let broken = false;
  out.on('error', (err) => {
    if (err.code === 'EPIPE') { broken = true; process.exit(0); }
    process.stderr.write(`generate-households: ${err.message}\n`);
    process.exit(1);
  });

  let buf = HEADER + '\n';
  const flush = async () => {
    if (broken) return;
    const ok = out.write(buf);
    buf = '';
    if (!ok) await new Promise((resolve) => out.once('drain', resolve));
  };

  const perDistrict = apportion(opts.households, opts.chosen.map((d) => d.caseload));
  let facilitators = 0;
  const counts = new Array(7);
  for (let di = 0; di < opts.chosen.length; di++) {
    const d = opts.chosen[di];
    // One stream per district, so a district's rows depend only on seed and its own size.
    const rng = sfc32(`kaidah-households:${opts.seed}:${d.code}`);
    const plan = planDistrict(d, perDistrict[di], rng);
    const prefix = `${d.code}`;
    const kab = d.name;
    let seq = 0;
    for (let p = 0; p < plan.length; p++) {
      const { kecamatan, load } = plan[p];
      const pdp = `PDP-${d.code}-${String(p + 1).padStart(4, '0')}`;
      const head = `,${kab},${kecamatan},${pdp},`;
      facilitators++;
      for (let h = 0; h < load; h++) {
        seq++;
        // components
        const none = int(rng, 0, 9999) < NO_COMPONENT_PER_10000;
        if (none) {
          counts.fill(0);
        } else {
          let any = false;
          while (!any) {
            for (let c = 0; c < 7; c++) {
              counts[c] = COUNT_TABLES[c](rng);
              if (counts[c] > 0) any = true;
            }
          }
        }
        const business = int(rng, 0, 9999) < BUSINESS_PER_10000;
        const income = business ? INCOME_BUSINESS(rng) : INCOME_PLAIN(rng);
        const attendance = p2k2(rng);
        // P(desil 5-10): 50% without components, else 10%, 16% from Rp1.5M income up
        const highChance = none ? 5000 : income >= 1500000 ? 1600 : 1000;
        const desil = int(rng, 0, 9999) < highChance ? DESIL_HIGH(rng) : DESIL_LOW(rng);
        buf += prefix + String(seq).padStart(12, '0') + head +
          counts.join(',') + ',' + income + ',' + attendance + ',' +
          (business ? 'ya' : 'tidak') + ',' + desil + '\n';
        if (buf.length >= 65536) await flush();
      }
    }
  }
  await flush();
  if (opts.out) {
    await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
    process.stderr.write(`generate-households: ${opts.households} households, ${facilitators} ` +
      `facilitators, ${opts.chosen.length} district(s), seed ${opts.seed} -> ${opts.out}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`generate-households: ${err.stack || err}\n`);
  process.exit(1);
});

// Measuring the shares (columns: 5-11 counts, 12 income, 13 p2k2, 14 usaha, 15 desil):
//   node examples/generate-households.mjs --households 200000 --seed 1 | awk -F, 'NR>1 {
//     z = ($5+$6+$7+$8+$9+$10+$11 == 0); n++
//     if ($14=="ya" && $12>=1165864 && $13>=80 && $15<=4 && !z) s++
//     if (z || $15>4) a++ } END { printf "self-reliant %.2f%%  natural %.2f%%\n", 100*s/n, 100*a/n }'
