/**
 * Rule files as they were at a Git revision, copied into a temporary folder.
 *
 * Git is only asked for data, with plumbing commands that run no hooks, filters or text
 * conversions (`rev-parse`, `ls-tree`, `cat-file blob`), without a shell, and with every revision
 * checked first and passed after `--end-of-options`. The files are written as plain text and only
 * ever parsed as rules: nothing from a revision is executed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export class GitProblem extends Error {
    constructor(
        readonly kind: 'unknown-revision' | 'no-rules-at' | 'outside',
        readonly detail: string,
        readonly revision?: string,
    ) {
        super(detail);
    }
}

function git(cwd: string, args: string[]): Buffer {
    return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', ...args], {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
}

/** The top folder of the Git repository holding `cwd`, or undefined outside one. */
export function repositoryRoot(cwd: string): string | undefined {
    try {
        return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    } catch {
        return undefined;
    }
}

/** The commit a revision names (`main`, `HEAD~1`, a tag, a hash), or undefined when it names none. */
export function resolveCommit(root: string, revision: string): string | undefined {
    if (revision.startsWith('-') || revision.trim() === '') return undefined;
    try {
        return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).toString('utf8').trim();
    } catch {
        return undefined;
    }
}

interface TreeEntry {
    mode: string;
    type: string;
    object: string;
    /** Relative to the repository root, with `/`. */
    path: string;
}

function listTree(root: string, commit: string, folder: string): TreeEntry[] {
    const output = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder === '' ? '.' : folder]).toString('utf8');
    return output.split('\0').filter((line) => line !== '').map((line) => {
        const tab = line.indexOf('\t');
        const [mode, type, object] = line.slice(0, tab).split(' ');
        return { mode: mode!, type: type!, object: object!, path: line.slice(tab + 1) };
    });
}

function isRegularRuleFile(entry: TreeEntry): boolean {
    return entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755') && entry.path.endsWith('.kaidah');
}

/** A path inside the repository, with `/`, for Git; an error when the file is outside it. */
export function repositoryPath(root: string, file: string): string {
    const relative = path.relative(root, path.resolve(file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new GitProblem('outside', file);
    return relative.split(path.sep).join('/');
}

export interface RulesAtRevision {
    /** The entry rule file inside the temporary folder. */
    entry: string;
    /** The temporary folder. */
    folder: string;
    /** What names a file of the folder in messages, before its path inside it: `main:examples/pkh/`. */
    prefix: string;
    dispose(): void;
}

/**
 * Copies every rule file of the project holding the entry — all a `use` may reach — as they are at
 * `revision`, into a temporary folder with the same layout, marked as a project (an empty
 * `kaidah.json`) so that `use "../pkh-2024.kaidah"` from `districts/` reaches as far as it does in
 * the working copy. `projectFolder` is the project's folder in the repository (`''` at its top).
 */
export function rulesAtRevision(root: string, revision: string, entryInRepository: string, projectFolder: string): RulesAtRevision {
    const commit = resolveCommit(root, revision);
    if (commit === undefined) throw new GitProblem('unknown-revision', revision);
    const folder = projectFolder;
    const entries = listTree(root, commit, folder).filter(isRegularRuleFile);
    if (!entries.some((e) => e.path === entryInRepository)) throw new GitProblem('no-rules-at', entryInRepository, revision);

    const temporary = mkdtempSync(path.join(tmpdir(), 'kaidah-diff-'));
    try {
        for (const entry of entries) {
            const relative = folder === '' ? entry.path : entry.path.slice(folder.length + 1);
            const target = path.resolve(temporary, ...relative.split('/'));
            if (!target.startsWith(temporary + path.sep)) continue; // never write outside the folder
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, git(root, ['cat-file', 'blob', entry.object]));
        }
        writeFileSync(path.join(temporary, 'kaidah.json'), '{}\n');
    } catch (error) {
        rmSync(temporary, { recursive: true, force: true });
        throw error;
    }
    const entryRelative = folder === '' ? entryInRepository : entryInRepository.slice(folder.length + 1);
    return {
        entry: path.join(temporary, ...entryRelative.split('/')),
        folder: temporary,
        prefix: `${revision}:${folder === '' ? '' : `${folder}/`}`,
        dispose: () => rmSync(temporary, { recursive: true, force: true }),
    };
}

/**
 * The rule files under `folder` at `revision` that no other rule file there `use`s — the files that
 * bring the others together (`field-reports.kaidah`). Used to pick the entry when `--rules` is not
 * given; `use` lines are read as text, nothing else of the files is looked at.
 */
export function topRuleFiles(root: string, revision: string, folder: string): string[] {
    const commit = resolveCommit(root, revision);
    if (commit === undefined) throw new GitProblem('unknown-revision', revision);
    const files = listTree(root, commit, folder).filter(isRegularRuleFile);
    const used = new Set<string>();
    for (const file of files) {
        const text = git(root, ['cat-file', 'blob', file.object]).toString('utf8');
        for (const match of text.matchAll(/^\s*use\s+"([^"\\]*)"/gm)) {
            used.add(path.posix.normalize(path.posix.join(path.posix.dirname(file.path), match[1]!)));
        }
    }
    return files.map((f) => f.path).filter((p) => !used.has(p)).sort();
}
