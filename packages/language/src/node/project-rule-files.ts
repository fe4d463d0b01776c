import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isExcluded, type KaidahProject } from './project.js';

/** Folders never searched for rule files: dependencies, build output (hidden folders neither). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out']);

/**
 * The `.kaidah` files under `folder`, as every tool finds them (check, test, fmt, the language
 * server): hidden folders, dependencies, build output and the project's exclusions left out — unless
 * the folder searched is itself excluded, which means the officer named it on purpose. Sorted by code
 * point, the same on every machine.
 */
export function ruleFilesUnder(folder: string, project: KaidahProject | undefined): string[] {
    const honourExclusions = project !== undefined && !isExcluded(project, path.resolve(folder));
    const found: string[] = [];
    const walk = (at: string) => {
        for (const entry of readdirSync(at, { withFileTypes: true })) {
            if (entry.name.startsWith('.')) continue;
            const full = path.join(at, entry.name);
            if (honourExclusions && isExcluded(project, full)) continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
            } else if (entry.isFile() && entry.name.endsWith('.kaidah')) {
                found.push(full);
            }
        }
    };
    walk(path.resolve(folder));
    return found.sort(byCodePoint);
}

/** The project's rule files: every `.kaidah` file of its rule folders, exclusions left out. */
export function projectRuleFiles(project: KaidahProject): string[] {
    const found = new Set<string>();
    for (const place of project.rules) {
        if (!existsSync(place)) continue;
        if (statSync(place).isDirectory()) for (const file of ruleFilesUnder(place, project)) found.add(file);
        else if (place.endsWith('.kaidah') && !isExcluded(project, place)) found.add(place);
    }
    return [...found].sort(byCodePoint);
}

function byCodePoint(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
