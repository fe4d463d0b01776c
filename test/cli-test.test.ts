/**
 * `kaidah test`: the tests officers write in rule files, tables of cases, JUnit for CI.
 *
 * Figures are worked out by hand from the national rules (poverty line Rp 582.932, so
 * self-reliance needs Rp 1.165.864 a month; at most 4 members paid, highest amounts first):
 * see the comments at each expectation and test/fixtures/tests/officer-tests.kaidah.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, kaidah, scratchCopyOfExamples } from './support/run-cli.js';

/** The examples with the officer-tests fixture (and its cases.csv) beside them. */
function scratchWithOfficerTests(): string {
    const dir = scratchCopyOfExamples();
    cpSync(path.join(fixturesDir, 'tests'), dir, { recursive: true });
    return dir;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('kaidah test on the examples', () => {
    const result = kaidah(['test', examplesDir]);

    it('passes every test the examples pin, and says so', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.trim().split('\n').at(-1)).toBe('12 passed, 0 failed');
    });

    it('runs the national file\'s tests once, not once for every district file that uses it', () => {
        expect(count(result.stdout, 'at most four members are paid, the highest amounts first')).toBe(1);
        expect(count(result.stdout, '✓ Probolinggo 2024: 258 facilitators × 10 = 2.580 families')).toBe(1);
        expect(count(result.stdout, '✓ Pringsewu 2023: 1.000 sejahtera and 2.000 alamiah')).toBe(1);
    });

    it('runs the whole project when given nothing, from any of its folders', () => {
        // the project is this repository (kaidah.json at its top, test fixtures left out): the 12 tests
        // of examples/pkh and the 8 of their Indonesian twins in examples/pkh-id
        const here = kaidah(['test'], { cwd: examplesDir });
        expect(here.status).toBe(0);
        expect(here.stdout).toContain('pkh-2024.kaidah\n  ✓ a family with a business, enough income and P2K2 graduates self-reliant');
        expect(here.stdout.trim().split('\n').at(-1)).toBe('20 passed, 0 failed');
    });

    it('runs one district file\'s tests with the national tests it uses', () => {
        const one = kaidah(['--lang', 'id', 'test', path.join(examplesDir, 'probolinggo.kaidah')]);
        expect(one.status).toBe(0);
        expect(one.stdout.trim().split('\n').at(-1)).toBe('4 lulus, 0 gagal');
    });
});

describe('kaidah test with failing tests', () => {
    const dir = scratchWithOfficerTests();
    const result = kaidah(['test', 'officer-tests.kaidah'], { cwd: dir });
    const lines = result.stdout.split('\n');

    it('exits 1 and counts every test and every row of a table: 9 passed, 2 failed', () => {
        // officer-tests: 2 tests + 5 rows + district figures = 8 cases, 2 failing; pkh-2024: 3 passing.
        expect(result.status).toBe(1);
        expect(lines.filter((l) => l !== '').at(-1)).toBe('9 passed, 2 failed');
    });

    it('shows the expected and the actual value and why the household landed there', () => {
        const at = lines.findIndex((l) => l.includes('✗ wrong on purpose: the cap of four members is forgotten'));
        expect(lines[at]).toContain('(officer-tests.kaidah:21)');
        // Rp 3.000.000 + 2 × Rp 2.400.000 + Rp 900.000: the second pupil is the fifth member, unpaid.
        expect(lines[at + 1]!.trim()).toBe('expected benefit = Rp 9.600.000, got Rp 8.700.000');
        expect(lines[at + 2]!.trim()).toBe(
            'why: No graduation category applies. Graduasi Alamiah: eligible_members 5 = 0 does not hold and ' +
                'welfare_decile 1 > 4 does not hold; Graduasi Sejahtera Mandiri: has_business is no',
        );
        expect(lines[at + 3]!.trim()).toBe(
            'benefit Rp 8.700.000: 1 × pregnant Rp 3.000.000 + 1 × elementary Rp 900.000 + 2 × elderly Rp 2.400.000; ' +
                '5 members qualify, at most 4 are paid',
        );
    });

    it('passes Rp 1 under twice the poverty line as staying, and the district figures', () => {
        expect(result.stdout).toContain('✓ income just under twice the poverty line: stays');
        expect(result.stdout).toContain('✓ district figures');
    });

    it('runs each row of a table of cases, naming a failing row by its row and key', () => {
        // Row 6 (P-005): Rp 2.000.000 ≥ Rp 1.165.864, 95%, a business: self-reliant, paid 1 pupil = Rp 900.000.
        const at = lines.findIndex((l) => l.includes('✗ cases kept by the Probolinggo office › row 6 (P-005)'));
        expect(at).toBeGreaterThan(0);
        expect(lines[at + 1]!.trim()).toBe('expected benefit = Rp 1.000.000, got Rp 900.000');
        expect(lines[at + 2]!.trim()).toBe(
            'why: Graduasi Sejahtera Mandiri: has_business is yes; monthly_income Rp 2.000.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 95% ≥ 80%',
        );
        expect(result.stdout).toContain('✓ cases kept by the Probolinggo office (4 other cases passed)');
    });

    it('speaks Indonesian with --lang id', () => {
        const id = kaidah(['--lang', 'id', 'test', 'officer-tests.kaidah'], { cwd: dir });
        expect(id.status).toBe(1);
        expect(id.stdout).toContain('diharapkan benefit = Rp 9.600.000, hasilnya Rp 8.700.000');
        expect(id.stdout).toContain('alasan: KPM tidak memenuhi kategori graduasi mana pun.');
        expect(id.stdout).toContain('✗ cases kept by the Probolinggo office › baris 6 (P-005)');
        expect(id.stdout.trim().split('\n').at(-1)).toBe('9 lulus, 2 gagal');
    });

    it('runs a folder\'s tests once each: 18 passed, 2 failed', () => {
        const all = kaidah(['test', dir]);
        expect(all.status).toBe(1);
        expect(all.stdout.trim().split('\n').at(-1)).toBe('18 passed, 2 failed');
        expect(count(all.stdout, 'a family with no eligible member left graduates naturally')).toBe(1);
    });
});

describe('kaidah test --reporter junit', () => {
    const dir = scratchWithOfficerTests();
    writeFileSync(path.join(dir, 'odd-names.kaidah'), [
        'use "pkh-2024.kaidah"',
        'test "income < 2 × line & \\"quoted\\" ]]> \'x\'" {',
        '  household { elementary 1 }',
        '  expect benefit = Rp 1',
        '}',
        '',
    ].join('\n'));

    it('writes JUnit XML with a testcase per test and row, and keeps the text report', () => {
        const result = kaidah(['test', 'officer-tests.kaidah', '--reporter', 'junit', '--output', 'report.xml'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('9 passed, 2 failed');
        expect(result.stdout).toContain('JUnit report written to report.xml.');
        const xml = readFileSync(path.join(dir, 'report.xml'), 'utf8');
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kaidah" tests="11" failures="2" errors="0">')).toBe(true);
        expect(xml).toContain('<testsuite name="officer-tests.kaidah" tests="8" failures="2" errors="0" skipped="0">');
        expect(xml).toContain('<testsuite name="pkh-2024.kaidah" tests="3" failures="0" errors="0" skipped="0">');
        expect(xml).toContain(
            '<testcase classname="officer-tests.kaidah" name="cases kept by the Probolinggo office › row 6 (P-005)" file="officer-tests.kaidah" line="32">',
        );
        expect(xml).toContain('<failure message="expected benefit = Rp 1.000.000, got Rp 900.000" type="expectation">');
        expect(count(xml, '<testcase ')).toBe(11);
        expect(count(xml, '<failure ')).toBe(2);
        expect(xml).not.toMatch(/\u001b/);
    });

    it('escapes names and messages', () => {
        const result = kaidah(['test', 'odd-names.kaidah', '--reporter', 'junit'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('name="income &lt; 2 × line &amp; &quot;quoted&quot; ]]&gt; &apos;x&apos;"');
        // welfare_decile is `between 1 and 10`: a test household not giving it starts at 1.
        expect(result.stdout).toContain('eligible_members 1 = 0 does not hold and welfare_decile 1 &gt; 4 does not hold');
        expect(result.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
        expect(result.stderr.trim()).toBe('3 passed, 1 failed');
    });
});

describe('a table of cases in an Excel workbook', async () => {
    const dir = scratchCopyOfExamples();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kasus');
    sheet.addRow(['No Peserta', 'SD', 'Lansia', 'Penghasilan Bulanan', 'Kehadiran P2K2', 'Punya Usaha', 'Desil', 'expect category', 'expect benefit']);
    // Rp 1.200.000 ≥ Rp 1.165.864, 85% (a percentage cell), a business: self-reliant; 1 pupil = Rp 900.000.
    sheet.addRow(['X-1', 1, 0, 1_200_000, 0.85, true, 3, 'self_reliant', { formula: '900000*1', result: 900_000 }]);
    sheet.getCell('E2').numFmt = '0%';
    // 79,5% < 80%: stays; 2 pupils + 1 elderly = 2 × Rp 900.000 + Rp 2.400.000 = Rp 4.200.000.
    sheet.addRow(['X-2', 2, 1, 2_500_000, 79.5, 'ya', 3, 'none', 'Rp 4.200.000']);
    // 3513000000000009: decile 6 > 4: natural; 1 elderly = Rp 2.400.000, not the Rp 2.500.000 written.
    sheet.addRow(['3513000000000009', 0, 1, 900_000, 90, false, 6, 'Graduasi Alamiah', 2_500_000]);
    await workbook.xlsx.writeFile(path.join(dir, 'cases.xlsx'));
    writeFileSync(path.join(dir, 'spreadsheet.kaidah'), 'use "pkh-2024.kaidah"\n\ntest "cases from the office spreadsheet" from "cases.xlsx" {\n}\n');
    const result = kaidah(['test', 'spreadsheet.kaidah'], { cwd: dir });

    it('reads numbers, percentages, yes/no and formulas from the cells', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('✗ cases from the office spreadsheet › row 4 (3513000000000009)');
        expect(result.stdout).toContain('expected benefit = Rp 2.500.000, got Rp 2.400.000');
        expect(result.stdout).toContain('why: Graduasi Alamiah: welfare_decile 6 > 4');
        expect(result.stdout).toContain('✓ cases from the office spreadsheet (2 other cases passed)');
        expect(result.stdout.trim().split('\n').at(-1)).toBe('5 passed, 1 failed');
    });
});

describe('kaidah test: what stops it', () => {
    it('refuses to run on rules with errors', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'broken.kaidah'), 'use "pkh-2024.kaidah"\ntest "t" {\n  household { eldery 1 }\n}\n');
        const result = kaidah(['test', dir]);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('broken.kaidah:3:15: error KDH003');
        expect(result.stderr).toContain('1 error in the rules; no test was run.');
    });

    it('fails a test whose table cannot be read or names an unknown expectation', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'old.xls'), 'not really a workbook');
        writeFileSync(path.join(dir, 'cases.csv'), 'sd,expect income\n1,5\n');
        writeFileSync(path.join(dir, 'tables.kaidah'),
            'use "pkh-2024.kaidah"\ntest "old workbook" from "old.xls" { }\ntest "typo" from "cases.csv" { }\n');
        const result = kaidah(['test', 'tables.kaidah'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('cannot read the table of cases old.xls: tables of cases are read from CSV (.csv, .txt, .tsv), Excel (.xlsx), JSON (.json) and NDJSON (.ndjson, .jsonl) files');
        expect(result.stdout).toContain('column "expect income": expect what?');
        expect(result.stdout.trim().split('\n').at(-1)).toBe('3 passed, 2 failed');
    });

    it('says what is wrong with the paths given: exit 2', () => {
        expect(kaidah(['test', 'no-such-folder']).status).toBe(2);
        const notRules = kaidah(['test', 'README.md']);
        expect(notRules.status).toBe(2);
        expect(notRules.stderr).toContain('`README.md` is neither a rule file (.kaidah) nor a folder.');
    });

    it('says what is wrong with the options: exit 2', () => {
        const reporter = kaidah(['test', examplesDir, '--reporter', 'tap']);
        expect(reporter.status).toBe(2);
        expect(reporter.stderr).toContain('--reporter tap: choose text or junit.');
    });
});

describe('kaidah test --coverage', () => {
    const result = kaidah(['test', examplesDir, '--coverage']);
    const row = (first: string, second?: string) => {
        const line = result.stdout.split('\n').find((l) => {
            const cells = l.split('│').map((c) => c.trim());
            return cells[1] === first && (second === undefined || cells[2] === second);
        });
        return line?.split('│').map((c) => c.trim()).filter((_c, i, all) => i > 0 && i < all.length - 1);
    };

    // The examples' five households: (1) 1 pupil, Rp 1.200.000, 85%, business, decile 3: self-reliant;
    // (2) nobody eligible, decile 2: natural; (3) pregnant + 2 pupils + 2 elderly, decile 1, no business: none;
    // Jember's (4) 1 pupil, Rp 3.600.000, no business: graduasi_mampu, and (5) as (1) but under twice
    // Jember's line: none. Only Jember's two reach Jember's own category.
    it('counts categories reached and held', () => {
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Coverage on 5 households');
        expect(row('Graduasi Alamiah (natural)')).toEqual(['Graduasi Alamiah (natural)', '5', '1', 'fired']);
        expect(row('Graduasi Sejahtera Mandiri (self_reliant)')).toEqual(['Graduasi Sejahtera Mandiri (self_reliant)', '4', '1', 'fired']);
        expect(row('Graduasi Mampu (Jember) (graduasi_mampu)')).toEqual(['Graduasi Mampu (Jember) (graduasi_mampu)', '2', '1', 'fired']);
    });

    it('counts every atomic condition, short-circuits included, and says which never fired', () => {
        expect(row('natural', 'eligible_members = 0')).toEqual(['natural', 'eligible_members = 0', '5', '1', '4', 'exercised']);
        expect(row('', 'welfare_decile > 4')).toEqual(['', 'welfare_decile > 4', '4', '0', '4', 'never fired']);
        expect(row('self_reliant', 'has_business')).toEqual(['self_reliant', 'has_business', '4', '2', '2', 'exercised']);
        expect(row('', 'monthly_income ≥ 2 × poverty_line')).toEqual(['', 'monthly_income ≥ 2 × poverty_line', '2', '1', '1', 'exercised']);
        expect(row('graduasi_mampu', 'monthly_income > Rp 3.500.000')).toEqual(['graduasi_mampu', 'monthly_income > Rp 3.500.000', '2', '1', '1', 'exercised']);
    });

    it('counts benefit components eligible and paid', () => {
        expect(row('elementary')).toEqual(['elementary', '4', '4', 'paid']);
        expect(row('pregnant')).toEqual(['pregnant', '1', '1', 'paid']);
        expect(row('early_child')).toEqual(['early_child', '0', '0', 'never paid']);
        expect(result.stdout).toContain('Never fired:\n  conditions: natural: welfare_decile > 4\n  components: early_child, junior_high, senior_high, disabled');
    });
});
