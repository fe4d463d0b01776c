/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's headless Chromium, driven by playwright-core): built
 * from the real pipeline on the example, opened from a file:// URL, and checked for what an officer
 * sees. Screenshots and a print (A4 PDF) land in test/report/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHtmlReport } from '../../packages/cli/src/report/write-html-report.js';
import { exampleReportInput } from './example-input.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
    console.warn(`report-browser.test.ts skipped: ${CHROMIUM} is missing (install Debian's chromium: apt-get install -y chromium).`);
}

const artifacts = path.join(import.meta.dirname, 'artifacts');

/** The text of the cell that sits under the column header `header`, in `row`, as the eye finds it. */
async function cellUnder(page: Page, row: Locator, header: string): Promise<string> {
    const head = page.locator('table.summary thead th', { hasText: new RegExp(`^${header}$`) });
    const box = (await head.boundingBox())!;
    const cells = row.locator('th, td');
    for (let i = 0; i < (await cells.count()); i++) {
        const cell = (await cells.nth(i).boundingBox())!;
        const middle = cell.x + cell.width / 2;
        if (middle > box.x && middle < box.x + box.width) return (await cells.nth(i).innerText()).trim();
    }
    throw new Error(`No cell under ${header}`);
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
    let context: BrowserContext;
    let userDataDir: string;
    const files = { en: path.join(artifacts, 'report.en.html'), id: path.join(artifacts, 'report.id.html') };
    const requests: string[] = [];
    const problems: string[] = [];

    async function open(file: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        page.on('request', (request) => requests.push(request.url()));
        page.on('pageerror', (error) => problems.push(String(error)));
        page.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
        });
        await page.goto(pathToFileURL(file).href);
        return page;
    }

    beforeAll(async () => {
        mkdirSync(artifacts, { recursive: true });
        const input = await exampleReportInput();
        writeHtmlReport(files.en, input, 'en');
        writeHtmlReport(files.id, input, 'id');
        userDataDir = mkdtempSync(path.join(tmpdir(), 'kaidah-chromium-'));
        context = await chromium.launchPersistentContext(userDataDir, {
            executablePath: CHROMIUM,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        });
    }, 120_000);

    afterAll(async () => {
        await context?.close();
        if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    it('shows the heading, the files, and Probolinggo\'s target of 2.580 in the summary table', async () => {
        const page = await open(files.en);
        expect(await page.title()).toBe('PKH 2024: graduation report (examples/pkh/field-reports.kaidah, examples/pkh/data/households-sample.csv)');
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('PKH 2024: graduation report');
        expect(await page.locator('header').innerText()).toContain('examples/pkh/data/households-sample.csv');

        const probolinggo = page.locator('table.summary tbody').filter({ has: page.locator('th', { hasText: 'Kabupaten Probolinggo' }) });
        const selfReliant = probolinggo.locator('tr').filter({ hasText: 'Graduasi Sejahtera Mandiri' });
        await selfReliant.scrollIntoViewIfNeeded();
        expect(await selfReliant.isVisible()).toBe(true);
        expect((await cellUnder(page, selfReliant, 'Target')).split('\n')[0]).toBe('2.580');
        expect(await cellUnder(page, selfReliant, 'Shortfall / surplus')).toMatch(/^short \d{1,3}(\.\d{3})*$/);
        const firstRow = probolinggo.locator('tr').first();
        expect(await cellUnder(page, firstRow, 'Facilitators')).toBe('258');

        await page.screenshot({ path: path.join(artifacts, 'report-en.png'), fullPage: true });
        await page.close();
    });

    it('draws a labelled bar for Probolinggo\'s target, longer than its candidates\' bar', async () => {
        const page = await open(files.en);
        const chart = page.getByRole('group', { name: 'Kabupaten Probolinggo: target, candidates and proposed per graduation category' });
        expect(await chart.isVisible()).toBe(true);
        const bars = page.locator('[role="img"][aria-label*="Probolinggo"]');
        expect(await bars.count()).toBe(6);
        const target = page.getByRole('img', { name: 'Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: target 2.580' });
        const candidates = page.getByRole('img', { name: /^Kabupaten Probolinggo, Graduasi Sejahtera Mandiri: candidates \d+$/ });
        await target.scrollIntoViewIfNeeded();
        expect(await target.isVisible()).toBe(true);
        const targetBar = (await target.locator('rect').boundingBox())!;
        const candidatesBar = (await candidates.locator('rect').boundingBox())!;
        expect(targetBar.width).toBeGreaterThan(100);
        expect(targetBar.width).toBeGreaterThan(candidatesBar.width);
        // The number is written beside the bar, the Indonesian way.
        expect(await target.locator('text').last().textContent()).toBe('2.580');
        await page.locator('figure', { has: chart }).screenshot({ path: path.join(artifacts, 'chart-probolinggo.png') });
        await page.close();
    });

    it('has Indonesian column headers in the Indonesian report', async () => {
        const page = await open(files.id);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('PKH 2024: laporan graduasi');
        const headers = (await page.locator('table.summary thead th').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
        expect(headers).toEqual([
            'Kabupaten/Kota', 'KPM', 'Pendamping', 'Kategori', 'Target', 'Kandidat', 'Diusulkan', 'Cadangan', 'Kekurangan / kelebihan', 'Anggaran penghargaan',
        ]);
        expect(await page.getByRole('columnheader', { name: 'Kandidat' }).isVisible()).toBe(true);
        const probolinggo = page.locator('table.summary tbody').filter({ has: page.locator('th', { hasText: 'Kabupaten Probolinggo' }) });
        const selfReliant = probolinggo.locator('tr').filter({ hasText: 'Graduasi Sejahtera Mandiri' });
        expect((await cellUnder(page, selfReliant, 'Target')).split('\n')[0]).toBe('2.580');
        expect(await cellUnder(page, selfReliant, 'Kekurangan / kelebihan')).toMatch(/^kurang \d{1,3}(\.\d{3})*$/);
        await page.close();
    });

    it('reads on a phone: one card per district, every figure labelled, nothing off the side', async () => {
        const page = await open(files.id, { width: 390, height: 844 });
        // The page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const probolinggo = page.locator('table.summary tbody').filter({ has: page.locator('th', { hasText: 'Kabupaten Probolinggo' }) });
        const target = probolinggo.locator('tr').filter({ hasText: 'Graduasi Sejahtera Mandiri' }).locator('td[data-label="Target"]');
        await target.scrollIntoViewIfNeeded();
        expect((await target.innerText()).split('\n')[0]).toBe('2.580');
        const box = (await target.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        // The column's name is written beside the figure.
        expect(await target.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Target"');
        const fontSize = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(12);
        await page.screenshot({ path: path.join(artifacts, 'report-id-phone.png'), fullPage: true });
        await page.close();
    });

    it('prints on A4, in both languages, without running off the page', async () => {
        for (const lang of ['en', 'id'] as const) {
            const page = await open(files[lang]);
            const pdf = await page.pdf({ path: path.join(artifacts, `report-${lang}.pdf`), format: 'A4', printBackground: true });
            expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
            await page.emulateMedia({ media: 'print' });
            await page.setViewportSize({ width: 703, height: 1000 }); // A4 less 12 mm margins, at 96 dpi
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703);
            if (lang === 'en') await page.screenshot({ path: path.join(artifacts, 'report-en-print.png'), fullPage: true });
            await page.close();
        }
    });

    it('loaded nothing but the page itself, ran no script and logged no error', () => {
        expect(new Set(requests)).toEqual(new Set([pathToFileURL(files.en).href, pathToFileURL(files.id).href]));
        expect(problems).toEqual([]);
        expect(readFileSync(files.en, 'utf8')).not.toMatch(/<script/i);
    });
});
