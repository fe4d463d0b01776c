import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { textDocument } from './lsp-workspace.js';

const national = `${schema}
graduation self_reliant "Mandiri" when has_business
every district {
  quantity facilitators count
  quantity reported_households count
  target self_reliant = facilitators × 10 + reported_households × 0
}
`;

/** The quick fixes offered for each KDH012 in `district.kaidah`, applied one at a time. */
async function missingQuantityFixes(district: string, lang: 'en' | 'id' = 'en') {
    const rules = await buildRules({ 'national.kaidah': national, 'district.kaidah': district }, lang);
    const document = rules.document('district.kaidah');
    const diagnostics = rules.diagnostics('district.kaidah').filter((d) => d.code === 'KDH012');
    const actions = (await rules.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: textDocument(document),
        range: diagnostics[0].range,
        context: { diagnostics },
    })) as CodeAction[];
    return actions.map((action) => ({
        title: action.title,
        fixed: TextDocument.applyEdits(document.textDocument, Object.values(action.edit!.changes!)[0]),
    }));
}

describe('the quick fix for a missing district quantity (KDH012)', () => {
    it('adds `facilitators 0` after the district\'s last setting, one fix per missing quantity', async () => {
        const fixes = await missingQuantityFixes('use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  reported_households 50.000\n  target natural = 5\n}\n');
        expect(fixes).toEqual([{
            title: 'Add `facilitators 0` to Kabupaten Probolinggo',
            fixed: 'use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  reported_households 50.000\n  facilitators 0\n  target natural = 5\n}\n',
        }]);
    });

    it('opens an empty district block, and offers each missing quantity in turn', async () => {
        const fixes = await missingQuantityFixes('use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {}\n', 'id');
        expect(fixes).toEqual([
            { title: 'Tambahkan `facilitators 0` pada Kabupaten Probolinggo', fixed: 'use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 0\n}\n' },
            { title: 'Tambahkan `reported_households 0` pada Kabupaten Probolinggo', fixed: 'use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  reported_households 0\n}\n' },
        ]);
    });

    it('adds the line right after `{` when the district sets nothing yet, and the fixed file has no KDH012 left', async () => {
        const district = 'use "national.kaidah"\n\ndistrict "X" {\n  target self_reliant = facilitators\n}\n';
        const [fix, ...others] = await missingQuantityFixes(district);
        expect(others).toEqual([]);
        expect(fix.fixed).toBe('use "national.kaidah"\n\ndistrict "X" {\n  facilitators 0\n  target self_reliant = facilitators\n}\n');
        const after = await buildRules({ 'national.kaidah': national, 'district.kaidah': fix.fixed });
        expect(after.diagnostics('district.kaidah').filter((d) => d.code === 'KDH012')).toEqual([]);
    });
});
