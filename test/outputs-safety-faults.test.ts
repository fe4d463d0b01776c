/**
 * A run's outputs are one set: killed at any point of any output phase, starved of disk, or
 * refused a folder, a run leaves the previous set or its own, never a mix (after the next run's
 * recovery where a commit was cut short), and says what happened in the officer's terms (issue 14).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, kaidah, repoRoot, scratchCopyOfExamples } from './support/run-cli.js';

const unitsRules = 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 3\n  target self_reliant = 2 per facilitator\n  target natural = round down(10% of households) per subdistrict\n}\n';
const unitsCsv = readFileSync(path.join(fixturesDir, 'data/units.csv'), 'utf8');
const [header, ...rows] = unitsCsv.trimEnd().split('\n');
/** The old set comes from every facilitator and one rejected row; the new from facilitator A alone, nothing rejected. */
const oldData = `${unitsCsv.trimEnd()}\n3513000000000399,Kabupaten Probolinggo,Dringu,PDP-A,dua,0,0,0,0,0,0,1,1,ya,1\n`;
const newData = [header, ...rows.filter((row) => row.includes(',PDP-A,'))].join('\n') + '\n';
/** Stops on its second line, after the run's start (and so after its recovery), writing nothing. */
const brokenData = `${header}\n"3513000000000301,Kabupaten Probolinggo\n`;

type Snapshot = Record<string, string>;

interface Scene {
    dir: string;
    run(data: string, env?: Record<string, string>): ReturnType<typeof kaidah>;
    snapshot(): Snapshot;
    leftovers(): string[];
    restore(snapshot: Snapshot): void;
}

function scene(): Scene {
    const dir = scratchCopyOfExamples();
    writeFileSync(path.join(dir, 'units.kaidah'), unitsRules);
    for (const [name, text] of [['old.csv', oldData], ['new.csv', newData], ['broken.csv', brokenData]] as const) writeFileSync(path.join(dir, name), text);
    mkdirSync(path.join(dir, 'reports')); // a second folder: the journal is written in both
    const outputs = ['--out', 'd.csv', '--report', 'reports/r.html', '--worklists', 'lists'];
    const outputFiles = (): string[] => [
        ...['d.csv', 'd.rejects.csv', 'reports/r.html'].filter((f) => existsSync(path.join(dir, f))),
        ...(existsSync(path.join(dir, 'lists')) ? readdirSync(path.join(dir, 'lists')).map((f) => `lists/${f}`) : []),
    ];
    return {
        dir,
        run: (data, env = {}) => kaidah(['run', 'units.kaidah', '--data', data, ...outputs], { cwd: dir, env }),
        snapshot: () => Object.fromEntries(outputFiles().sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])),
        leftovers: () => ['.', 'reports', 'lists'].flatMap((folder) =>
            existsSync(path.join(dir, folder)) ? readdirSync(path.join(dir, folder)).filter((f) => /\.(tmp|journal)$/.test(f)).map((f) => `${folder}/${f}`) : []),
        restore: (snapshot) => {
            for (const f of ['d.csv', 'd.rejects.csv', 'reports/r.html', 'lists']) rmSync(path.join(dir, f), { recursive: true, force: true });
            mkdirSync(path.join(dir, 'lists'));
            for (const [f, text] of Object.entries(snapshot)) writeFileSync(path.join(dir, f), text);
        },
    };
}

/** A small seeded generator, so that a failing point can be run again. */
function random(seed: number): (below: number) => number {
    let state = seed >>> 0;
    return (below) => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (((t ^ (t >>> 14)) >>> 0) % below) + 1;
    };
}

describe('a run killed at any point of its outputs', () => {
    const s = scene();
    expect(s.run('new.csv').status).toBe(0);
    const fresh = s.snapshot();
    expect(s.run('old.csv').status).toBe(0);
    const old = s.snapshot();

    it('has two different sets to tell apart', () => {
        expect(Object.keys(old)).toEqual(['d.csv', 'd.rejects.csv', 'lists/.kaidah-worklists', 'lists/PDP-A.csv', 'lists/PDP-B.csv', 'lists/PDP-C.csv', 'reports/r.html']);
        expect(Object.keys(fresh)).toEqual(['d.csv', 'lists/.kaidah-worklists', 'lists/PDP-A.csv', 'reports/r.html']);
        expect(s.leftovers()).toEqual([]);
    });

    // events in the new run: lines written 17, outputs staged 3, journal copies 2, moves 4, clean-ups 3
    const phases = { write: 17, stage: 3, journal: 2, rename: 4, clean: 3 } as const;
    const points: [keyof typeof phases, number][] = [];
    for (const seed of [14, 2024, 3513]) {
        const pick = random(seed);
        for (const [phase, events] of Object.entries(phases) as [keyof typeof phases, number][]) points.push([phase, pick(events)]);
    }

    it.each(points)('killed at %s event %i, leaves the old set or the new one, whole', (phase, at) => {
        s.restore(old);
        const killed = s.run('new.csv', { KAIDAH_TEST_FAULT: `kill-after:${phase}:${at}` });
        const afterKill = s.snapshot();
        expect(killed.status).toBeNull(); // killed: no exit status
        if (phase === 'write' || phase === 'stage') {
            // nothing had moved yet: the officer sees last week's set, unchanged, even before any recovery
            expect(afterKill).toEqual(old);
        }
        // the next run that writes there (this one stops on its data) finishes or forgets the commit
        expect(s.run('broken.csv').status).toBe(1);
        const after = s.snapshot();
        expect([old, fresh]).toContainEqual(after);
        if (phase === 'rename' || phase === 'clean') expect(after).toEqual(fresh);
        expect(s.leftovers()).toEqual([]);
    }, 60_000);

    it('a run not killed replaces the whole set', () => {
        s.restore(old);
        expect(s.run('new.csv', { KAIDAH_TEST_FAULT: 'kill-after:rename:99' }).status).toBe(0);
        expect(s.snapshot()).toEqual(fresh);
        expect(s.leftovers()).toEqual([]);
    });
});

describe('a full disk', () => {
    it('leaves the previous set whole and says so, naming the officer\'s file (fault injected)', () => {
        const s = scene();
        expect(s.run('old.csv').status).toBe(0);
        const old = s.snapshot();
        for (const [fault, file] of [['enospc:write:5', 'd.csv'], ['enospc:stage:2', 'lists/PDP-A.csv'], ['enospc:journal:2', 'reports/r.html']] as const) {
            const result = s.run('new.csv', { KAIDAH_TEST_FAULT: fault });
            expect(result.status).toBe(1);
            expect(result.stderr).toContain(`Cannot write ${file}: the disk is full. Nothing was changed: the outputs of the previous run are as they were.`);
            expect(result.stderr).not.toContain('internal error');
            expect(result.stderr).not.toContain('.tmp');
            expect(s.snapshot()).toEqual(old);
            expect(s.leftovers()).toEqual([]);
        }
        const id = kaidah(['--lang', 'id', 'run', 'units.kaidah', '--data', 'new.csv', '--out', 'd.csv'], { cwd: s.dir, env: { KAIDAH_TEST_FAULT: 'enospc:write:5' } });
        expect(id.stderr).toContain('Tidak dapat menulis d.csv: disk penuh. Tidak ada yang berubah');
    }, 60_000);

    const mountPoint = mkdtempSync(path.join(tmpdir(), 'kaidah-full-'));
    // a real small disk needs root (mount); elsewhere the injected fault above stands for it
    const mounted = process.platform === 'linux' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=128k', 'tmpfs', mountPoint]).status === 0;
    afterAll(() => {
        if (mounted) spawnSync('umount', [mountPoint]);
    });

    it.skipIf(!mounted)('on a real 128 KB disk: the previous set stays, the message names the file', () => {
        const s = scene();
        const big = [header, ...Array.from({ length: 700 }, (_, i) => rows[i % rows.length]!.replace(/^35130000000003\d\d/, `35130000${String(100000 + i).padStart(8, '0')}`))].join('\n');
        writeFileSync(path.join(s.dir, 'big.csv'), big);
        writeFileSync(path.join(mountPoint, 'units.kaidah'), unitsRules);
        writeFileSync(path.join(mountPoint, 'pkh-2024.kaidah'), readFileSync(path.join(s.dir, 'pkh-2024.kaidah')));
        const run = (data: string) => kaidah(['run', 'units.kaidah', '--data', path.join(s.dir, data), '--out', 'd.csv', '--worklists', 'lists'], { cwd: mountPoint });
        expect(run('old.csv').status).toBe(0);
        const before = readFileSync(path.join(mountPoint, 'd.csv'), 'utf8');
        const lists = readdirSync(path.join(mountPoint, 'lists')).sort();
        const full = run('big.csv');
        expect(full.status).toBe(1);
        expect(full.stderr).toMatch(/^Cannot write (d\.csv|lists\/\S+): the disk is full\. Nothing was changed/m);
        expect(readFileSync(path.join(mountPoint, 'd.csv'), 'utf8')).toBe(before);
        expect(readdirSync(path.join(mountPoint, 'lists')).sort()).toEqual(lists);
        expect(readdirSync(mountPoint).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
});

describe('a folder that does not allow writing', () => {
    // root writes through chmod: run kaidah as the unprivileged user instead, so the folder really refuses
    const asRoot = process.getuid?.() === 0;

    it('is refused before the run, in the officer\'s terms, naming their path', () => {
        const s = scene();
        const locked = path.join(s.dir, 'locked');
        mkdirSync(locked);
        chmodSync(s.dir, 0o755);
        chmodSync(locked, 0o555);
        const result = spawnSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/kaidah.js'), 'run', 'units.kaidah', '--data', 'new.csv', '--out', 'locked/d.csv'], {
            cwd: s.dir,
            encoding: 'utf8',
            env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1' },
            ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        expect(result.stderr).toContain('--out locked/d.csv: cannot write in the folder locked: permission denied (the folder does not allow writing). Nothing was run.');
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(readdirSync(locked)).toEqual([]);
        expect(statSync(locked).mode & 0o777).toBe(0o555);
    });
});
