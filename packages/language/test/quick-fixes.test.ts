import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from './rules-workspace.js';

/** Applies a quick fix's single edit to the text, as the editor would. */
function applyFix(text: string, action: CodeAction): string {
    const [edit] = Object.values(action.edit!.changes!)[0];
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

async function fixesFor(text: string, code: string, lang: 'en' | 'id' = 'en') {
    const rules = await buildRules({ 'main.kaidah': text }, lang);
    const document = rules.document('main.kaidah');
    const diagnostics = rules.diagnostics('main.kaidah').filter((d) => d.code === code);
    const actions = await rules.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics },
    });
    return (actions ?? []) as CodeAction[];
}

const withCategory = `${schema}\ngraduation natural "Alamiah" when children = 0\nevery district {\n`;

describe('quick fixes', () => {
    it('writes a plain number compared with a percentage as the percentage it assumes (KDH045)', async () => {
        for (const [written, percentage] of [['0.8', '80%'], ['0,8', '80%'], ['0,85', '85%'], ['85', '85%'], ['1', '100%']]) {
            const text = `${schema}\ngraduation g when attendance >= ${written}`;
            const [fix] = await fixesFor(text, 'KDH045');
            expect(fix.title).toBe(`Change to \`${percentage}\``);
            const fixed = applyFix(text, fix);
            expect(fixed).toContain(`when attendance >= ${percentage}`);
            const after = await buildRules({ 'main.kaidah': fixed });
            expect(after.diagnostics('main.kaidah')).toEqual([]);
        }
    });

    it('rounds a target that gives a number down (KDH013)', async () => {
        const text = `${withCategory}  target natural = 10% of households\n}`;
        const [fix] = await fixesFor(text, 'KDH013');
        expect(fix.title).toBe('Round the target down');
        const fixed = applyFix(text, fix);
        expect(fixed).toContain('target natural = round down(10% of households)');
        const after = await buildRules({ 'main.kaidah': fixed });
        expect(after.diagnostics('main.kaidah')).toEqual([]);
    });

    it('offers no rounding for money, which no rounding makes a count', async () => {
        const text = `${withCategory}  target natural = Rp 10\n}`;
        expect(await fixesFor(text, 'KDH013')).toEqual([]);
    });

    it('replaces a misspelled name by the nearest known one (KDH003), titled in the officer\'s language', async () => {
        const text = `${schema}\ngraduation natural "Alamiah" when chilren = 0`;
        const [fix] = await fixesFor(text, 'KDH003', 'id');
        expect(fix.title).toBe('Ganti menjadi `children`');
        expect(applyFix(text, fix)).toContain('when children = 0');
    });
});

describe('links from diagnostics to their documentation', () => {
    it('gives each diagnostic a link to its entry in docs/diagnostics.md', async () => {
        const rules = await buildRules({ 'main.kaidah': `${schema}\nvalue x = eldery` }, 'en', { diagnosticsDocUri: 'file:///kaidah/docs/diagnostics.md' });
        const [diagnostic] = rules.diagnostics('main.kaidah');
        expect(diagnostic.codeDescription).toEqual({ href: 'file:///kaidah/docs/diagnostics.md#kdh003' });
    });
});
