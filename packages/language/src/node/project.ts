import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { findProjectRoot, PROJECT_FILE } from '../workspace/project-root.js';
import { nodeFileProbe } from './file-probe.js';

/**
 * A project on disk: its root, and what its `kaidah.json` says (docs/projects.md). Every path is
 * absolute. Without a project file the whole root holds the rules and nothing is named.
 */
export interface KaidahProject {
    root: string;
    /** Found by its `kaidah.json` or `.git`; false when no folder above marks a project. */
    marked: boolean;
    /** The `kaidah.json`, when the project has one. */
    projectFile?: string;
    /** Folders (or files) holding the project's rule files: the default set of check, test and fmt. */
    rules: string[];
    /** Files and folders left out of the default set (deliberately broken fixtures, drafts). */
    exclude: string[];
    /** The file that brings the program together: the default of `run`, `explain` and `diff`. */
    entry?: string;
    /** The household data `run`, `explain` and `diff` read when `--data` is not given. */
    data?: string;
}

/** Why a `kaidah.json` cannot be used; the CLI says it in the officer's language. */
export interface ProjectFileProblem {
    problem: 'not-json' | 'not-object' | 'unknown-field' | 'bad-field' | 'outside';
    file: string;
    field?: string;
    detail?: string;
}

const FIELDS = ['rules', 'exclude', 'entry', 'data'] as const;

/**
 * The project holding `folder`: the nearest folder with a `kaidah.json` or `.git` at or above it,
 * else `fallback` (the current folder of a command). A `kaidah.json` that cannot be read is a problem.
 */
export function openProject(folder: string, fallback: string): KaidahProject | ProjectFileProblem {
    const found = findProjectRoot(URI.file(path.resolve(folder)), nodeFileProbe);
    const root = found ? found.fsPath : path.resolve(fallback);
    const projectFile = path.join(root, PROJECT_FILE);
    const base: KaidahProject = { root, marked: found !== undefined, rules: [root], exclude: [] };
    if (!found || !existsSync(projectFile)) return base;
    return readProjectFile(base, projectFile);
}

function readProjectFile(project: KaidahProject, file: string): KaidahProject | ProjectFileProblem {
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
        return { problem: 'not-json', file, detail: error instanceof Error ? error.message : String(error) };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return { problem: 'not-object', file };
    const fields = json as Record<string, unknown>;
    // a misspelt field silently ignored would leave broken fixtures in the default set
    const unknown = Object.keys(fields).find((key) => key !== '$schema' && !(FIELDS as readonly string[]).includes(key));
    if (unknown !== undefined) return { problem: 'unknown-field', file, field: unknown, detail: FIELDS.join(', ') };
    const result: KaidahProject = { ...project, projectFile: file };
    for (const field of FIELDS) {
        const value = fields[field];
        if (value === undefined) continue;
        const many = field === 'rules' || field === 'exclude';
        const list = many && Array.isArray(value) ? value : [value];
        if ((many && !Array.isArray(value)) || list.some((item) => typeof item !== 'string' || item === '')) {
            return { problem: 'bad-field', file, field, detail: many ? 'list' : 'path' };
        }
        const paths = (list as string[]).map((item) => path.resolve(project.root, item));
        const outside = paths.find((p) => !isInside(project.root, p));
        if (outside !== undefined) return { problem: 'outside', file, field, detail: list[paths.indexOf(outside)] as string };
        if (field === 'rules') result.rules = paths;
        else if (field === 'exclude') result.exclude = paths;
        else result[field] = paths[0]!;
    }
    return result;
}

/** Whether a path is one the project file leaves out of the default set. */
export function isExcluded(project: KaidahProject, file: string): boolean {
    return project.exclude.some((excluded) => isInside(excluded, file));
}

export function isInside(folder: string, file: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
