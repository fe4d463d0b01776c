/**
 * The engine's source reads like its pipeline: each folder imports only itself and the folders
 * before it in LAYERS, and no file imports another that imports it back, even by types only.
 * These tests read the source files themselves, so a new import that breaks either rule fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Bottom first: shared types and codes, sentences, notation, then the pipeline in order. */
const LAYERS = ['plan', 'messages', 'notation', 'coercion', 'evaluation', 'quotas', 'text', 'testing'];

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** Source files (tests aside), relative to src/, with forward slashes. */
function sourceFiles(dir = SRC): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(full);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
    });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** File → the engine files it imports (relative specifiers, `import type` included). */
function importGraph(files: string[], read: (file: string) => string): Map<string, string[]> {
    const known = new Set(files);
    return new Map(files.map((file) => {
        const targets: string[] = [];
        for (const match of read(file).matchAll(IMPORT)) {
            const specifier = match[1] ?? match[2]!;
            if (!specifier.startsWith('.')) continue;
            const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
            if (!known.has(target)) throw new Error(`${file} imports ${specifier}, which is not a source file of the engine`);
            targets.push(target);
        }
        return [file, targets];
    }));
}

/** Every import cycle, each as the path of files that closes it (`a → b → a`). */
function importCycles(graph: Map<string, string[]>): string[] {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
        state.set(file, 'open');
        stack.push(file);
        for (const target of graph.get(file) ?? []) {
            const seen = state.get(target);
            if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
            else if (seen === undefined) visit(target);
        }
        stack.pop();
        state.set(file, 'done');
    };
    for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
    return cycles;
}

/** Imports that go up a layer (or out of a folder not in LAYERS), as `from → to`. */
function layerViolations(graph: Map<string, string[]>): string[] {
    const layerOf = (file: string) => (file.includes('/') ? LAYERS.indexOf(file.slice(0, file.indexOf('/'))) : LAYERS.length);
    const violations: string[] = [];
    for (const [file, targets] of graph) {
        const layer = layerOf(file);
        if (layer < 0) violations.push(`${file} is in a folder that LAYERS does not place`);
        for (const target of targets) {
            if (layerOf(target) > layer) violations.push(`${file} → ${target}`);
        }
    }
    return violations;
}

describe('the engine in layers', () => {
    const files = sourceFiles();
    const graph = importGraph(files, (file) => readFileSync(path.join(SRC, file), 'utf8'));

    it('finds the source files and their imports', () => {
        expect(files).toContain('index.ts');
        expect(files).toContain('quotas/selection.ts');
        expect(graph.get('quotas/selection.ts')).toContain('quotas/ranking.ts');
    });

    it('has no import cycle', () => {
        expect(importCycles(graph)).toEqual([]);
    });

    it('imports only from its own folder or the folders below it', () => {
        expect(layerViolations(graph)).toEqual([]);
    });
});

describe('the guards themselves', () => {
    const sources: Record<string, string> = {
        'quotas/allocate.ts': "import { QuotaSelection } from './selection.js';",
        'quotas/selection.ts': "import type { Allocation } from './allocate.js';\nimport { messagesFor } from '../messages/messages.js';",
        'messages/messages.ts': "export { allocateQuotas } from '../quotas/allocate.js';",
        'plan/plan.ts': 'export type Value = number;',
    };
    const graph = importGraph(Object.keys(sources), (file) => sources[file]!);

    it('find a cycle, type imports and re-exports included', () => {
        expect(importCycles(graph)).toEqual([
            'quotas/allocate.ts → quotas/selection.ts → quotas/allocate.ts',
            'messages/messages.ts → quotas/allocate.ts → quotas/selection.ts → messages/messages.ts',
        ]);
    });

    it('find an import that goes up a layer', () => {
        expect(layerViolations(graph)).toEqual(['messages/messages.ts → quotas/allocate.ts']);
    });
});
