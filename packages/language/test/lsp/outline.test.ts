import type { DocumentSymbol } from 'vscode-languageserver';
import { EmptyFileSystem } from 'langium';
import { expectFoldings } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../../src/kaidah-module.js';
import { examplesWorkspace, textDocument } from './lsp-workspace.js';

/** A symbol tree as indented `name — detail` lines. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

describe('document symbols (the outline)', () => {
    it('list the national file\'s columns, constants, values, components, categories, every district and tests', async () => {
        const rules = await examplesWorkspace();
        const document = rules.document('pkh-2024.kaidah');
        const lines = outline(await rules.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) }));
        expect(lines.slice(0, 4)).toEqual(['PKH 2024 — 2024', 'household — household data', '  id — text', '  district — text']);
        expect(lines).toContain('  monthly_income — money');
        expect(lines).toContain('poverty_line — Rp 582.932');
        expect(lines).toContain('eligible_members — count');
        expect(lines).toContain('  elementary — Rp 900.000');
        expect(lines).toContain('self_reliant — Graduasi Sejahtera Mandiri');
        expect(lines).toEqual(expect.arrayContaining(['every district — every district', '  facilitators — count', '  target self_reliant — facilitators × 10']));
        expect(lines).toContain('at most four members are paid, the highest amounts first — test · 2 expectations');
    });

    it('list a district with its settings and every target that applies in it, worked out', async () => {
        const rules = await examplesWorkspace();
        const symbols = async (file: string) => {
            const document = rules.document(file);
            return outline(await rules.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) }));
        };
        expect(await symbols('probolinggo.kaidah')).toEqual([
            'Kabupaten Probolinggo — district',
            '  facilitators — 258',
            '  target self_reliant — 2.580 families · facilitators × 10, from `every district`',
            'Probolinggo 2024: 258 facilitators × 10 = 2.580 families — test · 1 expectation',
        ]);
        expect(await symbols('pringsewu.kaidah')).toContain('  target natural — 2.000 families · 2.000');
    });
});

describe('workspace symbols', () => {
    it('find a district by part of its name, in the file that declares it', async () => {
        const rules = await examplesWorkspace();
        const symbols = await rules.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Probolinggo' });
        const districts = symbols.filter((s) => s.name === 'Kabupaten Probolinggo');
        expect(districts.map((s) => [s.containerName, 'range' in s.location ? s.location.range.start.line : -1])).toEqual([['probolinggo.kaidah', 3]]);
    });

    it('still find the declared names', async () => {
        const rules = await examplesWorkspace();
        const symbols = await rules.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'poverty' });
        expect(symbols.map((s) => s.name)).toContain('poverty_line');
    });
});

describe('folding', () => {
    const services = createKaidahServices(EmptyFileSystem).Kaidah;
    const foldings = expectFoldings(services);

    it('folds doc comments, blocks and multi-line graduation rules', async () => {
        // Each fold runs from the line of `<|` to the line of `|>`: the closing `*/` or `}` stays in view.
        await foldings({
            text: `<|/**
 * The household.|>
 */
<|household {
  id text key
  n count|>
}

<|graduation g "G"
  when n > 0
  rank by n descending|>

<|district "X" {
  facilitators 1|>
}
`,
        });
    });
});
