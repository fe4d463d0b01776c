import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { positionOf, textDocument } from './lsp-workspace.js';

const national = `${schema}
constant poverty_line = Rp 582.932

graduation natural "Graduasi Alamiah"
  when children = 0

adaptable graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= 2 × poverty_line

every district {
  quantity facilitators  count
  target self_reliant = facilitators × 10
}
`;

const jember = `use "national.kaidah"

district "Kabupaten Jember" {
  facilitators  300
  poverty_line = Rp 601.234

  /** Income alone shows the family can stand on its own. */
  graduation graduasi_mampu "Graduasi Mampu (Jember)"
    when monthly_income > Rp 3.500.000

  target graduasi_mampu = 100
}
`;

type Rules = Awaited<ReturnType<typeof buildRules>>;

async function hoverAt(rules: Rules, file: string, marker: string, shift = 0): Promise<string> {
    const document = rules.document(file);
    const hover = await rules.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: textDocument(document), position: positionOf(document, marker, shift) });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

describe('a district\'s own rules in the editor', () => {
    it('links names inside the district block to the district\'s own declarations, and keeps them out of other files', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'jember.kaidah': jember,
            'probolinggo.kaidah': 'use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators  258\n  target graduasi_mampu = 10\n}\n',
        });
        expect(rules.diagnostics('jember.kaidah')).toEqual([]);
        expect(rules.diagnostics('probolinggo.kaidah').map((d) => [d.code, d.message])).toEqual([
            ['KDH003', 'Unknown graduation category `graduasi_mampu`.'],
        ]);
    });

    it('says on hover where a district\'s own category stands: after the national ones', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember });
        const own = await hoverAt(rules, 'jember.kaidah', 'graduasi_mampu "', 2);
        expect(own).toContain('**graduasi_mampu** · graduation category · "Graduasi Mampu (Jember)"');
        expect(own).toContain('Only for households of Kabupaten Jember: tried as number 3, after the national categories (natural, self_reliant).');
        const adaptable = await hoverAt(rules, 'national.kaidah', 'self_reliant "', 2);
        expect(adaptable).toContain('A national category, tried as number 2 for every district\'s households');
        expect(adaptable).toContain('Districts may give it their own condition: `adapt graduation self_reliant when ...`');
    });

    it('shows on a district\'s value of a constant the value its households use', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember });
        const text = await hoverAt(rules, 'jember.kaidah', 'poverty_line = Rp', 2);
        expect(text).toContain('**poverty_line** · constant · money');
        expect(text).toContain('In Kabupaten Jember: **Rp 601.234**, the district\'s own value; the national one below holds elsewhere.');
        expect(text).toContain('Rp 582.932');
    });

    it('says it in Indonesian too', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember }, 'id');
        const own = await hoverAt(rules, 'jember.kaidah', 'graduasi_mampu "', 2);
        expect(own).toContain('Hanya bagi KPM Kabupaten Jember: diperiksa sebagai nomor 3, sesudah kategori nasional (natural, self_reliant).');
    });

    it('offers to move a category declared beside the district block into it (KDH048), doc comment and all', async () => {
        const leaky = `use "national.kaidah"

district "Kabupaten Jember" {
  facilitators  300
  target graduasi_mampu = 100
}

/** Jember's own. */
graduation graduasi_mampu "Graduasi Mampu (Jember)"
  when monthly_income > Rp 3.500.000
`;
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': leaky });
        const document = rules.document('jember.kaidah');
        const diagnostics = rules.diagnostics('jember.kaidah');
        expect(diagnostics.map((d) => d.code)).toEqual(['KDH048']);
        const actions = (await rules.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: textDocument(document), range: diagnostics[0]!.range, context: { diagnostics },
        })) as CodeAction[];
        expect(actions.map((a) => a.title)).toEqual(['Move `graduasi_mampu` into the block of Kabupaten Jember']);
        const fixed = TextDocument.applyEdits(document.textDocument, Object.values(actions[0]!.edit!.changes!)[0]!);
        expect(fixed).toBe(`use "national.kaidah"

district "Kabupaten Jember" {
  facilitators  300
  target graduasi_mampu = 100

  /** Jember's own. */
  graduation graduasi_mampu "Graduasi Mampu (Jember)"
    when monthly_income > Rp 3.500.000
}
`);
        const after = await buildRules({ 'national.kaidah': national, 'jember.kaidah': fixed });
        expect(after.diagnostics('jember.kaidah')).toEqual([]);
    });

    it('lists the district\'s own value of a constant and its own category under the district in the outline', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember });
        const document = rules.document('jember.kaidah');
        const symbols = await rules.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) });
        const district = symbols.find((s) => s.name === 'Kabupaten Jember')!;
        expect(district.children!.map((c) => `${c.name} — ${c.detail}`)).toEqual([
            'facilitators — 300',
            'poverty_line — Rp 601.234',
            'graduasi_mampu — Graduasi Mampu (Jember)',
            'target self_reliant — 3.000 families · facilitators × 10, from `every district`',
            'target graduasi_mampu — 100 families · 100',
        ]);
    });
});
