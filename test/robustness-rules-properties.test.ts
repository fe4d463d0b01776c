import * as fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../packages/language/src/compile/compile-plan.js';
import { createKaidahServices } from '../packages/language/src/kaidah-module.js';

/**
 * Properties of rule files that are unlucky rather than half-typed (issue 14): definitions in any
 * order, huge literals and lines, any line endings. Whatever the file, checking gives coded
 * diagnostics only (never "An error occurred during validation"), and the order definitions are
 * written in changes nothing.
 */

const schema = 'household {\n  id       text   key\n  elderly  count\n}\n';

async function build(text: string) {
    const { Kaidah } = createKaidahServices(EmptyFileSystem);
    const documents = Kaidah.shared.workspace.LangiumDocuments;
    const document = documents.createDocument(URI.file('/rules/main.kaidah'), text);
    await Kaidah.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const diagnostics = document.diagnostics ?? [];
    for (const d of diagnostics) expect(String(d.code), d.message).toMatch(/^KDH\d{3}$/);
    return { diagnostics, compile: () => compilePlan(document, documents) };
}

/** Definitions that each use some earlier ones: `value d3 = d0 + d2 + 1`; constants only use constants. */
const definitions = fc.array(fc.record({ constant: fc.boolean(), uses: fc.array(fc.nat(), { maxLength: 3 }) }), { minLength: 1, maxLength: 60 })
    .map((specs) => specs.map((spec, i) => {
        const earlier = specs.slice(0, i).map((s, j) => ({ ...s, j })).filter((s) => !spec.constant || s.constant);
        const used = [...new Set(earlier.length === 0 ? [] : spec.uses.map((u) => earlier[u % earlier.length].j))];
        const formula = [...used.map((j) => `d${j}`), '1'].join(' + ');
        return `${spec.constant ? 'constant' : 'value'} d${i} = ${formula}`;
    }));

describe('definitions in any order', () => {
    it('check and compile alike in the order written and in any other', async () => {
        await fc.assert(
            fc.asyncProperty(definitions, fc.array(fc.nat()), async (lines, swaps) => {
                const shuffled = [...lines];
                swaps.forEach((s, i) => {
                    const a = i % shuffled.length;
                    const b = s % shuffled.length;
                    [shuffled[a], shuffled[b]] = [shuffled[b], shuffled[a]];
                });
                const rules = (defs: string[]) => `${schema}\n${defs.join('\n')}\n\ngraduation g when elderly = 0\n`;
                const inOrder = await build(rules(lines));
                const anyOrder = await build(rules(shuffled));
                const said = (d: typeof inOrder.diagnostics) => d.map((x) => `${x.code} ${x.message}`).sort();
                expect(said(anyOrder.diagnostics)).toEqual(said(inOrder.diagnostics));
                const plan = anyOrder.compile().plan;
                // Every definition comes after the ones it uses, so the engine can work them out in turn.
                for (const list of [plan.constants, plan.values]) {
                    const seen = new Set<string>();
                    for (const def of list) {
                        const uses = JSON.stringify(def.expr).match(/"name":"(d\d+)"/g) ?? [];
                        for (const use of uses) {
                            const name = use.slice(8, -1);
                            if (list.some((d) => d.name === name)) expect(seen.has(name), `${def.name} before ${name}`).toBe(true);
                        }
                        seen.add(def.name);
                    }
                }
            }),
            { numRuns: 60, seed: 1_414 },
        );
    }, 120_000);
});

describe('huge literals and odd line endings', () => {
    const huge = fc.oneof(
        fc.integer({ min: 1, max: 400 }).map((n) => `constant big = ${'9'.repeat(n)}`),
        fc.integer({ min: 1, max: 400 }).map((n) => `constant big = Rp 1${'0'.repeat(n)}`),
        fc.integer({ min: 1, max: 400 }).map((n) => `constant big = ${'9'.repeat(n)}%`),
        fc.integer({ min: 5_000, max: 60_000 }).map((n) => `constant big = "${'x'.repeat(n)}"`),
        fc.integer({ min: 5_000, max: 60_000 }).map((n) => `// ${'x'.repeat(n)}`),
    );
    const ending = fc.constantFrom('\n', '\r\n', '\r');

    it('gives coded diagnostics only, and refuses a number it cannot keep exactly (KDH043)', async () => {
        await fc.assert(
            fc.asyncProperty(huge, ending, async (line, eol) => {
                const text = `${schema}\n${line}\n\ngraduation g when elderly = 0\n`.replace(/\n/g, eol);
                const { diagnostics, compile } = await build(text);
                const digits = /^constant big = (?:Rp 1)?([0-9]+)(%?)$/.exec(line);
                if (digits) {
                    const value = line.includes('Rp 1') ? 10 ** digits[1].length : Number(digits[1]) / (digits[2] ? 100 : 1);
                    const exact = Math.abs(digits[2] ? value * 100 : value) <= Number.MAX_SAFE_INTEGER;
                    expect(diagnostics.some((d) => d.code === 'KDH043')).toBe(!exact);
                }
                if (!diagnostics.some((d) => d.severity === 1)) expect(compile().problems).toEqual([]);
            }),
            { numRuns: 80, seed: 2_014 },
        );
    }, 120_000);
});
