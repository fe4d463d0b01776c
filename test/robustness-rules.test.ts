import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kaidah } from './support/run-cli.js';

/**
 * Hostile and unlucky rule files (issue 14, and the percent rule of issue 9), as the command line
 * meets them: each once stopped `check` or `run` on an internal error, read a file outside the
 * rules' folder, or passed with nothing checked. Each must now be a located diagnostic.
 */

const schema = `household {
  id               text     key
  district         text
  p2k2_attendance  percent
  elderly          count
}
`;

/** A scratch folder `rules/` (beside an `outside/` one) holding these files. */
function rulesFolder(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'kaidah-robust-'));
    mkdirSync(path.join(root, 'rules'));
    mkdirSync(path.join(root, 'outside'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
    return root;
}

/** Outside a project (no `kaidah.json` or `.git` above), `use` stays in the folder of the rules, named by KDH010. */
const outsideOf = (root: string) => `${path.join(root, 'rules')}/`;
const noProject = 'no folder above it has a `kaidah.json` or `.git` marking a project. Put a `kaidah.json` (`{}` will do) in the folder that holds all the rules, or write a path inside this folder.';

/** `kaidah check` on `rules/main.kaidah`: the diagnostic lines it prints ("never used" warnings, KDH030, aside), and its exit status. */
function check(root: string, file = 'rules/main.kaidah') {
    const result = kaidah(['check', file], { cwd: root });
    expect(result.stderr + result.stdout).not.toMatch(/internal error|Maximum call stack|An error occurred/);
    return { status: result.status, lines: (result.stdout + result.stderr).split('\n').filter((l) => / (error|warning) KDH/.test(l) && !l.includes('KDH030')) };
}

describe('rule files that once crashed check or run', () => {
    it('refuses an empty or comment-only file, at its start (KDH008)', () => {
        for (const text of ['', '// Aturan Kabupaten Jember, belum ditulis\n', '/* nanti */\r\n']) {
            const root = rulesFolder({ 'rules/main.kaidah': text });
            expect(check(root)).toEqual({ status: 1, lines: [expect.stringMatching(/^rules\/main\.kaidah:1:1: error KDH008: This file holds no rules/)] });
        }
    });

    it('refuses a program year outside 1900-2200 (KDH042)', () => {
        for (const year of ['0', '99999']) {
            const root = rulesFolder({ 'rules/main.kaidah': `program "PKH" year ${year}\n\n${schema}` });
            expect(check(root).lines).toEqual([
                `rules/main.kaidah:1:20: error KDH042: \`year ${year}\` is not a year these rules can apply to: write the program year with four digits, from 1900 to 2200 (e.g. \`year 2024\`).`,
            ]);
        }
    });

    it('refuses a quantity worked out from itself (KDH044)', () => {
        const root = rulesFolder({ 'rules/main.kaidah': `${schema}\nevery district {\n  quantity f  count  = f + 1\n}\n\ndistrict "Kabupaten Jember" {\n}\n` });
        expect(check(root)).toEqual({ status: 1, lines: [
            "rules/main.kaidah:9:24: error KDH044: The default of `f` is worked out from `f` itself; a quantity's default can use only quantities declared before it.",
        ] });
    });

    it('refuses numbers a double cannot hold exactly (KDH043), so that run never meets them', () => {
        const root = rulesFolder({ 'rules/main.kaidah': `${schema}\nevery district {\n  quantity facilitators  count\n}\n\ndistrict "Kabupaten Jember" {\n  facilitators  99999999999999999999\n}\n\nconstant grant = Rp 1${'0'.repeat(309)}\n\ngraduation g when elderly × grant > Rp 0\n` });
        const { lines } = check(root);
        expect(lines).toEqual([
            'rules/main.kaidah:13:17: error KDH043: `99999999999999999999` is too large to be kept exactly: Kaidah computes with whole numbers up to 9.007.199.254.740.991.',
            'rules/main.kaidah:16:18: error KDH043: `Rp 10000000000000000…0000000000` is too large to be kept exactly: Kaidah computes with whole numbers up to 9.007.199.254.740.991.',
        ]);
    });

    it('reads a 5 MB string literal as a located syntax error instead of overflowing the lexer', () => {
        const root = rulesFolder({ 'rules/main.kaidah': `household {\n  id  text  key  "${'x'.repeat(5_000_000)}"\n}\n` });
        expect(check(root).lines).toEqual([
            'rules/main.kaidah:1:1: error KDH001: Cannot read this part of the rules: this file is longer than 2.000.000 characters, too large to be a rule file; nothing in it was read.',
        ]);
        const line = rulesFolder({ 'rules/main.kaidah': `${schema}\n// ${'x'.repeat(20_000)}\nconstant a = 1\n` });
        expect(check(line).lines).toEqual([
            'rules/main.kaidah:8:1: error KDH001: Cannot read this part of the rules: this line is longer than 10.000 characters and was not read.',
        ]);
    });

    it('checks 2.500 values written last to first without an internal error', () => {
        const values = Array.from({ length: 2_500 }, (_, i) => (i === 0 ? 'value v0 = 1' : `value v${i} = v${i - 1} + 1`)).reverse();
        const root = rulesFolder({ 'rules/main.kaidah': `${schema}\n${values.join('\n')}\n\ngraduation g when v2499 > elderly\n` });
        expect(check(root)).toEqual({ status: 0, lines: [] });
    }, 60_000);
});

describe('`use` and tables of cases stay inside the rules folder', () => {
    const main = (target: string) => `use "${target}"\n\n${schema}`;

    it('refuses a folder, a data file and a device named by `use` (KDH009), as the language server does', () => {
        const root = rulesFolder({ 'rules/data.csv': 'id\nA\n' });
        mkdirSync(path.join(root, 'rules/sub'));
        symlinkSync('/dev/zero', path.join(root, 'rules/zero.kaidah'));
        const expected: Record<string, string> = {
            sub: 'rules/main.kaidah:1:5: error KDH009: `sub` is a folder, not a rule file; name a `.kaidah` file in it.',
            'data.csv': 'rules/main.kaidah:1:5: error KDH009: `data.csv` is not a rule file: the names of rule files end in `.kaidah`.',
            // /dev/zero lies outside, links followed, so it is refused before anything is read.
            'zero.kaidah': `rules/main.kaidah:1:5: error KDH010: \`zero.kaidah\` lies outside \`${outsideOf(root)}\`, the folder of the rules: ${noProject}`,
        };
        for (const [target, line] of Object.entries(expected)) {
            writeFileSync(path.join(root, 'rules/main.kaidah'), main(target));
            expect(check(root)).toEqual({ status: 1, lines: [line] });
        }
    });

    it('refuses a rule file or a folder linked from outside (KDH010)', () => {
        const root = rulesFolder({ 'outside/secret.kaidah': 'constant secret = Rp 1\n' });
        symlinkSync('../outside/secret.kaidah', path.join(root, 'rules/link.kaidah'));
        symlinkSync('../outside', path.join(root, 'rules/linked'));
        for (const target of ['link.kaidah', 'linked/secret.kaidah']) {
            writeFileSync(path.join(root, 'rules/main.kaidah'), main(target));
            expect(check(root)).toEqual({ status: 1, lines: [
                `rules/main.kaidah:1:5: error KDH010: \`${target}\` lies outside \`${outsideOf(root)}\`, the folder of the rules: ${noProject}`,
            ] });
        }
    });

    it('refuses a table of cases linked from outside (KDH041), and one that would check nothing', () => {
        const root = rulesFolder({ 'outside/passwd.csv': 'root:x:0:0\n', 'rules/cases.csv': 'id,elderly\nA,1\nB,0\n' });
        symlinkSync('../outside/passwd.csv', path.join(root, 'rules/passwd.csv'));
        const rules = (table: string) => `${schema}\ngraduation natural "Graduasi Alamiah"\n  when elderly = 0\n\ntest "z" from "${table}" {\n}\n`;
        writeFileSync(path.join(root, 'rules/main.kaidah'), rules('passwd.csv'));
        const linked = kaidah(['test', 'rules/main.kaidah'], { cwd: root });
        expect(linked.status).toBe(1);
        expect(linked.stdout + linked.stderr).toContain('rules/main.kaidah:11:15: error KDH041: `passwd.csv` lies outside the folder of the rules; Kaidah only reads tables of cases inside it.');
        writeFileSync(path.join(root, 'rules/main.kaidah'), rules('cases.csv'));
        const nothing = kaidah(['test', 'rules/main.kaidah'], { cwd: root });
        expect(nothing.status).toBe(1);
        expect(nothing.stdout).toContain('no column says what to expect, so nothing would be checked');
        expect(nothing.stdout).toContain('0 passed, 1 failed');
    });
});

describe('a percentage compared with a plain number (issue 9)', () => {
    it('is KDH045 whichever way the number is written, saying which reading its fix `80%` assumes', () => {
        const root = rulesFolder({ 'rules/main.kaidah': `${schema}\ngraduation a when p2k2_attendance >= 0.8\ngraduation b when p2k2_attendance >= 0,8\ngraduation c when p2k2_attendance >= 80\n` });
        expect(check(root).lines).toEqual([
            'rules/main.kaidah:8:38: error KDH045: `p2k2_attendance >= 0.8` compares a percentage with the plain number `0.8`; write it as a percentage: `80%` (reading `0.8` as a fraction of 1, as a spreadsheet stores percentages).',
            'rules/main.kaidah:9:38: error KDH045: `p2k2_attendance >= 0,8` compares a percentage with the plain number `0,8`; write it as a percentage: `80%` (reading `0,8` as a fraction of 1, as a spreadsheet stores percentages).',
            'rules/main.kaidah:10:38: error KDH045: `p2k2_attendance >= 80` compares a percentage with the plain number `80`; write it as a percentage: `80%` (reading `80` as a number of percent).',
        ]);
    });
});

describe('kaidah fmt and line endings', () => {
    const unformatted = `${schema.replace(/ +/g, ' ')}\n/** Keluarga tanpa komponen. */\ngraduation natural "Graduasi Alamiah" when elderly = 0\n`;

    it('formats LF, CRLF, CR-only and mixed LF/CR files to the same text; CRLF files keep CRLF, the others get LF', () => {
        const endings: Record<string, (text: string) => string> = {
            lf: (t) => t,
            crlf: (t) => t.replace(/\n/g, '\r\n'),
            cr: (t) => t.replace(/\n/g, '\r'),
            // LF and lone CR; a CR before an empty line's LF would make one CRLF break, so not there.
            mixed: (t) => t.split('\n').map((line, i, lines) => line + (i % 2 === 1 && lines[i + 1] ? '\r' : '\n')).join('').slice(0, -1),
        };
        const root = rulesFolder(Object.fromEntries(Object.entries(endings).map(([name, end]) => [`rules/${name}.kaidah`, end(unformatted)])));
        const result = kaidah(['fmt', 'rules'], { cwd: root });
        expect(result.status).toBe(0);
        const read = (name: string) => readFileSync(path.join(root, `rules/${name}.kaidah`), 'utf8');
        const lf = read('lf');
        expect(lf).toContain('graduation natural "Graduasi Alamiah"\n  when elderly = 0\n');
        expect(read('cr')).toBe(lf);
        expect(read('crlf')).toBe(lf.replace(/\n/g, '\r\n'));
        expect(read('mixed')).toBe(lf);
        // Formatted once, a file checks clean and a second run leaves it alone.
        expect(kaidah(['fmt', '--check', 'rules'], { cwd: root }).status).toBe(0);
    });
});
