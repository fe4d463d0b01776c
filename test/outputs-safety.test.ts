/**
 * What a run writes may not lose a family or a file: one worklist per facilitator whatever the ids
 * look like, no worklist or temporary of an earlier run left behind, and no output over an input,
 * over another output, or over a file that is not an earlier output of its kind (issue 14).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worklistFileNames } from '../packages/cli/src/output/worklist-names.js';
import { fixturesDir, kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

const unitsRules = 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 3\n  target self_reliant = 2 per facilitator\n  target natural = round down(10% of households) per subdistrict\n}\n';
const unitsCsv = readFileSync(path.join(fixturesDir, 'data/units.csv'), 'utf8');

/** A scratch folder with the units rules and the units data, facilitator ids replaced as given. */
function scratch(ids: Record<string, string> = {}): { dir: string; rules: string; data: string } {
    const dir = scratchCopyOfExamples();
    const rules = path.join(dir, 'units.kaidah');
    writeFileSync(rules, unitsRules);
    const data = path.join(dir, 'units.csv');
    writeFileSync(data, unitsCsv.replace(/,(PDP-[ABC]),/g, (_, id: string) => `,${ids[id] ?? id},`));
    return { dir, rules, data };
}

const worklistRows = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.csv')).flatMap((f) => readCsv(path.join(folder, f)));

describe('worklists with odd facilitator ids', () => {
    // before: all three became PDP_0001.csv, "Worklists for 3 facilitators written", one file with one family
    const { dir, rules, data } = scratch({ 'PDP-A': 'PDP 0001', 'PDP-B': 'PDP_0001', 'PDP-C': '"PDP/0001"' });
    const folder = path.join(dir, 'lists');
    const out = path.join(dir, 'd.csv');
    const result = kaidah(['run', rules, '--data', data, '--out', out, '--worklists', folder]);

    it('writes one file per facilitator, and says how many files it wrote', () => {
        expect(result.status).toBe(0);
        const files = readdirSync(folder).filter((f) => f.endsWith('.csv')).sort();
        expect(files).toEqual(['PDP_0001-37860330.csv', 'PDP_0001-599bf230.csv', 'PDP_0001.csv']);
        expect(result.stdout).toContain(`Worklists for 3 facilitators written to ${folder}.`);
        // each file holds one facilitator's families, the id as written
        expect(files.map((f) => [...new Set(readCsv(path.join(folder, f)).map((r) => r.facilitator))])).toEqual([['PDP/0001'], ['PDP 0001'], ['PDP_0001']]);
    });

    it('puts every proposed or reserve family on exactly one worklist', () => {
        const decided = readCsv(out).filter((r) => r.status === 'proposed' || r.status === 'reserve').map((r) => r.id).sort();
        expect(decided).toHaveLength(10);
        expect(worklistRows(folder).map((r) => r.id).sort()).toEqual(decided);
    });

    it('gives the same file names at the next run', () => {
        const before = readdirSync(folder).sort();
        expect(kaidah(['run', rules, '--data', data, '--worklists', folder]).status).toBe(0);
        expect(readdirSync(folder).sort()).toEqual(before);
    });
});

describe('worklist file names', () => {
    it('are safe on every disk: no separators, no device names, no trailing dot, bounded', () => {
        const names = worklistFileNames([
            { facilitator: 'CON', district: 'D' },
            { facilitator: 'lpt1.txt', district: 'D' },
            { facilitator: '../../etc/passwd', district: 'D' },
            { facilitator: 'ends with a dot.', district: 'D' },
            { facilitator: 'x'.repeat(500), district: 'D' },
            { facilitator: '', district: 'D' },
            { facilitator: 'Pendamping Ñoño', district: 'D' },
        ]);
        expect(names.map((n) => n.replace(/-[0-9a-f]{8}$/, '-#'))).toEqual([
            'CON-#', 'lpt1_txt-#', 'etc_passwd-#', 'ends_with_a_dot-#', `${'x'.repeat(80)}-#`, 'no-facilitator-#', 'Pendamping_Nono-#',
        ]);
    });

    it('tell apart ids that differ only in case in two districts (Windows and macOS ignore case)', () => {
        expect(worklistFileNames([
            { facilitator: 'PDP-A', district: 'Kabupaten Probolinggo' },
            { facilitator: 'pdp-a', district: 'Kota Probolinggo' },
            { facilitator: 'PDP-B', district: 'Kota Probolinggo' },
        ])).toEqual(['Kabupaten_Probolinggo-PDP-A', 'Kota_Probolinggo-pdp-a', 'PDP-B']);
    });

    const unit = fc.record({
        facilitator: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('PDP 0001', 'PDP_0001', 'PDP/0001', 'pdp_0001', 'CON', 'nul.csv', '.', '..', ' ')),
        district: fc.constantFrom('Kabupaten Probolinggo', 'Kota Probolinggo', 'Kab. Malang'),
    });
    // units as the quota selection makes them: one per district and facilitator (ignoring case and spacing)
    const units = fc.uniqueArray(unit, { selector: (u) => `${u.district}\u0000${u.facilitator.trim().replace(/\s+/g, ' ').toLowerCase()}`, maxLength: 30 });

    it('are unique ignoring case, safe, and the same for a facilitator whatever else is in the data', () => {
        fc.assert(fc.property(units, (list) => {
            const names = worklistFileNames(list);
            expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(list.length);
            for (const name of names) {
                expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
                expect(name.length).toBeLessThanOrEqual(200);
                expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
                expect(name.endsWith('.')).toBe(false);
            }
            // the same units in another order get the same names
            const reversed = worklistFileNames([...list].reverse()).reverse();
            expect(reversed).toEqual(names);
        }), { numRuns: 300 });
    });
});

describe('no worklist or temporary of an earlier run stays', () => {
    it('a rerun with one facilitator leaves one worklist', () => {
        const { dir, rules, data } = scratch();
        const folder = path.join(dir, 'lists');
        expect(kaidah(['run', rules, '--data', data, '--worklists', folder]).status).toBe(0);
        expect(readdirSync(folder).filter((f) => f.endsWith('.csv'))).toHaveLength(3);
        const onlyA = path.join(dir, 'only-a.csv');
        writeFileSync(onlyA, unitsCsv.split('\n').filter((line, i) => i === 0 || line.includes(',PDP-A,')).join('\n'));
        const rerun = kaidah(['run', rules, '--data', onlyA, '--worklists', folder]);
        expect(rerun.status).toBe(0);
        expect(rerun.stdout).toContain('Worklists for 1 facilitator written');
        expect(readdirSync(folder).sort()).toEqual(['.kaidah-worklists', 'PDP-A.csv']);
    });

    it('removes the temporaries killed runs left, and only those of runs that are over', () => {
        const { dir, rules, data } = scratch();
        const folder = path.join(dir, 'lists');
        mkdirSync(folder);
        const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        const stale = [`.d.csv.${dead}.tmp`, `.lists.${dead}.tmp`, `lists/.PDP-A.csv.${dead}.tmp`];
        writeFileSync(path.join(dir, stale[0]!), 'x'.repeat(100_000));
        mkdirSync(path.join(dir, stale[1]!));
        writeFileSync(path.join(dir, stale[1]!, 'PDP-A.csv'), 'half');
        writeFileSync(path.join(dir, stale[2]!), 'half');
        const running = `.d.csv.${process.pid}.tmp`; // this test's own process: a run still going
        const notOurs = '.notes.txt.tmp';
        writeFileSync(path.join(dir, running), 'still being written');
        writeFileSync(path.join(dir, notOurs), 'someone else\'s');
        expect(kaidah(['run', rules, '--data', data, '--out', path.join(dir, 'd.csv'), '--worklists', folder]).status).toBe(0);
        for (const name of stale) expect(existsSync(path.join(dir, name))).toBe(false);
        expect(existsSync(path.join(dir, running))).toBe(true);
        expect(existsSync(path.join(dir, notOurs))).toBe(true);
    });

    it('removes the rejects list of an earlier run when this run rejects nothing', () => {
        const { dir, rules, data } = scratch();
        const bad = path.join(dir, 'bad.csv');
        writeFileSync(bad, `${unitsCsv.trimEnd()}\n3513000000000399,Kabupaten Probolinggo,Dringu,PDP-A,dua,0,0,0,0,0,0,1,1,ya,1\n`);
        const out = path.join(dir, 'd.csv');
        expect(kaidah(['run', rules, '--data', bad, '--out', out]).status).toBe(0);
        expect(existsSync(path.join(dir, 'd.rejects.csv'))).toBe(true);
        expect(kaidah(['run', rules, '--data', data, '--out', out]).status).toBe(0);
        expect(existsSync(path.join(dir, 'd.rejects.csv'))).toBe(false);
    });
});

describe('no output over an input, another output, or a file that is not an earlier output', () => {
    const { dir, rules, data } = scratch();
    const run = (...args: string[]) => kaidah(['run', rules, '--data', data, ...args]);
    const original = (file: string) => readFileSync(path.join(dir, file), 'utf8');

    it('refuses a rule file of the program (the one named, or one it uses), before the run', () => {
        // before: --report rules.kaidah overwrote the rule file with HTML
        for (const file of ['units.kaidah', 'pkh-2024.kaidah']) {
            const before = original(file);
            const result = run('--report', path.join(dir, file), '--force');
            expect(result.status).toBe(2);
            expect(result.stderr).toContain(`--report ${path.join(dir, file)}: that is a rule file of this program; write the results to another file.`);
            expect(result.stdout).toBe(''); // refused before the run: no summary
            expect(original(file)).toBe(before);
        }
    });

    it('refuses the data file, also named another way', () => {
        const result = run('--rejects', path.join(dir, 'data', '..', 'units.csv'));
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('that is the data file');
        expect(original('units.csv')).toBe(unitsCsv);
    });

    it('refuses one file for two outputs, letters in another case included', () => {
        const result = run('--out', path.join(dir, 'd.csv'), '--rejects', path.join(dir, 'D.CSV'));
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`--out and --rejects both name ${path.join(dir, 'D.CSV')}; give each output a file of its own.`);
    });

    it('refuses a worklists folder that holds the data or another output: it is replaced as a whole', () => {
        const result = run('--worklists', dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`--worklists ${dir}: the folder holds`);
        expect(existsSync(rules)).toBe(true);
    });

    it('refuses an existing file that is not an earlier output of its kind, unless --force', () => {
        const notes = path.join(dir, 'notes.txt');
        writeFileSync(notes, 'my notes');
        const refused = run('--report', notes);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain(`--report ${notes}: the file exists and is not a report written by Kaidah (Kaidah's carry <meta name="generator" content="Kaidah">). Choose another name, or add --force to replace it.`);
        expect(original('notes.txt')).toBe('my notes');
        const id = kaidah(['--lang', 'id', 'run', rules, '--data', data, '--report', notes]);
        expect(id.stderr).toContain('file itu sudah ada dan bukan laporan yang ditulis Kaidah');
        expect(run('--report', notes, '--force').status).toBe(0);
        expect(original('notes.txt')).toContain('<meta name="generator" content="Kaidah">');
    });

    it('refuses --worklists naming an existing file before the run, not after it', () => {
        const file = path.join(dir, 'visits');
        writeFileSync(file, 'a file, not a folder');
        const result = run('--worklists', file);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain(`--worklists ${file}: that is an existing file, and worklists go into a folder`);
        expect(run('--worklists', file, '--force').status).toBe(0);
        expect(readdirSync(file)).toContain('PDP-A.csv');
    });

    it('replaces its own earlier outputs of every kind without asking', () => {
        const at = (name: string) => path.join(dir, name);
        for (const args of [
            ['--out', at('o.csv'), '--report', at('o.html'), '--worklists', at('o-lists')],
            ['--out', at('o.json'), '--worklists', at('o-one.csv')],
            ['--out', at('o.ndjson')],
            ['--out', at('o.xlsx')],
        ]) {
            expect(run(...args).status).toBe(0);
            const again = run(...args);
            expect(again.stderr).toBe('');
            expect(again.status).toBe(0);
        }
    }, 120_000);

    it('takes a worklists folder of an earlier version (worklists only, no marker) as its own', () => {
        const old = path.join(dir, 'old-lists');
        mkdirSync(old);
        writeFileSync(path.join(old, 'PDP-Z.csv'), 'facilitator,district,subdistrict,visit,id,category,category_label,status,rank,candidates,reason\n');
        expect(run('--worklists', old).status).toBe(0);
        expect(readdirSync(old).sort()).toEqual(['.kaidah-worklists', 'PDP-A.csv', 'PDP-B.csv', 'PDP-C.csv']);
        const mine = path.join(dir, 'my-folder');
        mkdirSync(mine);
        writeFileSync(path.join(mine, 'letter.docx'), 'x');
        expect(run('--worklists', mine).status).toBe(2);
        expect(readdirSync(mine)).toEqual(['letter.docx']);
    });
});
