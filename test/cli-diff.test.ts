/**
 * `kaidah diff OLD NEW --data FILE`: who a rule change moves, between two rule files and between two
 * Git revisions of a temporary repository. Figures are worked out by hand (the tie fixture, see
 * fixtures/data/clean-ties.md) or by a small independent computation of the PKH rules below.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

interface Outcome {
    category: string | null;
    status: string;
    benefit: number;
    reward: number;
    explanation: string;
}
interface Impact {
    from: string;
    to: string;
    rules: string;
    compared: number;
    moved: number;
    changed: { category: number; status: number; benefit: number };
    before: { benefits: number; rewards: number; proposed: number; reserve: number; stays: number };
    after: { benefits: number; rewards: number; proposed: number; reserve: number; stays: number };
    byDistrictCategory: { district: string; category: string | null; before: number; after: number; proposedBefore: number; proposedAfter: number }[];
    moves: { district: string; from: string; to: string; households: number; benefitChange: number }[];
    households: { key: string; district: string; changes: string[]; before: Outcome; after: Outcome }[];
}

/** A Probolinggo file with its own self-reliant target and a reward per graduate. */
function tiesRules(dir: string, target: number): string {
    const file = path.join(dir, 'ties.kaidah');
    writeFileSync(file, `use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 1\n  target self_reliant = ${target}\n  reward self_reliant = Rp 1.000.000\n}\n`);
    return file;
}

describe('kaidah diff between two rule files', () => {
    // Candidates ranked by income: 101, 102, 105 (tie with 102 broken on the key), 103.
    const before = tiesRules(scratchCopyOfExamples(), 2);
    const after = tiesRules(scratchCopyOfExamples(), 3);
    const data = path.join(fixturesDir, 'data/clean-ties.csv');
    const json = kaidah(['diff', before, after, '--data', data, '--format', 'json']);
    const impact = JSON.parse(json.stdout) as Impact;

    it('finds the one household a target of 3 instead of 2 moves: 105, from reserve to proposed', () => {
        expect(json.stderr).toBe('');
        expect(json.status).toBe(0);
        expect(impact.compared).toBe(8);
        expect(impact.moved).toBe(1);
        expect(impact.changed).toEqual({ category: 0, status: 1, benefit: 0 });
        const [moved] = impact.households;
        expect(moved!.key).toBe('3513000000000105');
        expect(moved!.changes).toEqual(['status']);
        expect([moved!.before.status, moved!.after.status]).toEqual(['reserve', 'proposed']);
        expect(moved!.before.explanation).toContain('ranked 3 of 4 in Kabupaten Probolinggo; target 2: reserve');
        expect(moved!.after.explanation).toContain('ranked 3 of 4 in Kabupaten Probolinggo; target 3: proposed');
    });

    it('adds one reward of Rp 1.000.000; the benefits (Rp 17.300.000 in all) do not change', () => {
        // 0,9 + 3,9 + 2,4 + 1,5 + 0 + 2,9 + 4,8 + 0,9 million (see cli-run.test.ts)
        expect([impact.before.benefits, impact.after.benefits]).toEqual([17_300_000, 17_300_000]);
        expect([impact.before.rewards, impact.after.rewards]).toEqual([2_000_000, 3_000_000]);
        expect([impact.before.proposed, impact.after.proposed, impact.before.reserve, impact.after.reserve]).toEqual([4, 5, 2, 1]);
        expect(impact.byDistrictCategory).toEqual([
            { district: 'Kabupaten Probolinggo', category: 'self_reliant', label: 'Graduasi Sejahtera Mandiri', before: 4, after: 4, proposedBefore: 2, proposedAfter: 3 },
        ]);
    });

    it('prints a table an officer reads in the terminal', () => {
        const table = kaidah(['diff', before, after, '--data', data]);
        expect(table.status).toBe(0);
        expect(table.stdout).toContain('8 households compared: 1 moved.');
        expect(table.stdout).toMatch(/Rewards for proposed graduates\s*│\s*Rp 2\.000\.000\s*│\s*Rp 3\.000\.000\s*│\s*\+Rp 1\.000\.000/);
        expect(table.stdout).toMatch(/Kabupaten Probolinggo\s*│ Graduasi Sejahtera Mandiri, reserve\s*│ Graduasi Sejahtera Mandiri, proposed\s*│\s*1 │\s*Rp 0/);
        expect(table.stdout).toContain('3513000000000105  Kabupaten Probolinggo\n  before: Graduasi Sejahtera Mandiri, reserve; benefit Rp 900.000');
    });

    it('reads the households as run does, whatever the format: the same impact from NDJSON as from CSV', () => {
        const ndjson = path.join(path.dirname(before), 'clean-ties.ndjson');
        writeFileSync(ndjson, readCsv(data).map((row) => JSON.stringify(row)).join('\n') + '\n');
        const fromNdjson = kaidah(['diff', before, after, '--data', ndjson, '--format', 'json']);
        expect(fromNdjson.stderr).toBe('');
        expect(fromNdjson.status).toBe(0);
        expect({ ...(JSON.parse(fromNdjson.stdout) as Impact), data: '' }).toEqual({ ...impact, data: '' });
    });

    it('says so when nothing moves', () => {
        const same = kaidah(['--lang', 'id', 'diff', before, before, '--data', data]);
        expect(same.status).toBe(0);
        expect(same.stdout).toContain('8 KPM dibandingkan: 0 berpindah.');
        expect(same.stdout).toContain('Tidak ada KPM yang berpindah');
    });
});

// ---------------------------------------------------------------------------------------------
// An independent computation of the national PKH rules, for the Git test: plain arithmetic over the
// CSV, nothing of Kaidah.

const POVERTY_LINE = 582_932;
const COMPONENT_COLUMNS = ['ibu_hamil', 'anak_usia_dini', 'sd', 'smp', 'sma', 'disabilitas', 'lansia'] as const;
type Amounts = Record<(typeof COMPONENT_COLUMNS)[number], number>;
const AMOUNTS: Amounts = { ibu_hamil: 3_000_000, anak_usia_dini: 3_000_000, sd: 900_000, smp: 1_500_000, sma: 2_000_000, disabilitas: 2_400_000, lansia: 2_400_000 };

function benefitOf(row: Record<string, string>, amounts: Amounts): number {
    const paid = COMPONENT_COLUMNS.flatMap((c) => Array<number>(Number(row[c])).fill(amounts[c])).sort((a, b) => b - a);
    return paid.slice(0, 4).reduce((sum, amount) => sum + amount, 0);
}

function categoryOf(row: Record<string, string>, factor: number): string | null {
    const eligible = COMPONENT_COLUMNS.reduce((sum, c) => sum + Number(row[c]), 0);
    if (eligible === 0 || Number(row.desil) > 4) return 'natural';
    if (row.punya_usaha === 'ya' && Number(row.penghasilan_bulanan) >= factor * POVERTY_LINE && Number(row.kehadiran_p2k2) >= 80) return 'self_reliant';
    return null;
}

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Kaidah Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

describe('kaidah diff between two Git revisions', () => {
    // A repository with the examples on main; a branch raises the self-reliance threshold from 2 to
    // 2,5 × the poverty line and the elementary component from Rp 900.000 to Rp 1.000.000.
    const repo = mkdtempSync(path.join(tmpdir(), 'kaidah-git-'));
    cpSync(examplesDir, path.join(repo, 'examples/pkh'), { recursive: true });
    // as in this repository: the project file names the entry among the examples' several top files
    writeFileSync(path.join(repo, 'kaidah.json'), '{ "entry": "examples/pkh/field-reports.kaidah" }\n');
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'PKH rules and field reports');
    git(repo, 'checkout', '--quiet', '-b', 'raise-threshold');
    const national = path.join(repo, 'examples/pkh/pkh-2024.kaidah');
    const original = readFileSync(national, 'utf8');
    const edited = original
        .replace('monthly_income >= 2 × poverty_line', 'monthly_income >= 2,5 × poverty_line')
        .replace('elementary   Rp   900.000', 'elementary   Rp 1.000.000');
    writeFileSync(national, edited);
    git(repo, 'commit', '--quiet', '-am', 'Raise the self-reliance threshold; raise the elementary component');

    const dataRelative = 'examples/pkh/data/households-sample.csv';
    // Written to a file: the JSON of some hundred households with both explanations is over a megabyte.
    const result = kaidah(['diff', 'main', 'HEAD', '--data', dataRelative, '--format', 'json', '--output', 'impact.json'], { cwd: repo });
    const impact = JSON.parse(readFileSync(path.join(repo, 'impact.json'), 'utf8')) as Impact;

    // The same households through the independent computation.
    const rows = readCsv(path.join(examplesDir, 'data/households-sample.csv'));
    const newAmounts = { ...AMOUNTS, sd: 1_000_000 };
    const expected = rows.map((row) => ({
        key: row.no_peserta!,
        district: row.kabupaten!,
        before: { category: categoryOf(row, 2), benefit: benefitOf(row, AMOUNTS) },
        after: { category: categoryOf(row, 2.5), benefit: benefitOf(row, newAmounts) },
    }));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

    it('made a real change: the edit applied to the rule text', () => {
        expect(edited).not.toBe(original);
        expect(edited).toContain('2,5 × poverty_line');
        expect(edited).toContain('elementary   Rp 1.000.000');
    });

    it('finds the entry file by itself and compares every household', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(impact.rules).toBe('examples/pkh/field-reports.kaidah');
        expect([impact.from, impact.to]).toEqual(['main', 'HEAD']);
        expect(impact.compared).toBe(3000);
    });

    it('every candidate is within its district\'s target, so proposed = in a category', () => {
        // Targets from the field reports: Probolinggo 2.580, Pamekasan 1.910, Pasuruan 4.870, Mojokerto 1.200,
        // Pringsewu 1.000 and 2.000 natural, Pandeglang 1.720: far above the sample's 3.000 households.
        expect(impact.before.reserve + impact.after.reserve).toBe(0);
        expect(impact.before.proposed).toBe(expected.filter((e) => e.before.category !== null).length);
        expect(impact.after.proposed).toBe(expected.filter((e) => e.after.category !== null).length);
    });

    it('moves exactly the households the independent computation moves', () => {
        const moved = expected.filter((e) => e.before.category !== e.after.category || e.before.benefit !== e.after.benefit);
        expect(moved.length).toBeGreaterThan(50);
        expect(impact.moved).toBe(moved.length);
        expect(impact.households.map((h) => h.key).sort()).toEqual(moved.map((m) => m.key).sort());
        expect(impact.changed.category).toBe(expected.filter((e) => e.before.category !== e.after.category).length);
        expect(impact.changed.benefit).toBe(expected.filter((e) => e.before.benefit !== e.after.benefit).length);
        // Raising a threshold only takes households out of self-reliance, into no category.
        for (const h of impact.households.filter((x) => x.changes.includes('category'))) {
            expect([h.before.category, h.after.category, h.before.status, h.after.status]).toEqual(['self_reliant', null, 'proposed', 'stays']);
        }
    });

    it('computes the Rupiah change in benefits and rewards as the independent computation does', () => {
        const benefitsBefore = sum(expected.map((e) => e.before.benefit));
        const benefitsAfter = sum(expected.map((e) => e.after.benefit));
        expect(impact.before.benefits).toBe(benefitsBefore);
        expect(impact.after.benefits).toBe(benefitsAfter);
        // Rp 100.000 more for every elementary pupil paid: pupils are the cheapest, so the cap cuts them first.
        expect(benefitsAfter - benefitsBefore).toBe(100_000 * sum(rows.map((row) => {
            const paid = COMPONENT_COLUMNS.flatMap((c) => Array<number>(Number(row[c])).fill(AMOUNTS[c])).sort((a, b) => b - a).slice(0, 4);
            return paid.filter((amount) => amount === 900_000).length;
        })));
        // Only Pamekasan rewards its self-reliant graduates: Rp 1,5 juta each.
        const pamekasan = (side: 'before' | 'after') =>
            expected.filter((e) => e.district === 'Kabupaten Pamekasan' && e[side].category === 'self_reliant').length;
        expect(impact.before.rewards).toBe(1_500_000 * pamekasan('before'));
        expect(impact.after.rewards).toBe(1_500_000 * pamekasan('after'));
        expect(impact.after.rewards).toBeLessThan(impact.before.rewards);
    });

    it('counts per district and category', () => {
        const probolinggo = (side: 'before' | 'after', category: string | null) =>
            expected.filter((e) => e.district === 'Kabupaten Probolinggo' && e[side].category === category).length;
        const row = impact.byDistrictCategory.find((r) => r.district === 'Kabupaten Probolinggo' && r.category === 'self_reliant')!;
        expect([row.before, row.after, row.proposedBefore, row.proposedAfter]).toEqual([
            probolinggo('before', 'self_reliant'), probolinggo('after', 'self_reliant'),
            probolinggo('before', 'self_reliant'), probolinggo('after', 'self_reliant'),
        ]);
        expect(impact.byDistrictCategory.every((r) => r.category !== 'natural')).toBe(true);
        const moves = impact.moves.filter((m) => m.district === 'Kabupaten Probolinggo');
        expect(sum(moves.map((m) => m.households))).toBe(impact.households.filter((h) => h.district === 'Kabupaten Probolinggo').length);
    });

    it('writes Markdown for the pull request, escaped, with both explanations', () => {
        const markdown = kaidah(['diff', 'main', 'HEAD', '--data', dataRelative, '--format', 'markdown', '--limit', '3'], { cwd: repo });
        expect(markdown.status).toBe(0);
        const change = impact.after.benefits - impact.before.benefits;
        const rupiah = (n: number) => `Rp ${Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
        expect(markdown.stdout).toContain('### Impact of the change main → HEAD');
        expect(markdown.stdout).toContain(
            `| Total annual benefits | ${rupiah(impact.before.benefits)} | ${rupiah(impact.after.benefits)} | +${rupiah(change)} |`,
        );
        expect(markdown.stdout).toContain('| District | Category | Before | After | Change | Proposed before | Proposed after | Change |');
        expect(markdown.stdout).toContain(`<summary>Moved households (first 3 of ${impact.moved.toLocaleString("de-DE")}; --limit to see more)</summary>`);
        expect(markdown.stdout).toContain('monthly\\_income');
        expect(markdown.stdout).toContain('2,5 × poverty\\_line');
        expect(markdown.stdout).toContain('welfare\\_decile');
        const householdRows = markdown.stdout.split('\n').filter((l) => /^\| 35\d{14} \|/.test(l));
        expect(householdRows).toHaveLength(3);
    });

    it('prints Indonesian terminal tables with --lang id', () => {
        const id = kaidah(['--lang', 'id', 'diff', 'main', 'HEAD', '--data', dataRelative, '--limit', '1'], { cwd: repo });
        expect(id.status).toBe(0);
        expect(id.stdout).toContain(`3.000 KPM dibandingkan: ${impact.moved.toLocaleString('de-DE')} berpindah.`);
        expect(id.stdout).toContain('Total bantuan setahun');
        expect(id.stdout).toContain('sebelum:');
    });

    it('compares a revision with the working copy of a rule file', () => {
        const same = kaidah(['diff', 'HEAD', 'examples/pkh/field-reports.kaidah', '--data', dataRelative], { cwd: repo });
        expect(same.status).toBe(0);
        expect(same.stdout).toContain('3.000 households compared: 0 moved.');
    });

    it('compares main with the working copy as it compares main with HEAD', () => {
        const back = kaidah(['diff', 'main', 'examples/pkh/field-reports.kaidah', '--data', dataRelative, '--format', 'json', '--output', 'back.json'], { cwd: repo });
        expect(back.status).toBe(0);
        expect((JSON.parse(readFileSync(path.join(repo, 'back.json'), 'utf8')) as Impact).moved).toBe(impact.moved);
    });

    it('names the revision and file of an error in the rules at a revision', () => {
        const broken = mkdtempSync(path.join(tmpdir(), 'kaidah-git-'));
        cpSync(repo, broken, { recursive: true });
        writeFileSync(path.join(broken, 'examples/pkh/pkh-2024.kaidah'), edited.replace('value eligible_members = pregnant', 'value eligible_members = pregant'));
        git(broken, 'commit', '--quiet', '-am', 'A typo');
        const failed = kaidah(['diff', 'HEAD~1', 'HEAD', '--data', dataRelative], { cwd: broken });
        expect(failed.status).toBe(1);
        expect(failed.stderr).toMatch(/^HEAD:examples\/pkh\/pkh-2024\.kaidah:\d+:\d+: error KDH003/m);
        expect(failed.stderr).toContain('in the rules of HEAD; nothing was compared.');
    });

    it('refuses a revision that does not exist: exit 2', () => {
        const unknown = kaidah(['diff', 'no-such-branch', 'HEAD', '--data', dataRelative], { cwd: repo });
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('`no-such-branch` is neither a rule file (.kaidah) nor a Git revision of this repository.');
    });

    it('refuses revisions outside a Git repository: exit 2', () => {
        const notRepo = kaidah(['diff', 'main', 'HEAD', '--data', path.join(examplesDir, 'data/households-sample.csv')], { cwd: tmpdir() });
        expect(notRepo.status).toBe(2);
        expect(notRepo.stderr).toContain('this folder is not in a Git repository');
    });

    it('refuses an unknown format and a rule file missing at a revision: exit 2', () => {
        const format = kaidah(['diff', 'main', 'HEAD', '--data', dataRelative, '--format', 'html'], { cwd: repo });
        expect(format.status).toBe(2);
        expect(format.stderr).toContain('--format html: choose table, json or markdown.');
        const missing = kaidah(['diff', 'main', 'HEAD', '--data', dataRelative, '--rules', 'examples/pkh/nowhere.kaidah'], { cwd: repo });
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('examples/pkh/nowhere.kaidah does not exist at main.');
    });
});
