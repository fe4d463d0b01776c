import { URI, UriUtils } from 'langium';
import type { FileProbe } from './kaidah-settings.js';

/** The small project file that may mark a project's root and name its rule folders (see docs/projects.md). */
export const PROJECT_FILE = 'kaidah.json';

/**
 * The project a rule file belongs to: the nearest folder at or above `folder` that holds a
 * `kaidah.json` or a `.git` (a folder, or a file in a Git worktree). Every tool takes `use` and the
 * default set of rule files from it, so a district file in `districts/` may use the national file
 * one level up, and nothing may reach past the project. Undefined when no folder above has either.
 */
export function findProjectRoot(folder: URI, files: FileProbe): URI | undefined {
    for (let at = folder; ; at = UriUtils.dirname(at)) {
        if (files.kind(UriUtils.joinPath(at, PROJECT_FILE)) === 'file') return at;
        if (files.kind(UriUtils.joinPath(at, '.git')) !== 'missing') return at;
        const parent = UriUtils.dirname(at);
        if (parent.toString() === at.toString()) return undefined;
    }
}

/**
 * The project root for rule files read from `folder` when a tool was started in `current` (the
 * working folder of a command, the folder an editor opened): the marked project, else the current
 * folder when the file lies in it (an officer's copy without Git), else the file's own folder.
 */
export function projectRootFor(folder: URI, current: URI | undefined, files: FileProbe): URI {
    const marked = findProjectRoot(folder, files);
    if (marked) return marked;
    if (current && isInsideFolder(current, folder)) return current;
    return folder;
}

/** Whether `uri` is `folder` or lies inside it, compared as written (links are the caller's concern). */
export function isInsideFolder(folder: URI, uri: URI): boolean {
    if (folder.scheme !== uri.scheme) return false;
    const relative = UriUtils.relative(folder, uri);
    return !relative.startsWith('..') && !relative.startsWith('/');
}

/**
 * The project of a folder an editor opened, as the language server loads it: the root `use` may
 * not leave, and which files and folders of it belong to the default set of rule files.
 */
export interface OpenedProject {
    root: URI;
    marked: boolean;
    /** Whether a file (or a folder, to look inside) is among the project's rule files. */
    includes(uri: URI, isFolder: boolean): boolean;
}
