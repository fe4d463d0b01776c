import * as path from 'node:path';
import { URI } from 'langium';
import { findProjectRoot, type OpenedProject } from '../workspace/project-root.js';
import { nodeFileProbe } from './file-probe.js';
import { isExcluded, isInside, openProject } from './project.js';
import { SKIPPED_FOLDERS } from './project-rule-files.js';

/**
 * The project of a folder the editor opened, read from disk as the CLI reads it (`openProject`),
 * so that the language server sees the same rule files and lets `use` reach as far. A `kaidah.json`
 * that cannot be read still marks the root; `kaidah check` says what is wrong with it.
 */
export function nodeOpenedProject(folder: URI): OpenedProject {
    const project = openProject(folder.fsPath, folder.fsPath);
    if ('problem' in project) {
        const root = findProjectRoot(folder, nodeFileProbe) ?? folder;
        return { root, marked: true, includes: (uri, isFolder) => !isFolder || !SKIPPED_FOLDERS.has(path.basename(uri.fsPath)) };
    }
    return {
        root: URI.file(project.root),
        marked: project.marked,
        includes: (uri, isFolder) => {
            const file = uri.fsPath;
            if (isExcluded(project, file)) return false;
            if (isFolder && SKIPPED_FOLDERS.has(path.basename(file))) return false;
            return project.rules.some((rules) => isInside(rules, file) || (isFolder && isInside(file, rules)));
        },
    };
}
