import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BenefitBands } from '../../packages/cli/src/output/benefit-bands.js';
import { buildHtmlReport } from '../../packages/cli/src/report/build-html-report.js';
import { html } from '../../packages/cli/src/report/html.js';
import { writeHtmlReport } from '../../packages/cli/src/report/write-html-report.js';
import { fixtureInput, hostileDistrict } from './report-fixture.js';

/** Every element the report may contain: anything else would have come from rules or data. */
const ALLOWED_TAGS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'nav', 'main', 'section', 'footer',
    'h1', 'h2', 'h3', 'h4', 'p', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'a', 'code', 'span', 'strong',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption',
    'svg', 'g', 'text', 'tspan', 'rect', 'line',
]);

function tagsOf(page: string): Set<string> {
    return new Set([...page.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

function headersOf(page: string): string[] {
    const thead = /<table class="summary">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(page)![1]!;
    return [...thead.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
}

describe('the HTML report builder', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    it('escapes a district called <script>, in text and in attributes, and adds no element of its own', () => {
        const page = buildHtmlReport(fixtureInput(), 'en');
        expect(page).not.toMatch(/<script/i);
        expect(page).not.toMatch(/<img/i);
        expect(page).not.toMatch(/<b>/);
        expect(page).not.toMatch(/<p onclick/);
        expect(page).toContain('<th scope="rowgroup" rowspan="2">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</th>');
        expect(page).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, Graduasi &lt;Sejahtera&gt; Mandiri: target 2.580"');
        expect(page).toContain('<title>PKH &lt;Uji&gt; &amp; &quot;coba&quot;: graduation report (rules/&lt;pkh&gt;.kaidah, data/kpm &quot;2024&quot;.csv)</title>');
        expect(page).toContain('Kab. &lt;Salah&gt; Tulis (1)');
        expect(page).toContain('Ibu &lt;hamil&gt;');
        expect(page).toContain(`data-district="${hostileDistrict.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')}"`);
        expect([...tagsOf(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        // Conditions keep their operators, shown as signs, and stay text.
        expect(page).toContain('monthly_income ≥ 2 × poverty_line');
    });

    it('keeps any district name as text (property)', () => {
        fc.assert(
            fc.property(
                fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.stringMatching(/^[<>&"'`=/ a-z;:!-]{1,30}$/)).filter((s) => s.trim() !== ''),
                (name) => {
                    const page = buildHtmlReport(fixtureInput(name, 12), 'id');
                    expect([...tagsOf(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
                    expect(page).not.toMatch(/<script/i);
                },
            ),
            { numRuns: 100 },
        );
    });

    it('allows no script and no external resource', () => {
        const page = buildHtmlReport(fixtureInput(), 'en');
        expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
        expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
        expect(page).not.toMatch(/@import|url\(/);
    });

    it('is deterministic: the same input gives the same bytes, whatever the clock says', () => {
        vi.useFakeTimers();
        vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
        const first = buildHtmlReport(fixtureInput(), 'id');
        vi.setSystemTime(new Date('2031-07-15T13:45:00Z'));
        const second = buildHtmlReport(fixtureInput(), 'id');
        expect(second).toBe(first);
        expect(first).not.toMatch(/2031|13:45/);
    });

    it('writes the file atomically, and twice the same', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-report-'));
        try {
            const file = path.join(dir, 'laporan.html');
            writeHtmlReport(file, fixtureInput(), 'en');
            const first = readFileSync(file);
            writeHtmlReport(file, fixtureInput(), 'en');
            expect(readFileSync(file).equals(first)).toBe(true);
            expect(readdirSync(dir)).toEqual(['laporan.html']);
            expect(first.toString('utf8')).toBe(buildHtmlReport(fixtureInput(), 'en'));
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('writes numbers the Indonesian way in both languages', () => {
        for (const lang of ['en', 'id'] as const) {
            const page = buildHtmlReport(fixtureInput(), lang);
            expect(page).toContain('<td class="num" data-label="Target"><span>2.580<span class="formula target-formula">facilitators × 10</span></span></td>');
            expect(page).toContain(`data-label="${lang === 'en' ? 'Candidates' : 'Kandidat'}"><span>1.234</span></td>`);
            expect(page).toContain('Rp 1.851.000.000'); // reward budget: 1.234 proposed × Rp 1.500.000
            expect(page).toContain('1.234 × Rp 1.500.000');
            expect(page).toContain('Rp 582.932');
            expect(page).toContain('Rp 1.000.000 – Rp 1.999.999');
            expect(page).toContain('20.667');
            expect(page).not.toMatch(/\b2,580\b|\b2580\b|1,234/);
        }
        expect(buildHtmlReport(fixtureInput(), 'en')).toContain('short 1.346');
        expect(buildHtmlReport(fixtureInput(), 'id')).toContain('kurang 1.346');
        expect(buildHtmlReport(fixtureInput(), 'id')).toContain('lebih 3');
    });

    it('speaks English or Indonesian', () => {
        const en = buildHtmlReport(fixtureInput(), 'en');
        const id = buildHtmlReport(fixtureInput(), 'id');
        expect(en).toContain('<html lang="en">');
        expect(id).toContain('<html lang="id">');
        expect(headersOf(en)).toEqual(['District', 'Households', 'Facilitators', 'Category', 'Target', 'Candidates', 'Proposed', 'Reserve', 'Shortfall / surplus', 'Reward budget']);
        expect(headersOf(id)).toEqual(['Kabupaten/Kota', 'KPM', 'Pendamping', 'Kategori', 'Target', 'Kandidat', 'Diusulkan', 'Cadangan', 'Kekurangan / kelebihan', 'Anggaran penghargaan']);
        expect(en).toContain('31 December 2024');
        expect(id).toContain('31 Desember 2024');
        expect(id).toContain('Aturan yang diterapkan');
        expect(id).toContain('tanpa batas');
        expect(en).not.toContain('tanpa batas');
    });

    it('shows totals that add up, and says so', () => {
        const input = fixtureInput();
        const page = buildHtmlReport(input, 'en');
        expect(page).toContain('Read 1.253 = decided 1.250 + rejected 3');
        expect(page).toContain('Decided 1.250 = proposed 1.236 + reserve 3 + staying 10 + without rules 1');
        expect(page).toContain('class="check ok"');
        const broken = buildHtmlReport({ ...input, counts: { read: 1253, decided: 1249, rejected: 3 } }, 'en');
        expect(broken).toContain('<p class="check bad" role="alert">');
    });

    it('leaves out the facilitators and reward columns when no district has them', () => {
        const input = fixtureInput();
        const plan = { ...input.plan, districts: input.plan.districts.map((d) => ({ ...d, rewards: [], quantities: [] })) };
        const allocation = { ...input.allocation, districts: input.allocation.districts.map((d) => ({ ...d, quantities: [] })) };
        const page = buildHtmlReport({ ...input, plan, allocation }, 'en');
        expect(headersOf(page)).toEqual(['District', 'Households', 'Category', 'Target', 'Candidates', 'Proposed', 'Reserve', 'Shortfall / surplus']);
        expect(page).not.toContain('Reward budget');
    });

    it('takes the facilitators column from the quantity the rules name, here pendamping', () => {
        const input = fixtureInput();
        // the first district's target is `pendamping * 10`: 258 facilitators, as before
        const rename = <T extends { name: string }>(q: T): T => (q.name === 'facilitators' ? { ...q, name: 'pendamping' } : q);
        const plan = {
            ...input.plan,
            districts: input.plan.districts.map((d) => ({
                ...d,
                quantities: d.quantities.map(rename),
                targets: d.targets.map((t) => ({ ...t, formula: t.formula.replace('facilitators', 'pendamping'), perQuantity: 'pendamping' })),
            })),
        };
        const allocation = { ...input.allocation, districts: input.allocation.districts.map((d) => ({ ...d, quantities: d.quantities.map(rename) })) };
        const page = buildHtmlReport({ ...input, plan, allocation }, 'id');
        expect(headersOf(page)).toContain('Pendamping');
        expect(page).toContain('data-label="Pendamping"><span>258</span></td>');
        // a quantity that no target counts per facilitator is not taken for one
        const unnamed = { ...plan, districts: plan.districts.map((d) => ({ ...d, targets: d.targets.map(({ perQuantity: _, ...t }) => ({ ...t, formula: '2580' })) })) };
        expect(headersOf(buildHtmlReport({ ...input, plan: unnamed, allocation }, 'id'))).not.toContain('Pendamping');
    });

    it('lists the rules that were applied, in priority order, with their doc comments', () => {
        const page = buildHtmlReport(fixtureInput(), 'en');
        const selfReliant = page.indexOf('<li data-category="self_reliant">');
        const natural = page.indexOf('<li data-category="natural">');
        expect(selfReliant).toBeGreaterThan(0);
        expect(natural).toBeGreaterThan(selfReliant);
        expect(page).toContain('monthly_income, highest first');
        expect(page).toContain('Garis &lt;b&gt;kemiskinan&lt;/b&gt; &amp; BPS');
        expect(page).toContain('At most 4 members are paid per family');
        expect(page).toContain('<code>facilitators × 10</code> = <strong>2.580</strong>');
    });
});

describe('html``', () => {
    it('escapes values and keeps fragments', () => {
        const name = `<a href="x">'&`;
        expect(html`<td title="${name}">${name}${html`<br>`}${[html`<i>`, '<i>']}</td>`.text)
            .toBe('<td title="&lt;a href=&quot;x&quot;&gt;&#39;&amp;">&lt;a href=&quot;x&quot;&gt;&#39;&amp;<br><i>&lt;i&gt;</td>');
    });
});

describe('BenefitBands', () => {
    const benefitDistribution = (benefits: number[]) => {
        const bands = new BenefitBands();
        for (const benefit of benefits) bands.add(benefit);
        return bands.bands();
    };

    it('counts Rp 0 apart, then bands of a million', () => {
        expect(benefitDistribution([0, 900000, 999999, 1000000, 3000000, 0])).toEqual([
            { from: 0, to: 0, households: 2 },
            { from: 1, to: 1000000, households: 2 },
            { from: 1000000, to: 2000000, households: 1 },
            { from: 2000000, to: 3000000, households: 0 },
            { from: 3000000, to: 4000000, households: 1 },
        ]);
        expect(benefitDistribution([])).toEqual([{ from: 0, to: 0, households: 0 }]);
    });
});
