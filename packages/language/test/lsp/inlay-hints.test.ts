import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { examplesWorkspace, textDocument } from './lsp-workspace.js';

type Rules = Awaited<ReturnType<typeof buildRules>>;

/** Each hint as `line:character label`, in the order of the text. */
async function hints(rules: Rules, file: string): Promise<string[]> {
    const document = rules.document(file);
    const all = (await rules.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: textDocument(document),
        range: { start: { line: 0, character: 0 }, end: { line: document.textDocument.lineCount, character: 0 } },
    })) ?? [];
    return all.map((h: InlayHint) => `${h.position.line + 1}:${h.position.character} ${h.label}`);
}

describe('inlay hints', () => {
    it('put the targets a district takes from `every district`, worked out, on its header', async () => {
        const rules = await examplesWorkspace();
        // `district "Kabupaten Probolinggo" {` is line 4; the hint follows the brace.
        expect(await hints(rules, 'probolinggo.kaidah')).toEqual(['4:34 self_reliant = 2.580 families']);
        expect(await hints(rules, 'pamekasan.kaidah')).toEqual(['5:32 self_reliant = 1.910 families']);
    });

    it('follow a district\'s own target formula with its figure, but not a target written as a figure', async () => {
        const rules = await examplesWorkspace('id');
        expect(await hints(rules, 'pasuruan.kaidah')).toEqual(['7:62 = 4.870 KPM']);
        expect(await hints(rules, 'pringsewu.kaidah')).toEqual([]);
    });

    it('follow a constant worked out from others with its value', async () => {
        const rules = await buildRules({ 'main.kaidah': 'program "PKH 2024"\nconstant line = Rp 582.932\nconstant twice = 2 × line\n' });
        expect(await hints(rules, 'main.kaidah')).toEqual(['3:25 = Rp 1.165.864']);
    });

    it('say `per facilitator` for a target per facilitator', async () => {
        const rules = await buildRules({
            'main.kaidah': `${schema}\ngraduation natural "Alamiah" when children = 0\nevery district {\n  quantity quota count\n}\ndistrict "X" {\n  quota 3\n  target natural = quota × 2 per facilitator\n}\n`,
        });
        expect((await hints(rules, 'main.kaidah')).map((h) => h.replace(/^\S+ /, ''))).toEqual(['= 6 families per facilitator']);
    });
});
