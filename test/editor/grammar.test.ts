// The extension's TextMate grammar, tokenized by VS Code's own engine (vscode-textmate with
// vscode-oniguruma, as shipped inside code-server; skipped with the reason when code-server is absent).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, type Token } from './support/textmate.js';
import { examplesDir, extensionDir, firstExisting, missingTool, toolsCache } from './support/paths.js';

const vscodeModules = firstExisting(
    process.env.KAIDAH_CODE_SERVER_DIR && path.join(process.env.KAIDAH_CODE_SERVER_DIR, 'lib/vscode/node_modules'),
    path.join(toolsCache, 'code-server/node_modules/code-server/lib/vscode/node_modules'),
);
const reason = missingTool('code-server (for VS Code\'s TextMate engine)', vscodeModules && firstExisting(path.join(vscodeModules, 'vscode-textmate')), `looked in ${toolsCache}`);
const grammarPath = path.join(extensionDir, 'syntaxes/kaidah.tmLanguage.json');

let tokenize: (text: string) => Token[][];

/** The scopes of the first token whose text is `text` (trimmed), on the line that contains `line`. */
function scopesOf(source: string, line: string, text: string): string[] {
    const lines = source.split('\n');
    const index = lines.findIndex((l) => l.includes(line));
    if (index < 0) throw new Error(`no line with ${line}`);
    const tokens = tokenize(source)[index];
    const token = tokens.find((t) => t.text.trim() === text);
    if (!token) throw new Error(`no token ${JSON.stringify(text)} on ${JSON.stringify(lines[index])}: ${JSON.stringify(tokens.map((t) => t.text))}`);
    return token.scopes;
}

/** The scopes of the whole of `fragment` as one token (or the tokens it is made of, all sharing `scope`). */
function allScoped(source: string, fragment: string, scope: string): boolean {
    const lines = source.split('\n');
    const index = lines.findIndex((l) => l.includes(fragment));
    const start = lines[index].indexOf(fragment);
    let column = 0;
    const covering = tokenize(source)[index].filter((t) => {
        const from = column;
        column += t.text.length;
        return from < start + fragment.length && column > start;
    });
    return covering.length > 0 && covering.every((t) => t.scopes.some((s) => s.startsWith(scope)));
}

describe.skipIf(reason !== undefined)(`TextMate grammar${reason ? ` (skipped: ${reason})` : ''}`, () => {
    beforeAll(async () => {
        tokenize = await loadTokenizer(vscodeModules!, grammarPath);
    }, 30_000);

    const national = readFileSync(path.join(examplesDir, 'pkh-2024.kaidah'), 'utf8');
    const probolinggo = readFileSync(path.join(examplesDir, 'probolinggo.kaidah'), 'utf8');
    const pasuruan = readFileSync(path.join(examplesDir, 'pasuruan.kaidah'), 'utf8');

    it('colours Rupiah amounts as one currency figure, Rp and all', () => {
        expect(allScoped(national, 'Rp 3.000.000', 'constant.numeric.currency.rupiah')).toBe(true);
        expect(allScoped(national, 'Rp   900.000', 'constant.numeric.currency.rupiah')).toBe(true);
        const juta = 'constant bonus = Rp 1,5 juta\nconstant tight = Rp1.500.000\n';
        expect(allScoped(juta, 'Rp 1,5 juta', 'constant.numeric.currency.rupiah')).toBe(true);
        expect(scopesOf(juta, 'juta', 'juta')).toContain('keyword.other.unit.magnitude.kaidah');
        expect(allScoped(juta, 'Rp1.500.000', 'constant.numeric.currency.rupiah')).toBe(true);
    });

    it('colours percentages, dates and numbers with dot groups', () => {
        expect(allScoped(national, '80%', 'constant.numeric.percentage')).toBe(true);
        expect(allScoped('value share = 9,81% of x\n', '9,81%', 'constant.numeric.percentage')).toBe(true);
        expect(scopesOf(national, 'Rp 582.932 from', '2024-03-01')).toContain('constant.numeric.date.kaidah');
        expect(scopesOf(probolinggo, 'expect target', '2.580')).toContain('constant.numeric.decimal.kaidah');
    });

    it('colours declarations, operators and functions by role', () => {
        expect(scopesOf(national, 'constant poverty_line', 'constant')).toContain('storage.type.constant.kaidah');
        expect(scopesOf(national, 'constant poverty_line', 'poverty_line')).toContain('variable.other.constant.kaidah');
        expect(scopesOf(national, 'value eligible_members', 'eligible_members')).toContain('entity.name.function.value.kaidah');
        expect(scopesOf(national, 'graduation self_reliant', 'self_reliant')).toContain('entity.name.type.category.kaidah');
        expect(scopesOf(national, 'target self_reliant', 'self_reliant')).toContain('entity.name.type.category.kaidah');
        expect(scopesOf(national, 'target self_reliant', '×')).toContain('keyword.operator.arithmetic.kaidah');
        expect(scopesOf(national, 'when has_business', 'and')).toContain('keyword.operator.logical.kaidah');
        expect(scopesOf(national, 'when eligible_members', 'or')).toContain('keyword.operator.logical.kaidah');
        expect(scopesOf(pasuruan, 'round down', 'of')).toContain('keyword.operator.word.of.kaidah');
        expect(scopesOf(pasuruan, 'round down', 'round')).toContain('support.function.round.kaidah');
        expect(scopesOf(pasuruan, 'round down', 'down')).toContain('support.function.round.kaidah');
        expect(scopesOf('graduation g "G"\n  when not has_business\n', 'when not', 'not')).toContain('keyword.operator.logical.kaidah');
        expect(scopesOf(national, 'when has_business', 'when')).toContain('keyword.control.conditional.kaidah');
        expect(scopesOf(national, 'has_business     yes/no', 'yes/no')).toContain('support.type.kaidah');
        expect(scopesOf(national, 'has_business     yes/no', 'has_business')).toContain('variable.other.property.column.kaidah');
    });

    it('colours district names inside their strings, after district and in expectations', () => {
        expect(scopesOf(probolinggo, 'district "Kabupaten', '"Kabupaten Probolinggo"')).toEqual(
            expect.arrayContaining(['string.quoted.double.kaidah', 'entity.name.section.district.kaidah']));
        expect(scopesOf(probolinggo, 'expect target', '"Kabupaten Probolinggo"')).toContain('entity.name.section.district.kaidah');
        expect(scopesOf(national, 'column "kabupaten"', 'district')).not.toContain('storage.type.district.kaidah');
    });

    it('tells doc comments from ordinary comments, and highlights amounts inside them', () => {
        expect(scopesOf(national, 'Members who qualify', 'Members who qualify for a PKH component.')).toContain('comment.block.documentation.kaidah');
        expect(scopesOf(probolinggo, '// Kabupaten Probolinggo', '// Kabupaten Probolinggo, 2024: 258 facilitators × 10 = 2.580 families to graduate; more than 50.000 KPM.'.slice(2).trim())).toContain('comment.line.double-slash.kaidah');
        expect(allScoped(national, 'Rp 2.400.000 in April', 'comment.block.documentation')).toBe(true);
    });

    it('ends an unterminated string at the end of its line', () => {
        const broken = 'program "PKH\nconstant x = 1\n';
        expect(scopesOf(broken, 'constant x', 'constant')).toContain('storage.type.constant.kaidah');
    });

    it('knows the recent keywords: code, as fraction|number, and the district scope (adaptable, adapt, a district\'s own value, households in a test)', () => {
        const jember = readFileSync(path.join(examplesDir, 'jember.kaidah'), 'utf8');
        expect(scopesOf(jember, 'code 3509', 'code')).toContain('storage.modifier.code.kaidah');
        expect(scopesOf(jember, 'code 3509', '3509')).toContain('constant.numeric.decimal.kaidah');
        expect(scopesOf(national, 'percent as number', 'as')).toContain('storage.modifier.percent-written.kaidah');
        expect(scopesOf(national, 'percent as number', 'number')).toContain('storage.modifier.percent-written.kaidah');
        expect(scopesOf('  share  percent as fraction\n', 'as fraction', 'fraction')).toContain('storage.modifier.percent-written.kaidah');
        expect(scopesOf(jember, 'poverty_line = Rp 601.234', 'poverty_line')).toContain('variable.other.constant.kaidah');
        expect(allScoped(jember, 'Rp 601.234', 'constant.numeric.currency.rupiah')).toBe(true);
        expect(scopesOf(jember, 'graduation graduasi_mampu', 'graduasi_mampu')).toContain('entity.name.type.category.kaidah');
        const adapted = 'adaptable graduation self_reliant "Mandiri"\n  when has_business\n\ndistrict "Kabupaten Jember" {\n  adapt graduation self_reliant\n    when has_business\n}\n';
        expect(scopesOf(adapted, 'adaptable graduation', 'adaptable')).toContain('storage.modifier.adaptable.kaidah');
        expect(scopesOf(adapted, 'adapt graduation self_reliant', 'adapt')).toContain('storage.modifier.adapt.kaidah');
        expect(scopesOf(adapted, 'adapt graduation self_reliant', 'self_reliant')).toContain('entity.name.type.category.kaidah');
        const caseload = 'test "10% of the caseload" {\n  households 1.200\n  expect target natural of "Kabupaten Pasuruan" = 120\n}\n';
        expect(scopesOf(caseload, 'households 1.200', 'households')).toContain('variable.language.households.kaidah');
        expect(scopesOf(jember, 'target graduasi_mampu', 'target')).not.toContain('variable.other.constant.kaidah');
    });

    it('colours a file written in Bahasa Indonesia as its English twin', () => {
        const nasional = readFileSync(path.join(examplesDir, '../pkh-id/pkh-2024.kaidah'), 'utf8');
        const pasuruanId = readFileSync(path.join(examplesDir, '../pkh-id/pasuruan.kaidah'), 'utf8');
        const pamekasanId = readFileSync(path.join(examplesDir, '../pkh-id/pamekasan.kaidah'), 'utf8');
        expect(scopesOf(nasional, 'program "PKH 2024" tahun', 'tahun')).toContain('keyword.other.year.kaidah');
        expect(scopesOf(nasional, 'keluarga {', 'keluarga')).toContain('storage.type.household.kaidah');
        expect(scopesOf(nasional, 'has_business     ya/tidak', 'ya/tidak')).toContain('support.type.kaidah');
        expect(scopesOf(nasional, 'has_business     ya/tidak', 'has_business')).toContain('variable.other.property.column.kaidah');
        expect(scopesOf(nasional, 'konstanta poverty_line', 'konstanta')).toContain('storage.type.constant.kaidah');
        expect(scopesOf(nasional, 'konstanta poverty_line', 'mulai')).toContain('keyword.other.from.kaidah');
        for (const word of 'komponen bantuan'.split(' ')) expect(scopesOf(nasional, 'komponen bantuan', word)).toContain('storage.type.benefit.kaidah');
        expect(allScoped(nasional, 'paling banyak', 'keyword.other.at-most')).toBe(true);
        const adaptif = 'graduasi adaptif self_reliant "Mandiri"\n  jika has_business\n\nkabupaten "Kabupaten Jember" {\n  sesuaikan graduasi self_reliant\n    jika has_business\n}\n';
        expect(scopesOf(adaptif, 'graduasi adaptif self_reliant', 'adaptif')).toContain('storage.modifier.adaptable.kaidah');
        expect(scopesOf(adaptif, 'graduasi adaptif self_reliant', 'self_reliant')).toContain('entity.name.type.category.kaidah');
        expect(scopesOf(adaptif, 'sesuaikan graduasi', 'sesuaikan')).toContain('storage.modifier.adapt.kaidah');
        expect(scopesOf(adaptif, 'sesuaikan graduasi', 'self_reliant')).toContain('entity.name.type.category.kaidah');
        expect(scopesOf(nasional, 'graduasi natural', 'natural')).toContain('entity.name.type.category.kaidah');
        expect(allScoped(nasional, 'urutkan menurut', 'keyword.control.rank')).toBe(true);
        expect(scopesOf(nasional, 'urutkan menurut', 'turun')).toContain('keyword.control.order.kaidah');
        expect(scopesOf(nasional, 'harapkan kategori = self_reliant', 'harapkan')).toContain('keyword.other.expect.kaidah');
        for (const word of 'setiap kabupaten'.split(' ')) expect(scopesOf(nasional, 'setiap kabupaten', word)).toContain('storage.type.district.kaidah');
        expect(scopesOf(pasuruanId, 'kabupaten "Kabupaten', '"Kabupaten Pasuruan"')).toContain('entity.name.section.district.kaidah');
        for (const word of ['bulatkan', 'ke bawah']) expect(scopesOf(pasuruanId, 'bulatkan ke bawah', word)).toContain('support.function.round.kaidah');
        expect(scopesOf(pasuruanId, 'bulatkan ke bawah', 'dari')).toContain('keyword.operator.word.of.kaidah');
        expect(scopesOf(pasuruanId, 'harapkan target', '"Kabupaten Pasuruan"')).toContain('entity.name.section.district.kaidah');
        expect(scopesOf(pamekasanId, 'penghargaan self_reliant', 'penghargaan')).toContain('storage.type.reward.kaidah');
        const conditions = 'graduasi g "G"\n  jika bukan has_business dan x > 0 atau y = tidak\n';
        expect(scopesOf(conditions, 'jika bukan', 'jika')).toContain('keyword.control.conditional.kaidah');
        for (const word of ['bukan', 'dan', 'atau']) expect(scopesOf(conditions, 'jika bukan', word)).toContain('keyword.operator.logical.kaidah');
        expect(scopesOf(conditions, 'jika bukan', 'tidak')).toContain('constant.language.boolean.kaidah');
        expect(allScoped('uji "t" {\n  harapkan kategori = tidak ada\n}\n', 'tidak ada', 'constant.language.none')).toBe(true);
    });

    it('is the grammar the extension contributes', () => {
        const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
        expect(manifest.contributes.grammars[0].path).toBe('./syntaxes/kaidah.tmLanguage.json');
        const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
        expect(grammar.scopeName).toBe(manifest.contributes.grammars[0].scopeName);
    });
});
