/**
 * examples/pkh-id, the PKH rules in Bahasa Indonesia, run on the sample households: the decisions,
 * the printed summary, the report and `kaidah diff` quote their conditions and formulas with the
 * Indonesian keywords (`atau`, `dan`, `bulatkan ke bawah(10% dari reported_households)`), and say
 * nothing else differently from the English files (examples/pkh), whose words stay English.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const indonesianDir = path.join(examplesDir, '..', 'pkh-id');
const data = path.join(examplesDir, 'data/households-sample.csv');

/** Pasuruan: `target self_reliant = round down(10% of reported_households)`, 10% of 48.700 = 4.870. */
function runPasuruan(dir: string) {
    const out = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-id-'));
    const decisions = path.join(out, 'decisions.csv');
    const report = path.join(out, 'report.html');
    const result = kaidah(['run', path.join(dir, 'pasuruan.kaidah'), '--data', data, '--out', decisions, '--report', report]);
    return { result, decisions: readFileSync(decisions, 'utf8'), report: readFileSync(report, 'utf8') };
}

describe('examples/pkh-id quoted in Bahasa Indonesia', () => {
    const id = runPasuruan(indonesianDir);
    const en = runPasuruan(examplesDir);

    it('a decision quotes the target formula as the Indonesian file writes it', () => {
        expect(id.result.status).toBe(0);
        expect(id.decisions).toContain('Ranked 1 of 27 in Kabupaten Pasuruan; target 4.870 (bulatkan ke bawah(10% dari reported_households)): proposed.');
        expect(en.decisions).toContain('Ranked 1 of 27 in Kabupaten Pasuruan; target 4.870 (round down(10% of reported_households)): proposed.');
    });

    it('and differs from the English files\' decisions in that formula only', () => {
        expect(id.decisions).not.toBe(en.decisions);
        expect(id.decisions).toBe(en.decisions.replaceAll('round down(10% of reported_households)', 'bulatkan ke bawah(10% dari reported_households)'));
    });

    it('the report shows the national conditions and the district\'s formula with Indonesian keywords', () => {
        expect(id.report).toContain('<span class="condition">eligible_members = 0 atau welfare_decile &gt; 4</span>');
        expect(id.report).toContain('<span class="condition">has_business dan monthly_income ≥ 2 × poverty_line dan p2k2_attendance ≥ 80%</span>');
        expect(id.report).toContain('<span class="formula target-formula">bulatkan ke bawah(10% dari reported_households)</span>');
        expect(id.report).toContain('<code>bulatkan ke bawah(10% dari reported_households)</code> = <strong>4.870</strong>');
        expect(en.report).toContain('<span class="condition">eligible_members = 0 or welfare_decile &gt; 4</span>');
        expect(en.report).toContain('<code>round down(10% of reported_households)</code> = <strong>4.870</strong>');
    });

    it('the summary kaidah run prints quotes a target counted per sub-district as written', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-id-'));
        cpSync(indonesianDir, dir, { recursive: true });
        const file = path.join(dir, 'per-kecamatan.kaidah');
        writeFileSync(file, 'pakai "pkh-2024.kaidah"\n\nkabupaten "Kabupaten Probolinggo" {\n  facilitators 258\n'
            + '  target natural = bulatkan ke bawah(10% dari jumlah keluarga) per kecamatan\n}\n');
        const run = kaidah(['run', file, '--data', data]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Kabupaten Probolinggo, Graduasi Alamiah: target bulatkan ke bawah(10% dari jumlah keluarga) per sub-district in 2 sub-districts');
        const runId = kaidah(['--lang', 'id', 'run', file, '--data', data]);
        expect(runId.stdout).toContain('Kabupaten Probolinggo, Graduasi Alamiah: target bulatkan ke bawah(10% dari jumlah keluarga) per kecamatan pada 2 kecamatan');
    });

    it('kaidah diff quotes both versions\' formulas as written', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-wording-id-'));
        cpSync(indonesianDir, dir, { recursive: true });
        const after = path.join(dir, 'pasuruan-20.kaidah');
        writeFileSync(after, readFileSync(path.join(dir, 'pasuruan.kaidah'), 'utf8')
            .replace('bulatkan ke bawah(10% dari reported_households)', 'bulatkan ke bawah(10% dari 200)'));
        // 10% of 200 = 20: of the 27 candidates, those ranked 21 to 27 move to the reserve
        const diff = kaidah(['diff', path.join(dir, 'pasuruan.kaidah'), after, '--data', data, '--limit', '1']);
        expect(diff.stderr).toBe('');
        expect(diff.stdout).toContain('Moved households (first 1 of 7; --limit to see more)');
        expect(diff.stdout).toMatch(/— ranked 2\d of 27 in Kabupaten Pasuruan; target 4\.870 \(bulatkan ke bawah\(10% dari reported_households\)\): proposed\n/);
        expect(diff.stdout).toMatch(/— ranked 2\d of 27 in Kabupaten Pasuruan; target 20 \(bulatkan ke bawah\(10% dari 200\)\): reserve\n/);
    });
});
