import { describe, expect, it } from 'vitest';
import { examplesWorkspace, textDocument } from './lsp-workspace.js';

describe('code lenses', () => {
    it('put "▶ Run test" on every test, with the command the extension runs', async () => {
        const rules = await examplesWorkspace();
        const document = rules.document('pkh-2024.kaidah');
        const lenses = (await rules.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) }))!;
        expect(lenses.map((l) => [l.range.start.line + 1, l.command?.title, l.command?.command, ...(l.command?.arguments ?? [])])).toEqual([
            [60, '▶ Run test', 'kaidah.runTest', document.uri.toString(), 'a family with a business, enough income and P2K2 graduates self-reliant'],
            [72, '▶ Run test', 'kaidah.runTest', document.uri.toString(), 'a family with no eligible member left graduates naturally'],
            [82, '▶ Run test', 'kaidah.runTest', document.uri.toString(), 'at most four members are paid, the highest amounts first'],
        ]);
    });

    it('are titled in Indonesian for an Indonesian editor', async () => {
        const rules = await examplesWorkspace('id');
        const document = rules.document('probolinggo.kaidah');
        const [lens] = (await rules.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) }))!;
        expect(lens.command?.title).toBe('▶ Jalankan tes');
    });
});
