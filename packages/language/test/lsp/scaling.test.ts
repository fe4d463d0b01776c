import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../../src/kaidah-module.js';
import { examplesDir } from './lsp-workspace.js';

/** About `lines` lines of districts that use the national rules, 4 lines each. */
function districtFile(lines: number): string {
    const body = ['use "pkh-2024.kaidah"', ''];
    for (let i = 1; i <= lines / 4; i++) body.push(`district "Kabupaten ${i}" {`, `  facilitators         ${20 + (i % 380)}`, `  reported_households  ${3000 + i}`, '}');
    return body.join('\n') + '\n';
}

/** CPU milliseconds `action` takes: steadier than the clock on a busy machine (the work is single-threaded). */
async function cpuMs(action: () => unknown): Promise<number> {
    const start = process.cpuUsage();
    await action();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
}

/** Builds `text` beside the national rules and times the build and every editor request on it. */
async function costs(text: string): Promise<Record<string, number>> {
    const { Kaidah } = createKaidahServices(EmptyFileSystem);
    const documents = Kaidah.shared.workspace.LangiumDocuments;
    const national = documents.createDocument(URI.file('/rules/pkh-2024.kaidah'), readFileSync(path.join(examplesDir, 'pkh-2024.kaidah'), 'utf8'));
    let document: LangiumDocument | undefined;
    const result: Record<string, number> = {};
    result.build = await cpuMs(async () => {
        document = documents.createDocument(URI.file('/rules/big.kaidah'), text);
        await Kaidah.shared.workspace.DocumentBuilder.build([national, document], { validation: true });
    });
    const doc = document!;
    const textDocument = { uri: doc.uri.toString() };
    const lsp = Kaidah.lsp;
    const end = doc.textDocument.positionAt(text.length - 3);
    const all = { start: { line: 0, character: 0 }, end: { line: doc.textDocument.lineCount, character: 0 } };
    result.hover = await cpuMs(() => lsp.HoverProvider!.getHoverContent(doc, { textDocument, position: doc.textDocument.positionAt(text.lastIndexOf('Kabupaten')) }));
    result.completion = await cpuMs(() => lsp.CompletionProvider!.getCompletion(doc, { textDocument, position: end }));
    result.symbols = await cpuMs(() => lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument }));
    result.semanticTokens = await cpuMs(() => lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument }));
    result.formatting = await cpuMs(() => lsp.Formatter!.formatDocument(doc, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
    result.inlayHints = await cpuMs(() => lsp.InlayHintProvider!.getInlayHints(doc, { textDocument, range: all }));
    result.folding = await cpuMs(() => lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument }));
    return result;
}

describe('the language server on large files', () => {
    // bench/lsp-scaling.mjs measures more shapes and sizes; this guards against quadratic growth
    // creeping back into the editor's requests. Linear growth is 10×; quadratic would be 100×.
    it('costs at most about linearly more for a 10.000-line file than for a 1.000-line one', async () => {
        await costs(districtFile(200)); // warms the JIT, so that the small file is not measured cold
        const small = await costs(districtFile(1_000));
        const large = await costs(districtFile(10_000));
        const growth = Object.fromEntries(Object.keys(small).map((k) => [k, large[k] / Math.max(small[k], 20)]));
        for (const [what, factor] of Object.entries(growth)) {
            expect({ what, factor: Math.round(factor * 10) / 10 }).toEqual({ what, factor: expect.toSatisfy((f: number) => f < 20) });
        }
    }, 120_000);
});

/** `count` values in a chain, each one more than the one before, written first to last or last to first. */
function valueChain(count: number, order: 'forward' | 'reverse'): string {
    const values = Array.from({ length: count }, (_, i) => (i === 0 ? 'value v0 = 1' : `value v${i} = v${i - 1} + 1`));
    if (order === 'reverse') values.reverse();
    return ['household {', '  id      text  key', '  income  money', '}', ...values, `graduation done when v${count - 1} > 3 and income > Rp 0`, ''].join('\n');
}

async function checkChain(text: string) {
    const { Kaidah } = createKaidahServices(EmptyFileSystem);
    const document = Kaidah.shared.workspace.LangiumDocuments.createDocument(URI.file('/rules/chain.kaidah'), text);
    const ms = await cpuMs(() => Kaidah.shared.workspace.DocumentBuilder.build([document], { validation: true }));
    return { ms, diagnostics: document.diagnostics ?? [] };
}

describe('a long chain of values in either order', () => {
    // Type inference, cycle finding, ranges and compile order once recursed along the chain: written
    // last to first, 5.000 values overflowed the stack ("An error occurred during validation").
    it('checks 5.000 values written last to first like first to last: no internal error, comparable time', async () => {
        await checkChain(valueChain(500, 'reverse')); // warms the JIT
        const forward = await checkChain(valueChain(5_000, 'forward'));
        const reverse = await checkChain(valueChain(5_000, 'reverse'));
        for (const { diagnostics } of [forward, reverse]) {
            expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['KDH033 `v4999 > 3` always holds: `v4999` is between 5.000 and 5.000.']);
        }
        expect(reverse.ms / Math.max(forward.ms, 20)).toBeLessThan(3);
    }, 120_000);
});
