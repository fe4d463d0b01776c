/**
 * `kaidah diff` in a project: without arguments it compares HEAD with the working copy of the
 * project's entry, on the project's data (kaidah.json), reading the households from JSON or Excel
 * as `run` does; at a revision the whole project is read, so `use "../pkh-2024.kaidah"` from
 * `districts/` works. Moves worked out by hand from the five households of the national repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { households, nationalRepository } from './support/national-repository.js';
import { kaidah } from './support/run-cli.js';

function git(root: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.email=officer@example.id', '-c', 'user.name=Officer', ...args], { cwd: root, stdio: 'ignore' });
}

/** The households of the repository as a JSON array of records, every cell as text. */
function asJson(csv: string): string {
    const [header, ...rows] = csv.trim().split('\n').map((line) => line.split(','));
    return JSON.stringify(rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]]))));
}

async function asXlsx(csv: string, file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KPM');
    for (const line of csv.trim().split('\n')) sheet.addRow(line.split(','));
    await workbook.xlsx.writeFile(file);
}

/** A committed national repository whose kaidah.json names Probolinggo's file and the data. */
function committedProject(data: string): string {
    const root = nationalRepository();
    writeFileSync(path.join(root, 'kaidah.json'), JSON.stringify({ entry: 'districts/probolinggo.kaidah', data }) + '\n');
    return root;
}

describe('kaidah diff in a project', () => {
    it('compares HEAD with the working copy of the entry, on JSON households named by kaidah.json', () => {
        const root = committedProject('households.json');
        writeFileSync(path.join(root, 'households.json'), asJson(households));
        git(root, 'add', '-A');
        git(root, 'commit', '-q', '-m', 'Probolinggo 2024');
        // the district sets its own target: 2 self-reliant graduates, so C (lowest income of A, B, C) goes to reserve
        const file = path.join(root, 'districts/probolinggo.kaidah');
        writeFileSync(file, readFileSync(file, 'utf8').replace('facilitators  258', 'facilitators  258\n  target self_reliant = 2'));
        const result = kaidah(['diff', '--format', 'json'], { cwd: root });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const impact = JSON.parse(result.stdout);
        expect(impact).toMatchObject({
            from: 'HEAD',
            to: 'the working copy',
            rules: 'districts/probolinggo.kaidah',
            compared: 5,
            moved: 1,
            changed: { category: 0, status: 1, benefit: 0 },
            before: { proposed: 4, reserve: 0, stays: 1 },
            after: { proposed: 3, reserve: 1, stays: 1 },
        });
    });

    it('reads Excel households too, and compares two revisions whose district file uses the national file one folder up', async () => {
        const root = committedProject('households.xlsx');
        await asXlsx(households, path.join(root, 'households.xlsx'));
        git(root, 'add', '-A');
        git(root, 'commit', '-q', '-m', 'Probolinggo 2024');
        // the national threshold rises to 2,5 × the poverty line (Rp 1.457.330): C (Rp 1.200.000) no longer graduates
        const national = path.join(root, 'pkh-2024.kaidah');
        writeFileSync(national, readFileSync(national, 'utf8').replace('monthly_income >= 2 × poverty_line', 'monthly_income >= 2,5 × poverty_line'));
        git(root, 'commit', '-q', '-a', '-m', 'raise the threshold');
        const result = kaidah(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: path.join(root, 'districts') });
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({
            from: 'HEAD~1',
            to: 'HEAD',
            rules: 'districts/probolinggo.kaidah',
            compared: 5,
            moved: 1,
            changed: { category: 1, status: 1, benefit: 0 },
            before: { proposed: 4, stays: 1 },
            after: { proposed: 3, stays: 2 },
        });
    });
});
