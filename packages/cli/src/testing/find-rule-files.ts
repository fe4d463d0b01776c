import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

export type FoundRuleFiles = { ok: true; files: string[] } | { ok: false; problem: 'not-found' | 'not-rule-file'; path: string };

/** Folders never searched for rule files: dependencies, build output, version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

/**
 * The rule files named on the command line: a file as it is, a folder searched recursively for
 * `.kaidah` files (hidden folders and dependencies left out). Sorted, without duplicates, so that a
 * run lists tests in the same order everywhere.
 */
export function findRuleFiles(paths: string[]): FoundRuleFiles {
    const found = new Set<string>();
    for (const given of paths) {
        if (!existsSync(given)) return { ok: false, problem: 'not-found', path: given };
        const resolved = path.resolve(given);
        if (statSync(resolved).isDirectory()) {
            for (const file of ruleFilesUnder(resolved)) found.add(file);
        } else if (resolved.endsWith('.kaidah')) {
            found.add(resolved);
        } else {
            return { ok: false, problem: 'not-rule-file', path: given };
        }
    }
    return { ok: true, files: [...found].sort() };
}

function ruleFilesUnder(folder: string): string[] {
    const files: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...ruleFilesUnder(full));
        } else if (entry.isFile() && entry.name.endsWith('.kaidah')) {
            files.push(full);
        }
    }
    return files;
}

/** A path as the officer reads it: relative to the current folder when inside it. */
export function shownPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
