/**
 * What `kaidah run` writes: decisions as CSV (safe to open in Excel), Excel or JSON, always whole
 * (temporary file, then rename), the HTML report, and a progress bar only on a terminal.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../packages/cli/src/output/progress.js';
import { AtomicFile } from '../packages/cli/src/output/write-atomically.js';
import { csvLine, toCsv } from '../packages/cli/src/output/csv-cells.js';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const data = (name: string) => path.join(fixturesDir, 'data', name);
const header = readFileSync(data('clean-ties.csv'), 'utf8').split('\n')[0];

describe('CSV injection', () => {
    const dir = scratchCopyOfExamples();
    const file = path.join(dir, 'evil.csv');
    writeFileSync(file, [
        header,
        '=HYPERLINK("http://x"),Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,100000,50,tidak,2',
        '3513000000000902,@SUM(A1),+cmd,-2+3,0,0,1,0,0,0,0,100000,50,tidak,2',
        '3513000000000903,Kabupaten Probolinggo,"=1+2,3",P1,0,0,1,0,0,0,0,100000,50,tidak,2',
    ].join('\n'));
    const out = path.join(dir, 'out.csv');
    const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', file, '--out', out]);

    it('neutralises every cell a spreadsheet would run as a formula, wherever it is', () => {
        expect(result.status).toBe(0);
        const rows = readCsv(out);
        expect(rows[0]!.id).toBe('\'=HYPERLINK("http://x")');
        expect(rows[1]).toMatchObject({ district: '\'@SUM(A1)', subdistrict: '\'+cmd', facilitator: '\'-2+3' });
        expect(rows[2]!.subdistrict).toBe('\'=1+2,3');
        // the explanation quotes the unknown district, but does not start with it
        expect(rows[1]!.explanation).toBe('No graduation category applies. Graduasi Alamiah: eligible_members 1 = 0 does not hold and welfare_decile 2 > 4 does not hold; Graduasi Sejahtera Mandiri: has_business is no. District "@SUM(A1)" is not in the rules: not ranked.');
    });

    it('writes lines exactly as the CSV library would, quotes and all', () => {
        const cells = ['a,b', 'say "hi"', 'two\nlines', '=x', '-1', '', 'plain'];
        expect(csvLine(cells)).toBe(toCsv(['h'], [cells]).split('\n').slice(1).join('\n'));
    });
});

describe('decisions as Excel, JSON and NDJSON', () => {
    const dir = scratchCopyOfExamples();
    const rules = path.join(dir, 'ties.kaidah');
    writeFileSync(rules, 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 1\n  target self_reliant = 2\n}\n');
    const csv = readCsv(((out) => (kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', out]), out))(path.join(dir, 'd.csv')));

    it('writes an Excel workbook: ids as text, the benefit as a number of Rupiah', async () => {
        const out = path.join(dir, 'd.xlsx');
        const result = kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', out]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Decisions written to ${out}.`);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(out);
        const sheet = book.getWorksheet('Decisions')!;
        const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
        expect(rows[0]!.slice(1)).toEqual(['id', 'district', 'subdistrict', 'facilitator', 'benefit', 'category', 'category_label', 'status', 'rank', 'candidates', 'explanation']);
        expect(rows).toHaveLength(9);
        const first = rows.find((r) => r[1] === '3513000000000101')!;
        expect(first.slice(1, 11)).toEqual(['3513000000000101', 'Kabupaten Probolinggo', 'Kraksaan', 'PDP-3513-0001', 3_900_000, 'self_reliant', 'Graduasi Sejahtera Mandiri', 'proposed', 1, 4]);
        expect(first[11]).toBe(csv.find((r) => r.id === '3513000000000101')!.explanation);
    });

    it('writes JSON: an array of decisions with numbers as numbers', () => {
        const out = path.join(dir, 'd.json');
        expect(kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', out]).status).toBe(0);
        const decisions = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
        expect(decisions).toHaveLength(8);
        expect(decisions.find((d) => d.id === '3513000000000107')).toEqual({
            id: '3513000000000107', district: 'Kabupaten Probolinggo', subdistrict: 'Kraksaan', facilitator: 'PDP-3513-0001',
            benefit: 4_800_000, category: null, category_label: null, status: 'stays', rank: null, candidates: null,
            explanation: csv.find((r) => r.id === '3513000000000107')!.explanation,
        });
    });

    it('writes NDJSON: one decision a line', () => {
        const out = path.join(dir, 'd.ndjson');
        expect(kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', out]).status).toBe(0);
        const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string });
        expect(lines.map((l) => l.status).sort()).toEqual(csv.map((r) => r.status).sort());
    });

    it('refuses an extension it cannot write, a folder that is not there, and the data file itself', () => {
        const pdf = kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', path.join(dir, 'd.pdf')]);
        expect(pdf.status).toBe(2);
        expect(pdf.stderr).toContain('decisions are written as .csv, .xlsx, .json or .ndjson');
        const nowhere = kaidah(['run', rules, '--data', data('clean-ties.csv'), '--out', path.join(dir, 'no/such/folder/d.csv')]);
        expect(nowhere.status).toBe(2);
        expect(nowhere.stderr).toContain('does not exist');
        const copy = path.join(dir, 'copy.csv');
        writeFileSync(copy, readFileSync(data('clean-ties.csv')));
        const over = kaidah(['run', rules, '--data', copy, '--out', copy]);
        expect(over.status).toBe(2);
        expect(readFileSync(copy, 'utf8')).toBe(readFileSync(data('clean-ties.csv'), 'utf8'));
    }, 60_000);
});

describe('atomic writes: never half a file', () => {
    it('leaves the previous decisions untouched, and no temporary file, when the run fails', () => {
        const dir = scratchCopyOfExamples();
        const out = path.join(dir, 'decisions.csv');
        const lastWeek = 'id,district,benefit,category,category_label,status,rank,candidates,explanation\n1,Kabupaten Probolinggo,0,,,stays,,,last week\n';
        writeFileSync(out, lastWeek); // an earlier run's decisions: a file that is none is refused before the run
        const short = path.join(dir, 'short.csv');
        writeFileSync(short, 'no_peserta,kabupaten\n1,Kabupaten Probolinggo\n');
        const result = kaidah(['run', path.join(dir, 'probolinggo.kaidah'), '--data', short, '--out', out]);
        expect(result.status).toBe(1);
        expect(readFileSync(out, 'utf8')).toBe(lastWeek);
        expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    });

    it('leaves no temporary file when the rename into place fails', () => {
        const dir = scratchCopyOfExamples();
        const target = path.join(dir, 'taken');
        mkdirSync(target); // a folder where the file should go: the rename fails
        const file = new AtomicFile(target);
        file.write('half of something');
        expect(() => file.commit()).toThrow();
        expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
        expect(readdirSync(target)).toEqual([]);
    });

    it('shows nothing under the target name until the file is complete', () => {
        const dir = scratchCopyOfExamples();
        const target = path.join(dir, 'out.csv');
        const file = new AtomicFile(target);
        file.write('a,b\n'.repeat(400_000)); // more than one buffer
        expect(existsSync(target)).toBe(false);
        file.commit();
        expect(readFileSync(target, 'utf8')).toBe('a,b\n'.repeat(400_000));
        expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
        const abandoned = new AtomicFile(path.join(dir, 'never.csv'));
        abandoned.write('x');
        abandoned.abandon();
        expect(existsSync(path.join(dir, 'never.csv'))).toBe(false);
    });
});

describe('the HTML report (--report)', () => {
    it('is written beside the other outputs', () => {
        const dir = scratchCopyOfExamples();
        const report = path.join(dir, 'report.html');
        const result = kaidah(['run', path.join(dir, 'field-reports.kaidah'), '--data', path.join(dir, 'data/households-sample.csv'), '--report', report]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Report written to ${report}.`);
        const html = readFileSync(report, 'utf8');
        expect(html).toContain('Kabupaten Pamekasan');
        expect(html).toContain('Rp 1.500.000');
    });
});

describe('the progress bar', () => {
    /** A writable that says it is a terminal and records what is drawn. */
    function terminal(isTTY: boolean) {
        const drawn: string[] = [];
        const stream = new Writable({
            write(chunk, _encoding, done) {
                drawn.push(String(chunk));
                done();
            },
        }) as unknown as NodeJS.WriteStream & { drawn: string[] };
        Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, drawn });
        return stream;
    }

    it('draws rows per second and the time left on a terminal, once a run takes a while', () => {
        const stream = terminal(true);
        let now = 0;
        const progress = startProgress('en', stream, () => now);
        progress.update(10, 100, 1_000); // too soon: nothing yet
        expect(stream.drawn.join('')).toBe('');
        now = 2_000;
        progress.update(50, 100, 400_000);
        progress.stop();
        const drawn = stream.drawn.join('');
        expect(drawn).toContain('Reading households');
        expect(drawn).toContain('400.000 rows');
        expect(drawn).toContain('200.000 rows/s');
        expect(drawn).toContain('time left');
    });

    it('stays quiet when stderr is not a terminal (a pipe, a log file, a test)', () => {
        const stream = terminal(false);
        const progress = startProgress('id', stream, () => 10_000);
        progress.update(50, 100, 1_000);
        progress.stop();
        expect(stream.drawn).toEqual([]);
    });
});
