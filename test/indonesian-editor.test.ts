import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, DocumentSymbol, InlayHint } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildRules } from '../packages/language/test/rules-workspace.js';
import { positionOf, textDocument } from '../packages/language/test/lsp/lsp-workspace.js';

/**
 * The editor in a file written in Bahasa Indonesia: what it says is in the officer's language (the
 * session's, `en` or `id`), and the code it quotes or inserts is written as the file writes it
 * (`setiap kabupaten`, `jika`, `bulatkan ke bawah(...)`), whoever reads it.
 */
const examplesId = path.resolve(import.meta.dirname, '../examples/pkh-id');
const exampleFiles = Object.fromEntries(readdirSync(examplesId).filter((n) => n.endsWith('.kaidah'))
    .map((n) => [n, readFileSync(path.join(examplesId, n), 'utf8')]));

const schema = `keluarga {
  id              teks    kunci
  district        teks
  facilitator     teks
  children        jumlah
  monthly_income  uang
  attendance      persen
  has_business    ya/tidak
  joined          tanggal
}
`;

async function examples(lang: 'en' | 'id') {
    return buildRules(exampleFiles, lang);
}

type Rules = Awaited<ReturnType<typeof buildRules>>;

async function hover(rules: Rules, file: string, marker: string, shift = 1): Promise<string> {
    const document = rules.document(file);
    const result = await rules.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: textDocument(document), position: positionOf(document, marker, shift) });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

/** Applies a quick fix's single edit to the text, as the editor would. */
function applyFix(text: string, action: CodeAction): string {
    const [edit] = Object.values(action.edit!.changes!)[0]!;
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return text.slice(0, offset(edit!.range.start)) + edit!.newText + text.slice(offset(edit!.range.end));
}

async function messages(text: string, lang: 'en' | 'id'): Promise<string[]> {
    const rules = await buildRules({ 'main.kaidah': text }, lang);
    return rules.diagnostics('main.kaidah').map((d) => `${d.code}: ${d.message}`);
}

describe('hover in a file written in Bahasa Indonesia', () => {
    it('quotes a category\'s rule as the file writes it, in either language of the officer', async () => {
        const en = await hover(await examples('en'), 'pkh-2024.kaidah', 'self_reliant "Graduasi');
        expect(en).toContain('`jika has_business dan monthly_income >= 2 × poverty_line dan p2k2_attendance >= 80%`  \n`urutkan menurut monthly_income turun`');
        expect(en).toContain('A national category, tried as number 2');
        const id = await hover(await examples('id'), 'pkh-2024.kaidah', 'self_reliant "Graduasi');
        expect(id).toContain('**self_reliant** · kategori graduasi · "Graduasi Sejahtera Mandiri"');
        expect(id).toContain('`urutkan menurut monthly_income turun`');
        expect(id).not.toMatch(/when|rank by|descending/);
    });

    it('names the block a district\'s target comes from as the national file writes it: `setiap kabupaten`', async () => {
        const en = await hover(await examples('en'), 'probolinggo.kaidah', 'Kabupaten Probolinggo" {', 3);
        expect(en).toContain('self_reliant: **2.580 families** (`facilitators × 10`, from `setiap kabupaten`)');
        const id = await hover(await examples('id'), 'probolinggo.kaidah', 'Kabupaten Probolinggo" {', 3);
        expect(id).toContain('self_reliant: **2.580 KPM** (`facilitators × 10`, dari `setiap kabupaten`)');
    });

    it('tells how a district adapts a category in the words of the file it is read in', async () => {
        const text = `${schema}graduasi adaptif mandiri "Mandiri" jika has_business\n`;
        const rules = await buildRules({ 'main.kaidah': text }, 'id');
        expect(await hover(rules, 'main.kaidah', 'mandiri "')).toContain('Kabupaten/kota boleh memberinya syarat sendiri: `sesuaikan graduasi mandiri jika ...` di dalam blok kabupaten/kota.');
        const english = await buildRules({ 'main.kaidah': `${schema}graduasi adaptif mandiri "Mandiri" jika has_business\n` }, 'en');
        expect(await hover(english, 'main.kaidah', 'mandiri "')).toContain('Districts may give it their own condition: `sesuaikan graduasi mandiri jika ...` in the district\'s block.');
    });
});

describe('inlay hints, outline and code lens in a file written in Bahasa Indonesia', () => {
    it('say where an inherited target comes from as `setiap kabupaten`', async () => {
        const rules = await examples('id');
        const document = rules.document('probolinggo.kaidah');
        const hints = (await rules.services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: textDocument(document), range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
        })) as InlayHint[];
        expect(hints.map((h) => [h.label, h.tooltip])).toEqual([['self_reliant = 2.580 KPM', 'self_reliant = facilitators × 10 (dari `setiap kabupaten`)']]);
    });

    it('name the blocks as the file writes them: keluarga, komponen bantuan, setiap kabupaten', async () => {
        const rules = await examples('en');
        const lines = async (file: string) => {
            const document = rules.document(file);
            return outline(await rules.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) }));
        };
        const national = await lines('pkh-2024.kaidah');
        expect(national.slice(0, 3)).toEqual(['PKH 2024 — 2024', 'keluarga — household data', '  id — text']);
        expect(national).toContain('komponen bantuan — benefit components');
        expect(national).toContain('setiap kabupaten — every district');
        expect(await lines('probolinggo.kaidah')).toContain('  target self_reliant — 2.580 families · facilitators × 10, from `setiap kabupaten`');
    });

    it('outline a district\'s adapted category as `sesuaikan ...`', async () => {
        const text = `${schema}graduasi adaptif mandiri "Mandiri" jika has_business\nkabupaten "Kabupaten X" {\n  sesuaikan graduasi mandiri jika children = 0\n}\n`;
        const rules = await buildRules({ 'main.kaidah': text }, 'id');
        const document = rules.document('main.kaidah');
        const lines = outline(await rules.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) }));
        expect(lines).toContain('  sesuaikan mandiri — children = 0');
    });

    it('put "Run test" on each `uji` keyword', async () => {
        const rules = await examples('id');
        const document = rules.document('pringsewu.kaidah');
        const lenses = (await rules.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) })) ?? [];
        const text = document.textDocument.getText();
        expect(lenses.map((l) => [document.textDocument.getText(l.range), l.command?.title, l.command?.arguments?.[1]]))
            .toEqual([['uji', '▶ Jalankan tes', 'Pringsewu 2023: 1.000 sejahtera and 2.000 alamiah']]);
        expect(text).toContain('uji "Pringsewu 2023');
    });
});

describe('completion in a file written in Bahasa Indonesia', () => {
    it('describes its keywords in the officer\'s language', async () => {
        const text = `${schema}graduasi natural "Alamiah"\n  `;
        for (const [lang, detail] of [['en', 'Keyword'], ['id', 'Kata kunci']] as const) {
            const rules = await buildRules({ 'main.kaidah': text }, lang);
            const document = rules.document('main.kaidah');
            const list = await rules.services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: textDocument(document), position: document.textDocument.positionAt(text.length),
            });
            const jika = list?.items.find((i) => i.label === 'jika');
            expect(jika?.detail, lang).toBe(detail);
            expect(list?.items.some((i) => i.label === 'when')).toBe(false);
        }
        const english = await buildRules({ 'main.kaidah': 'household {\n  id text key\n}\ngraduation natural "Alamiah"\n  ' }, 'id');
        const document = english.document('main.kaidah');
        const list = await english.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: textDocument(document), position: document.textDocument.positionAt(document.textDocument.getText().length),
        });
        expect(list?.items.find((i) => i.label === 'when')?.detail).toBe('Kata kunci');
    });
});

describe('quick fixes in a file written in Bahasa Indonesia insert its keywords', () => {
    it('rounds a target down with `bulatkan ke bawah(...)` (KDH013), and the fixed file is clean', async () => {
        const text = `${schema}graduasi natural "Alamiah" jika children = 0\nsetiap kabupaten {\n  target natural = 10% dari jumlah keluarga\n}\n`;
        for (const lang of ['en', 'id'] as const) {
            const rules = await buildRules({ 'main.kaidah': text }, lang);
            const document = rules.document('main.kaidah');
            const diagnostics = rules.diagnostics('main.kaidah').filter((d) => d.code === 'KDH013');
            expect(diagnostics).toHaveLength(1);
            const actions = (await rules.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics },
            })) as CodeAction[];
            expect(actions.map((a) => a.title)).toEqual([lang === 'id' ? 'Bulatkan target ke bawah' : 'Round the target down']);
            const fixed = applyFix(text, actions[0]!);
            expect(fixed).toContain('  target natural = bulatkan ke bawah(10% dari jumlah keluarga)\n');
            expect((await buildRules({ 'main.kaidah': fixed }, lang)).diagnostics('main.kaidah')).toEqual([]);
        }
    });

    it('suggests `bulatkan ke bawah` for a keyword written as one word (KDH003), and the fix inserts it', async () => {
        const text = `${schema}graduasi natural "Alamiah" jika children = 0\nsetiap kabupaten {\n  besaran quota jumlah\n  target natural = rounddown(quota / 2)\n}\n`;
        const rules = await buildRules({ 'main.kaidah': text }, 'en');
        const document = rules.document('main.kaidah');
        const diagnostics = rules.diagnostics('main.kaidah').filter((d) => d.code === 'KDH003');
        expect(diagnostics.map((d) => d.message)).toEqual(['Unknown name `rounddown`. Did you mean `bulatkan ke bawah`?']);
        const actions = (await rules.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics },
        })) as CodeAction[];
        expect(applyFix(text, actions[0]!)).toContain('target natural = bulatkan ke bawah(quota / 2)');
    });

    it('refuses a new name that is a keyword, quoting the file\'s keywords', async () => {
        const text = `${schema}graduasi natural "Alamiah" jika children = 0\n`;
        const rules = await buildRules({ 'main.kaidah': text }, 'id');
        const document = rules.document('main.kaidah');
        const error = await Promise.resolve(rules.services.lsp.RenameProvider!.rename(document, {
            textDocument: textDocument(document), position: positionOf(document, 'natural "'), newName: 'jika',
        })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).message).toBe('`jika` tidak dapat menjadi nama: pakai huruf, angka dan _, diawali huruf (mis. `monthly_income`), dan bukan kata khusus Kaidah seperti `jika` atau `dan`.');
    });
});

describe('diagnostics in a file written in Bahasa Indonesia quote its keywords', () => {
    it('in English for an English-speaking officer', async () => {
        expect(await messages(`${schema}graduasi natural "Alamiah" jika children = 0\nsetiap kabupaten {\n  target natural = 10% dari jumlah keluarga\n}\n`, 'en'))
            .toEqual(['KDH013: `10% dari jumlah keluarga` can give a fraction, but a target counts households: round it with `bulatkan ke bawah(...)` (or `bulatkan ke atas(...)`, `bulatkan(...)`).']);
        expect(await messages('program "PKH" tahun 20245\n', 'en')).toEqual(expect.arrayContaining([
            'KDH042: `tahun 20245` is not a year these rules can apply to: write the program year with four digits, from 1900 to 2200 (e.g. `tahun 2024`).',
        ]));
        expect(await messages(`${schema}nilai x = tahun sejak children\n`, 'en'))
            .toEqual(['KDH029: `tahun sejak` needs a date, but `children` is a count.']);
        expect(await messages(`${schema}graduasi g jika children dan has_business\n`, 'en'))
            .toEqual(['KDH005: Each side of `dan` must be yes/no, but `children` is a count.']);
        expect(await messages(`${schema}graduasi g jika bukan children\n`, 'en'))
            .toEqual(['KDH005: What follows `bukan` must be yes/no, but `children` is a count.']);
        expect(await messages(`${schema}nilai x = monthly_income dari children\n`, 'en'))
            .toEqual(['KDH007: `dari` takes a percentage on its left (e.g. `10% dari jumlah keluarga`), but `monthly_income` is money.']);
        expect(await messages(`${schema}nilai x = monthly_income + attendance\n`, 'en'))
            .toEqual(['KDH007: `monthly_income + attendance` has no meaning: money + percent. Did you mean `monthly_income + attendance dari monthly_income`?']);
    });

    it('in Bahasa Indonesia for an Indonesian-speaking officer', async () => {
        expect(await messages(`${schema}graduasi natural "Alamiah" jika children = 0\nsetiap kabupaten {\n  target natural = 10% dari jumlah keluarga\n}\n`, 'id'))
            .toEqual(['KDH013: `10% dari jumlah keluarga` dapat menghasilkan pecahan, padahal target adalah jumlah KPM: bulatkan dengan `bulatkan ke bawah(...)` (atau `bulatkan ke atas(...)`, `bulatkan(...)`).']);
        expect(await messages('keluarga {\n  id teks\n}\n', 'id'))
            .toEqual(['KDH008: Skema keluarga memerlukan satu kolom `kunci` sebagai identitas KPM (mis. `id teks kunci`).']);
        expect(await messages('keluarga {\n  id angka kunci\n}\n', 'id'))
            .toEqual(['KDH008: Kolom kunci `id` harus bertipe teks (`teks`), tetapi saat ini bertipe angka: nomor identitas seperti NIK atau nomor peserta bukan angka (spreadsheet akan merusaknya).']);
        expect(await messages(`${schema}komponen bantuan (paling banyak 0) {\n  children Rp 100\n}\n`, 'id'))
            .toEqual(['KDH021: Dalam `paling banyak 0`, jumlah anggota harus bilangan bulat, minimal 1.']);
        expect(await messages(`${schema}graduasi g jika has_business\nkabupaten "X" {\n  sesuaikan graduasi g jika children = 0\n}\n`, 'id'))
            .toEqual([expect.stringContaining('hanya kategori yang dideklarasikan `graduasi adaptif` yang boleh.')]);
        expect(await messages('keluarga {\n  id teks kunci\n  p persen\n  n angka sebagai pecahan\n}\n', 'id'))
            .toEqual(['KDH047: `sebagai pecahan` menyatakan cara sel kolom persen ditulis, tetapi `n` bertipe angka; hapus, atau jadikan kolom itu `persen`.']);
    });

    it('and an English file keeps its English keywords for an Indonesian-speaking officer', async () => {
        expect(await messages('household {\n  id text\n}\n', 'id'))
            .toEqual(['KDH008: Skema household memerlukan satu kolom `key` sebagai identitas KPM (mis. `id text key`).']);
    });
});
