/**
 * The conventions users of tsc, cargo or OPA reach for: `--version`, `check` on files, folders or
 * the whole project, `--format json` (docs/json-output.md) for check, test and the run summary,
 * `fmt --diff`, and `kaidah test` and `check` without arguments in this very repository. Every
 * figure is worked out by hand from the five households of project-root.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalRepository } from './support/national-repository.js';
import { kaidah, repoRoot } from './support/run-cli.js';

const broken = 'use "../pkh-2024.kaidah"\n\ngraduation odd "Aneh"\n  when district > 4 and eligible_member = 0\n';

describe('kaidah --version', () => {
    it('prints the version of the command and exits 0', () => {
        const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string };
        const result = kaidah(['--version']);
        expect(result.stdout).toBe(`kaidah ${version}\n`);
        expect(result.status).toBe(0);
    });
});

describe('kaidah check [PATH...]', () => {
    it('takes a folder, and prints a versioned JSON document with --format json', () => {
        const root = nationalRepository();
        writeFileSync(path.join(root, 'districts/broken.kaidah'), broken);
        const folder = kaidah(['check', 'districts'], { cwd: root });
        expect(folder.stdout).toContain('districts/broken.kaidah:4:8: error KDH006');
        expect(folder.stdout.trim().split('\n').at(-1)).toBe('2 errors, 0 warnings.');
        const json = kaidah(['check', '--format', 'json', 'districts/broken.kaidah', 'districts/probolinggo.kaidah'], { cwd: root });
        expect(json.status).toBe(1);
        expect(JSON.parse(json.stdout)).toEqual({
            version: 1,
            command: 'check',
            files: ['districts/broken.kaidah', 'districts/probolinggo.kaidah'],
            diagnostics: [
                {
                    file: 'districts/broken.kaidah', line: 4, column: 8, endLine: 4, endColumn: 20, severity: 'error', code: 'KDH006',
                    message: 'Cannot compare text with a number using `>` in `district > 4`.',
                },
                {
                    file: 'districts/broken.kaidah', line: 4, column: 25, endLine: 4, endColumn: 40, severity: 'error', code: 'KDH003',
                    message: 'Unknown name `eligible_member`. Did you mean `eligible_members`?',
                },
            ],
            errors: 2,
            warnings: 0,
        });
    });

    it('checks the project without arguments, and this repository without its deliberately broken fixtures', () => {
        const result = kaidah(['check']);
        expect(result.stdout).toMatch(/^\d+ rule files checked: no problems\.\n$/);
        expect(result.status).toBe(0);
        const tests = kaidah(['test']);
        expect(tests.stdout).not.toContain('officer-tests');
        expect(tests.stdout).toContain('✓ Probolinggo 2024: 258 facilitators × 10 = 2.580 families');
        expect(tests.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
        expect(tests.status).toBe(0);
    });

    it('says what is wrong with a kaidah.json, and exits 2', () => {
        const root = nationalRepository('kaidah.json');
        writeFileSync(path.join(root, 'kaidah.json'), '{"exclude": ["drafts"], "rule": ["districts"]}\n');
        const result = kaidah(['check'], { cwd: root });
        expect(result.stderr.trim()).toBe('kaidah.json: unknown field "rule"; a project file knows rules, exclude, entry, data.');
        expect(result.status).toBe(2);
    });
});

describe('--format json for test and run', () => {
    it('gives every test of each file with what failed', () => {
        const root = nationalRepository();
        writeFileSync(path.join(root, 'districts/pamekasan.kaidah'), 'use "../pkh-2024.kaidah"\n\ndistrict "Kabupaten Pamekasan" {\n  facilitators  191\n}\n\n'
            + 'test "Pamekasan, miscounted" {\n  expect target self_reliant of "Kabupaten Pamekasan" = 2.000\n}\n');
        const result = kaidah(['test', '--format', 'json', 'districts'], { cwd: root });
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout) as { version: number; command: string; files: { file: string; cases: unknown[] }[]; failed: number };
        expect(report.version).toBe(1);
        expect(report.command).toBe('test');
        const byFile = Object.fromEntries(report.files.map((f) => [f.file, f.cases]));
        expect(byFile['districts/probolinggo.kaidah']).toEqual([
            { name: 'Probolinggo 2024: 258 facilitators × 10 = 2.580 families', file: 'districts/probolinggo.kaidah', line: 7, passed: true, failures: [] },
        ]);
        const [pamekasan] = byFile['districts/pamekasan.kaidah'] as { passed: boolean; failures: string[] }[];
        expect(pamekasan!.passed).toBe(false);
        // 191 facilitators × 10 = 1.910, not 2.000
        expect(pamekasan!.failures).toHaveLength(1);
        expect(pamekasan!.failures[0]).toContain('1.910');
        expect(report.failed).toBe(1);
    });

    it('prints the run summary as data on stdout, the rest on stderr', () => {
        const root = nationalRepository();
        const result = kaidah(['run', 'districts/probolinggo.kaidah', '--data', 'households.csv', '--format', 'json'], { cwd: root });
        expect(result.status).toBe(0);
        const summary = JSON.parse(result.stdout);
        expect(summary).toMatchObject({
            version: 1,
            command: 'run',
            rules: 'districts/probolinggo.kaidah',
            data: 'households.csv',
            evaluationDate: '2024-12-31',
            counts: { read: 5, decided: 5, rejected: 0 },
            // A, B, C self-reliant within 258 × 10; E natural, no target; D stays
            totals: { households: 5, proposed: 4, reserve: 0, stays: 1, unmatched: 0 },
        });
        const [district] = summary.districts;
        expect(district.district).toBe('Kabupaten Probolinggo');
        expect(district.categories.find((c: { category: string }) => c.category === 'self_reliant'))
            .toMatchObject({ target: 2580, candidates: 3, proposed: 3, reserve: 0, shortfall: 2577 });
        expect(result.stderr).toContain('Add --out decisions.csv');
    });
});

describe('kaidah fmt --diff', () => {
    it('prints a unified diff that git applies, writes nothing and exits 1', () => {
        const root = nationalRepository();
        const unformatted = 'use "../pkh-2024.kaidah"\ndistrict "Kabupaten Probolinggo" {\n    facilitators 258\n}\n';
        const file = path.join(root, 'districts/probolinggo.kaidah');
        writeFileSync(file, unformatted);
        const result = kaidah(['fmt', '--diff'], { cwd: root });
        expect(result.stdout).toBe([
            '--- a/districts/probolinggo.kaidah',
            '+++ b/districts/probolinggo.kaidah',
            '@@ -1,4 +1,5 @@',
            ' use "../pkh-2024.kaidah"',
            '+',
            ' district "Kabupaten Probolinggo" {',
            '-    facilitators 258',
            '+  facilitators  258',
            ' }',
            '',
        ].join('\n'));
        expect(result.stderr).toContain('1 rule file is not formatted');
        expect(result.status).toBe(1);
        expect(readFileSync(file, 'utf8')).toBe(unformatted);
        execFileSync('git', ['apply'], { cwd: root, input: result.stdout });
        expect(kaidah(['fmt', '--check'], { cwd: root }).status).toBe(0);
    });
});
