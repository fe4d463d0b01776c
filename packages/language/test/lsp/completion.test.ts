import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { textDocument } from './lsp-workspace.js';

const national = `program "PKH 2024"
${schema}
/** Poverty line. */
constant poverty_line = Rp 582.932
value members = children + elderly
graduation natural "Alamiah" when members = 0
graduation self_reliant "Mandiri" when has_business
every district {
  quantity facilitators count "Pendamping"
  quantity reported_households count
  target self_reliant = facilitators × 10
}
district "Kabupaten Probolinggo" {
  facilitators 258
}
`;

/** Completion at `|` in `file` (the marker is removed from the text before building). */
async function complete(files: Record<string, string>, file: string, lang: 'en' | 'id' = 'en'): Promise<CompletionItem[]> {
    const offset = files[file].indexOf('|');
    const rules = await buildRules({ ...files, [file]: files[file].replace('|', '') }, lang);
    const document = rules.document(file);
    const list = (await rules.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: textDocument(document),
        position: document.textDocument.positionAt(offset),
    })) as CompletionList;
    return list.items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion', () => {
    it('offers columns, values and constants in a graduation condition, never a district quantity', async () => {
        const items = await complete({ 'main.kaidah': `${national}\ngraduation other "Lain" when |` }, 'main.kaidah');
        expect(labels(items)).toEqual(expect.arrayContaining(['monthly_income', 'members', 'poverty_line', 'not']));
        expect(labels(items)).not.toContain('facilitators');
        const income = items.find((i) => i.label === 'monthly_income')!;
        expect(income.detail).toBe('household column · money');
        const line = items.find((i) => i.label === 'poverty_line')!;
        expect(line.detail).toBe('constant · money');
        expect(line.documentation).toEqual({ kind: 'markdown', value: 'Poverty line.' });
    });

    it('offers quantities and constants in a target, and the categories after `target`', async () => {
        const formula = await complete({ 'main.kaidah': national.replace('facilitators × 10', 'facilitators × |') }, 'main.kaidah');
        expect(labels(formula)).toEqual(expect.arrayContaining(['facilitators', 'reported_households', 'poverty_line']));
        expect(labels(formula)).not.toContain('monthly_income');
        const categories = await complete({ 'main.kaidah': national.replace('target self_reliant', 'target |') }, 'main.kaidah');
        expect(labels(categories)).toEqual(expect.arrayContaining(['natural', 'self_reliant']));
        expect(categories.find((i) => i.label === 'natural')!.detail).toBe('graduation category · "Alamiah"');
    });

    it('offers a district file the quantities of the file it uses, and only names from used files', async () => {
        const items = await complete({
            'national.kaidah': national,
            'other.kaidah': 'constant secret = Rp 1',
            'district.kaidah': 'use "national.kaidah"\n\ndistrict "Kabupaten Pamekasan" {\n  |\n}\n',
        }, 'district.kaidah');
        expect(labels(items)).toEqual(expect.arrayContaining(['facilitators', 'reported_households', 'target', 'reward']));
        expect(labels(items)).not.toContain('secret');
    });

    it('offers the districts the file sees inside `expect target ... of`', async () => {
        const items = await complete({ 'main.kaidah': `${national}\ntest "t" {\n  expect target self_reliant of |\n}\n` }, 'main.kaidah');
        const district = items.find((i) => i.label === '"Kabupaten Probolinggo"');
        expect(district?.textEdit?.newText).toBe('"Kabupaten Probolinggo"');
    });

    it('offers the columns in a test household, and what may be expected', async () => {
        const fields = await complete({ 'main.kaidah': `${national}\ntest "t" {\n  household {\n    |\n  }\n}\n` }, 'main.kaidah');
        expect(labels(fields)).toEqual(expect.arrayContaining(['children', 'monthly_income', 'has_business']));
        expect(labels(fields)).not.toContain('poverty_line');
        const expectations = await complete({ 'main.kaidah': `${national}\ntest "t" {\n  expect |\n}\n` }, 'main.kaidah');
        expect(labels(expectations)).toEqual(expect.arrayContaining(['category', 'target', 'benefit', 'members']));
    });

    it('offers the keywords that may come next', async () => {
        const items = await complete({ 'main.kaidah': `${national}\ngraduation other "Lain"\n  |` }, 'main.kaidah');
        expect(labels(items)).toContain('when');
    });

    it('offers snippets for a graduation rule, a district with its quantities, and tests', async () => {
        const items = await complete({ 'main.kaidah': `${national}\n|` }, 'main.kaidah');
        const snippet = (description: string) => items.find((i) => i.detail === description)?.textEdit?.newText;
        expect(snippet('New graduation rule')).toBe('graduation ${1:name} "${2:Label}"\n  when ${3:condition}\n  rank by ${4:monthly_income} ${5|descending,ascending|}');
        expect(snippet('New district with its quantities')).toBe('district "${1:Kabupaten ...}" {\n  facilitators ${2:0}\n  reported_households ${3:0}\n}');
        expect(snippet('New test of a household')).toContain('expect category = ${4|natural,self_reliant,none|}');
        expect(snippet('New test of a district target')).toBe('test "${1:what the test checks}" {\n  expect target ${2|natural,self_reliant|} of "${3|Kabupaten Probolinggo|}" = ${4:0}\n}');
    });

    it('describes names and snippets in Indonesian for an Indonesian editor', async () => {
        const items = await complete({ 'main.kaidah': `${national}\nvalue x = |` }, 'main.kaidah', 'id');
        expect(items.find((i) => i.label === 'monthly_income')?.detail).toBe('kolom data KPM · uang');
        const top = await complete({ 'main.kaidah': `${national}\n|` }, 'main.kaidah', 'id');
        expect(top.map((i) => i.detail)).toContain('Aturan graduasi baru');
    });
});
