/**
 * Rejects in plain sight (issue 9): the report lists them (counts by reason and by column, the first
 * rows with their reason, how many more, where the full list is); the terminal says where the file
 * went; the file goes beside `--out` (or `--report`, or where `--rejects` says) and never silently
 * into the folder the officer stands in (it used to be ./rejects.csv without --out).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RejectTally } from '../packages/cli/src/output/reject-tally.js';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const header = readFileSync(path.join(fixturesDir, 'data/clean-ties.csv'), 'utf8').split('\n')[0];

/** 3 good rows, then 15 rows with `dua` for a count and 10 with 120% attendance: 25 rejects. */
function writeData(dir: string): string {
    const id = (n: number) => `35130000000${String(n).padStart(5, '0')}`;
    const lines = [header];
    for (let n = 1; n <= 3; n++) lines.push(`${id(n)},Kabupaten Probolinggo,Kraksaan,PDP-1,0,0,1,0,0,0,0,900000,90,tidak,2`);
    for (let n = 4; n <= 18; n++) lines.push(`${id(n)},Kabupaten Probolinggo,Kraksaan,PDP-1,0,0,dua,0,0,0,0,900000,90,tidak,2`);
    for (let n = 19; n <= 28; n++) lines.push(`${id(n)},Kabupaten Probolinggo,Kraksaan,PDP-1,0,0,1,0,0,0,0,900000,120,tidak,2`);
    const file = path.join(dir, 'data.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
}

describe('where the rejects go, and what the terminal says', () => {
    const dir = scratchCopyOfExamples();
    const data = writeData(dir);
    const rules = path.join(dir, 'probolinggo.kaidah');
    mkdirSync(path.join(dir, 'hasil'));
    const filesBefore = readdirSync(dir).sort();

    it('without --out, --rejects or --report: no file in the current folder; the first rejects and how to write them all', () => {
        const result = kaidah(['run', rules, '--data', 'data.csv'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(filesBefore);
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(12);
        expect(lines[0]).toBe('data.csv:5: column sd = "dua": is not a number');
        expect(lines[10]).toBe('… and 15 more.');
        expect(lines[11]).toBe('25 rows rejected. To list them all with row, column and reason, add --rejects rejects.csv (or --out decisions.csv: the list goes beside it).');
    });

    it('beside --out, wherever the officer stands, and the terminal names it', () => {
        const result = kaidah(['run', rules, '--data', 'data.csv', '--out', 'hasil/keputusan.csv'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('25 rows rejected; each is listed with row, column and reason in hasil/keputusan.rejects.csv.');
        const rejects = readCsv(path.join(dir, 'hasil/keputusan.rejects.csv'));
        expect(rejects).toHaveLength(25);
        expect(rejects[0]).toEqual({ file: 'data.csv', row: '5', column: 'sd', value: 'dua', reason: 'is not a number' });
        expect(existsSync(path.join(dir, 'rejects.csv'))).toBe(false);
    });

    it('where --rejects says', () => {
        const result = kaidah(['run', rules, '--data', data, '--rejects', path.join(dir, 'hasil/ditolak.csv')], { cwd: dir });
        expect(result.status).toBe(0);
        expect(readCsv(path.join(dir, 'hasil/ditolak.csv'))).toHaveLength(25);
    });

    it('beside --report when there is no --out', () => {
        const result = kaidah(['run', rules, '--data', data, '--report', 'hasil/laporan.html'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('in hasil/laporan.rejects.csv.');
        expect(readCsv(path.join(dir, 'hasil/laporan.rejects.csv'))).toHaveLength(25);
    });

    it('in Indonesian, says how to write them all', () => {
        const result = kaidah(['--lang', 'id', 'run', rules, '--data', 'data.csv'], { cwd: dir });
        expect(result.stderr).toContain('25 baris ditolak. Untuk mencatat semuanya dengan baris, kolom dan alasannya, tambahkan --rejects ditolak.csv');
        expect(readdirSync(dir).sort()).toEqual(filesBefore);
    });
});

describe('the report lists the rejects', () => {
    const dir = scratchCopyOfExamples();
    writeData(dir);
    const rules = path.join(dir, 'probolinggo.kaidah');
    const result = kaidah(['run', rules, '--data', 'data.csv', '--out', 'keputusan.csv', '--report', 'laporan.html'], { cwd: dir });
    const page = readFileSync(path.join(dir, 'laporan.html'), 'utf8');
    const section = page.slice(page.indexOf('<section id="rejects"'), page.indexOf('</section>', page.indexOf('<section id="rejects"')));
    const cells = (table: string) => [...section.slice(section.indexOf(`class="${table}"`)).split('</table>')[0]!.matchAll(/<tr>(.*?)<\/tr>/g)]
        .map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')));

    it('right after the totals, with the counts and where the full list is', () => {
        expect(result.status).toBe(0);
        expect(page.indexOf('id="totals"')).toBeLessThan(page.indexOf('id="rejects"'));
        expect(page.indexOf('id="rejects"')).toBeLessThan(page.indexOf('id="summary"'));
        expect(section).toContain('Rows rejected: 25 (problems found: 25; a row can have more than one). A rejected row has no decision: correct it in the data and run again.');
        expect(section).toContain('The full list, with file, row, column, value and reason: <a href="./keputusan.rejects.csv"><code>keputusan.rejects.csv</code></a>');
    });

    it('counts by reason and by column, most first', () => {
        expect(cells('reject-counts" data-by="reason')).toEqual([['Reason', 'Problems'], ['is not a number', '15'], ['is not between 0 and 100%', '10']]);
        expect(cells('reject-counts" data-by="column')).toEqual([['Column', 'Problems'], ['sd', '15'], ['kehadiran_p2k2', '10']]);
    });

    it('shows the first 20 with their reason, and says how many more', () => {
        const first = cells('first-rejects');
        expect(first).toHaveLength(21);
        expect(first[0]).toEqual(['Row', 'Column', 'Value', 'Reason']);
        expect(first[1]).toEqual(['5', 'sd', 'dua', 'is not a number']);
        expect(first[20]).toEqual(['24', 'kehadiran_p2k2', '120', 'is not between 0 and 100%']);
        expect(section).toContain('<h3>The first 20</h3>');
        expect(section).toContain('… and 5 more problems in the full list.');
    });

    it('in Indonesian too, and says so when nothing was rejected', () => {
        const clean = kaidah(['--lang', 'id', 'run', rules, '--data', path.join(fixturesDir, 'data/clean-ties.csv'), '--report', 'bersih.html'], { cwd: dir });
        expect(clean.status).toBe(0);
        expect(readFileSync(path.join(dir, 'bersih.html'), 'utf8')).toContain('✓ Tidak ada baris yang ditolak: setiap baris yang dibaca diputuskan.');
        kaidah(['--lang', 'id', 'run', rules, '--data', 'data.csv', '--report', 'laporan-id.html'], { cwd: dir });
        const id = readFileSync(path.join(dir, 'laporan-id.html'), 'utf8');
        expect(id).toContain('<h2 id="rejects-title">Baris yang ditolak</h2>');
        expect(id).toContain('Daftar lengkap, dengan file, baris, kolom, nilai dan alasannya: <a href="./laporan-id.rejects.csv">');
        expect(id).toContain('… dan 5 masalah lainnya di daftar lengkap.');
    });
});

describe('RejectTally', () => {
    it('counts at most 50 distinct reasons by name, the rest as others, and keeps the first 20 with long values cut', () => {
        const tally = new RejectTally((text) => text.replace(/\d{16}/g, 'NIK'));
        for (let i = 0; i < 60; i++) tally.add({ file: 'd.csv', row: i + 2, column: 'c', value: i === 0 ? `3513000000000001 ${'x'.repeat(300)}` : 'v', reason: `reason ${i % 55}` });
        const summary = tally.summary('r.csv');
        expect(summary.problems).toBe(60);
        expect(summary.byReason).toHaveLength(50);
        expect(summary.byReason.slice(0, 5).map((r) => r.problems)).toEqual([2, 2, 2, 2, 2]);
        expect(summary.otherReasons).toBe(5);
        expect(summary.byColumn).toEqual([{ name: 'c', problems: 60 }]);
        expect(summary.first).toHaveLength(20);
        expect(summary.first[0]!.value).toHaveLength(200);
        expect(summary.first[0]!.value.startsWith('NIK x')).toBe(true);
    });
});
