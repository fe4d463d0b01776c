import { EmptyFileSystem } from 'langium';
import { highlightHelper } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../../src/kaidah-module.js';
import { translateRuleFile } from '../../src/keywords/translate.js';
import { buildRules } from '../rules-workspace.js';
import { positionOf, textDocument } from './lsp-workspace.js';

/** The editor in a rule file written in Bahasa Indonesia: completion, highlighting and hover follow the file. */
const nasional = `program "PKH 2024" tahun 2024

keluarga {
  id              teks    kunci
  district        teks
  monthly_income  uang
  elderly         jumlah
  has_business    ya/tidak
}

/** Garis kemiskinan. */
konstanta poverty_line = Rp 582.932 mulai 2024-03-01

nilai members = elderly × 2

graduasi natural "Alamiah" jika members = 0

graduasi adaptif self_reliant "Mandiri" jika has_business

setiap kabupaten {
  besaran facilitators jumlah "Pendamping"
  target self_reliant = facilitators × 10
}

kabupaten "Kabupaten Probolinggo" {
  facilitators 258
}
`;

async function complete(text: string, lang: 'en' | 'id' = 'en') {
    const offset = text.indexOf('|');
    const rules = await buildRules({ 'main.kaidah': text.replace('|', '') }, lang);
    const document = rules.document('main.kaidah');
    const list = (await rules.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: textDocument(document),
        position: document.textDocument.positionAt(offset),
    })) as CompletionList;
    return list.items;
}

describe('completion in a file written in Bahasa Indonesia', () => {
    it('offers the keywords as the file writes them', async () => {
        const labels = async (text: string) => (await complete(text)).map((i) => i.label);
        expect(await labels(`${nasional}\ngraduasi other "Lain"\n  |`)).toContain('jika');
        expect(await labels(`${nasional}\ngraduasi other "Lain"\n  |`)).not.toContain('when');
        const formula = await labels(`${nasional}\nnilai x = |`);
        expect(formula).toEqual(expect.arrayContaining(['bukan', 'bulatkan', 'bulatkan ke bawah', 'bulatkan ke atas', 'tahun sejak']));
        expect(formula).not.toEqual(expect.arrayContaining(['not']));
        const top = await labels(`${nasional}\n|`);
        expect(top).toEqual(expect.arrayContaining(['komponen bantuan', 'graduasi', 'graduasi adaptif', 'konstanta', 'nilai', 'uji']));
        expect(top).not.toContain('benefit');
    });

    it('offers the snippets in Bahasa Indonesia', async () => {
        const items = await complete(`${nasional}\n|`);
        const snippet = (description: string) => items.find((i) => i.detail === description)?.textEdit?.newText;
        expect(snippet('New graduation rule')).toBe('graduasi ${1:name} "${2:Label}"\n  jika ${3:condition}\n  urutkan menurut ${4:monthly_income} ${5|turun,naik|}');
        expect(snippet('New district with its quantities')).toBe('kabupaten "${1:Kabupaten ...}" {\n  facilitators ${2:0}\n}');
        expect(snippet('New test of a household')).toBe('uji "${1:what the test checks}" {\n  keluarga {\n    ${2:column}  ${3:value}\n  }\n  harapkan kategori = ${4|natural,self_reliant,tidak ada|}\n}');
        expect(snippet('New test of a district target')).toBe('uji "${1:what the test checks}" {\n  harapkan target ${2|natural,self_reliant|} untuk "${3|Kabupaten Probolinggo|}" = ${4:0}\n}');
    });
});

describe('highlighting and hover in a file written in Bahasa Indonesia', () => {
    it('highlights the names as in the same file in English', async () => {
        const services = createKaidahServices(EmptyFileSystem).Kaidah;
        const highlight = highlightHelper(services);
        const english = translateRuleFile(nasional, 'en', services);
        if (!english?.ok) throw new Error('cannot translate');
        const tokens = async (text: string) => (await highlight(text)).tokens.map((t) => `${t.text}: ${t.tokenType}/${t.tokenModifiers}`);
        const [id, en] = [await tokens(nasional), await tokens(english.text)];
        expect(id.length).toBeGreaterThan(10);
        expect(id).toEqual(en);
    });

    it('hovers over a name and a district with the figures worked out', async () => {
        const rules = await buildRules({ 'main.kaidah': nasional });
        expect(rules.diagnostics('main.kaidah')).toEqual([]);
        const document = rules.document('main.kaidah');
        const hover = async (marker: string, shift = 0) => {
            const result = await rules.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: textDocument(document), position: positionOf(document, marker, shift) });
            const contents = result?.contents;
            return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
        };
        expect(await hover('members = elderly', 1)).toContain('**members**');
        expect(await hover('Kabupaten Probolinggo" {', 3)).toContain('self_reliant: **2.580 families**');
        expect(await hover('poverty_line =', 1)).toContain('Garis kemiskinan');
    });
});
