import type { Location, WorkspaceEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { positionOf, textDocument } from './lsp-workspace.js';

const national = `program "PKH 2024"
${schema}
constant poverty_line = Rp 582.932
graduation self_reliant "Mandiri" when has_business and monthly_income >= 2 × poverty_line
every district {
  quantity facilitators count
  target self_reliant = facilitators × 10
}
`;
const district = `use "national.kaidah"

district "Kabupaten Probolinggo" {
  facilitators 258
  target self_reliant = facilitators × 12
}

test "Probolinggo" {
  household {
    monthly_income  Rp 2.000.000
    has_business    yes
  }
  expect category = self_reliant
}
`;

async function workspace() {
    return buildRules({ 'national.kaidah': national, 'probolinggo.kaidah': district });
}

/** Where a location points, as `file:line:text` with the text it covers. */
function shown(rules: Awaited<ReturnType<typeof workspace>>, location: Location): string {
    const file = location.uri.split('/').pop()!;
    const document = rules.document(file);
    return `${file}:${location.range.start.line + 1}:${document.textDocument.getText(location.range)}`;
}

describe('go to definition, find references and rename across files', () => {
    it('goes from a quantity set in a district file to its declaration in the national file', async () => {
        const rules = await workspace();
        const document = rules.document('probolinggo.kaidah');
        const links = (await rules.services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: textDocument(document),
            position: positionOf(document, 'facilitators 258', 3),
        }))!;
        expect(links.map((l) => shown(rules, { uri: l.targetUri, range: l.targetSelectionRange }))).toEqual(['national.kaidah:18:facilitators']);
    });

    it('finds every use of a column and a quantity, in both files', async () => {
        const rules = await workspace();
        const document = rules.document('national.kaidah');
        const references = async (marker: string) => ((await rules.services.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: textDocument(document),
            position: positionOf(document, marker, 1),
            context: { includeDeclaration: true },
        })) ?? []).map((l) => shown(rules, l)).sort();
        expect(await references('monthly_income  money')).toEqual([
            'national.kaidah:16:monthly_income',
            'national.kaidah:9:monthly_income',
            'probolinggo.kaidah:10:monthly_income',
        ]);
        expect(await references('facilitators count')).toEqual([
            'national.kaidah:18:facilitators',
            'national.kaidah:19:facilitators',
            'probolinggo.kaidah:4:facilitators',
            'probolinggo.kaidah:5:facilitators',
        ]);
    });

    it('renames a column everywhere it is used, including a district file\'s test', async () => {
        const rules = await workspace();
        const document = rules.document('national.kaidah');
        const edit = (await rules.services.lsp.RenameProvider!.rename(document, {
            textDocument: textDocument(document),
            position: positionOf(document, 'monthly_income  money', 2),
            newName: 'income',
        })) as WorkspaceEdit;
        const renamed = Object.entries(edit.changes!).map(([uri, edits]) => [uri.split('/').pop(), edits.map((e) => e.range.start.line + 1)]);
        expect(Object.fromEntries(renamed)).toEqual({ 'national.kaidah': [9, 16], 'probolinggo.kaidah': [10] });
        expect(Object.values(edit.changes!).flat().every((e) => e.newText === 'income')).toBe(true);
    });

    it('renames a quantity from where a district sets it, and a category from a test', async () => {
        const rules = await workspace();
        const document = rules.document('probolinggo.kaidah');
        const rename = async (marker: string, newName: string) => {
            const edit = (await rules.services.lsp.RenameProvider!.rename(document, {
                textDocument: textDocument(document), position: positionOf(document, marker, 1), newName,
            })) as WorkspaceEdit;
            return Object.entries(edit.changes!).flatMap(([uri, edits]) => edits.map((e) => `${uri.split('/').pop()}:${e.range.start.line + 1}`)).sort();
        };
        expect(await rename('facilitators 258', 'pendamping')).toEqual([
            'national.kaidah:18', 'national.kaidah:19', 'probolinggo.kaidah:4', 'probolinggo.kaidah:5',
        ]);
        expect(await rename('self_reliant\n}', 'mandiri')).toEqual([
            'national.kaidah:16', 'national.kaidah:19', 'probolinggo.kaidah:13', 'probolinggo.kaidah:5',
        ]);
    });

    it('refuses a new name the rules could not read, saying why', async () => {
        const rules = await workspace();
        const document = rules.document('national.kaidah');
        const rename = (newName: string) => rules.services.lsp.RenameProvider!.rename(document, {
            textDocument: textDocument(document), position: positionOf(document, 'monthly_income  money', 2), newName,
        });
        await expect(rename('monthly income')).rejects.toThrow('`monthly income` cannot be a name');
        await expect(rename('when')).rejects.toThrow('`when` cannot be a name');
        await expect(rename('2nd')).rejects.toThrow('cannot be a name');
        // A keyword that is also a name (as `district` is) may be used.
        expect(await rename('count')).toBeDefined();
    });
});
