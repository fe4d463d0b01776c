import { describe, expect, it } from 'vitest';
import { diagnosticsOf, rangeText } from './rules-workspace.js';

/** Syntax errors in a file written in Bahasa Indonesia speak the file's language. */
const keluarga = 'keluarga {\n  id teks kunci\n  district teks\n  income uang\n}\n';
const cannotRead = 'Cannot read this part of the rules: ';
const tidakDapatDibaca = 'Bagian aturan ini tidak dapat dibaca: ';

async function syntaxError(text: string, lang: 'en' | 'id' = 'en') {
    const diagnostics = await diagnosticsOf(text, lang);
    expect(diagnostics, JSON.stringify(diagnostics.map((d) => d.message))).toHaveLength(1);
    return { message: diagnostics[0]!.message, at: rangeText(text, diagnostics[0]!) };
}

describe('syntax errors in an Indonesian file', () => {
    it('expect the keyword as the file writes it, and suggest it: `jika` for `jkia` and `bila`', async () => {
        expect((await syntaxError(`${keluarga}graduasi g "G"\n  jkia income > 0\n`)).message)
            .toBe(`${cannotRead}expected \`jika\` but found \`jkia\`. Did you mean \`jika\`?`);
        expect((await syntaxError(`${keluarga}graduasi g "G"\n  bila income > 0\n`, 'id')).message)
            .toBe(`${tidakDapatDibaca}seharusnya \`jika\`, tetapi tertulis \`bila\`. Mungkin maksud Anda \`jika\`?`);
    });

    it('quote what is found as written, not the English keyword it was read as', async () => {
        const { message, at } = await syntaxError(`${keluarga}nilai x = income +\nkonstanta y = 3\n`);
        expect(message).toBe(`${cannotRead}unexpected \`konstanta\` here.`);
        expect(at).toBe('konstanta');
    });

    it('say once, plainly, that an English keyword does not belong in it', async () => {
        const { message, at } = await syntaxError(`${keluarga}graduasi g "G"\n  when income > 0\n`);
        expect(message).toBe(`${cannotRead}this file is written in Bahasa Indonesia (it starts with \`keluarga\`): write \`jika\` for \`when\`.`);
        expect(at).toBe('when');
        expect((await syntaxError(`${keluarga}graduasi g "G"\n  when income > 0\n`, 'id')).message)
            .toBe(`${tidakDapatDibaca}file ini ditulis dalam bahasa Indonesia (diawali \`keluarga\`): tulis \`jika\`, bukan \`when\`.`);
    });

    it('name the whole phrase and the form that fits the place', async () => {
        const cases: [string, string, string][] = [
            [`${keluarga}nilai x = round down(income)\n`, 'bulatkan ke bawah', 'round down'],
            [`${keluarga}nilai x = round(income)\n`, 'bulatkan', 'round'],
            [`${keluarga}graduasi g "G"\n  jika income > 0\n  rank by income\n`, 'urutkan menurut', 'rank by'],
            [`${keluarga}graduasi g "G"\n  jika not income > 0\n`, 'bukan', 'not'],
            [`${keluarga}graduasi g "G"\n  jika income > 0 or income < 1\n`, 'atau', 'or'],
            [`${keluarga}komponen bantuan (at most 4) {\n  income Rp 1\n}\n`, 'paling banyak', 'at most'],
            [`${keluarga}konstanta c = Rp 1 from 2024-01-01\n`, 'mulai', 'from'],
            [`${keluarga}uji "t" from "kasus.csv"\n`, 'dari', 'from'],
            [`${keluarga}uji "t" {\n  keluarga {\n    income Rp 1\n  }\n  expect kategori = tidak ada\n}\n`, 'harapkan', 'expect'],
        ];
        for (const [text, write, written] of cases) {
            const { message, at } = await syntaxError(text);
            expect(message, text).toBe(`${cannotRead}this file is written in Bahasa Indonesia (it starts with \`keluarga\`): write \`${write}\` for \`${written}\`.`);
            expect(at, text).toBe(written);
        }
    });

    it('tell the language by the word that shows it when the file does not start with it', async () => {
        expect((await syntaxError('program "P" tahun 2024\nhousehold {\n  id teks kunci\n}\n')).message)
            .toBe(`${cannotRead}this file is written in Bahasa Indonesia (it says \`tahun\`): write \`keluarga\` for \`household\`.`);
    });

    it('leave English files as they were: `jika` there is a suggestion of `when`', async () => {
        const schema = 'household {\n  id text key\n  district text\n  income money\n}\n';
        expect((await syntaxError(`${schema}graduation g "G"\n  jika income > 0\n`)).message)
            .toBe(`${cannotRead}expected \`when\` but found \`jika\`. Did you mean \`when\`?`);
    });
});
