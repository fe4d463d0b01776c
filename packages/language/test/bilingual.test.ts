import { EmptyFileSystem, URI } from 'langium';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../src/formatting/canonical-text.js';
import { createKaidahServices } from '../src/kaidah-module.js';
import { fileLanguage } from '../src/keywords/file-language.js';
import { translateRuleFile } from '../src/keywords/translate.js';
import type { RuleLanguage } from '../src/keywords/keyword-table.js';
import { exampleFiles } from './lsp/lsp-workspace.js';
import { buildRules } from './rules-workspace.js';

const services = createKaidahServices(EmptyFileSystem).Kaidah;
const factory = services.shared.workspace.LangiumDocumentFactory;
const format = (text: string) => canonicalText(factory.fromString(text, URI.file('/rules/f.kaidah')));

function translate(text: string, to: RuleLanguage): string {
    const result = translateRuleFile(text, to, services);
    if (!result?.ok) throw new Error(`cannot translate: ${JSON.stringify(result)}\n${text}`);
    return result.text;
}

/** Every file of a program compiled, by name. */
async function plans(files: Record<string, string>) {
    const rules = await buildRules(files);
    return Object.fromEntries(Object.keys(files).map((name) => {
        expect(rules.diagnostics(name).filter((d) => d.severity === 1), name).toEqual([]);
        return [name, rules.compile(name).plan];
    }));
}

const examples = exampleFiles();

describe('rule files in English and Bahasa Indonesia', () => {
    it('knows a file\'s language from its first keyword of one language', () => {
        expect(fileLanguage('program "PKH 2024" year 2024')).toBe('en');
        expect(fileLanguage('program "PKH 2024" tahun 2024')).toBe('id');
        expect(fileLanguage('// pakai\n/** keluarga */ use "x.kaidah"')).toBe('en');
        expect(fileLanguage('pakai "pkh-2024.kaidah"\nkabupaten "Kabupaten Probolinggo" { }')).toBe('id');
        expect(fileLanguage('program "x"')).toBe('en');
    });

    it('every example translated to Indonesian and back is the formatted original, with the same Plans', async () => {
        const indonesian: Record<string, string> = {};
        for (const [name, text] of Object.entries(examples)) {
            indonesian[name] = translate(text, 'id');
            expect(fileLanguage(indonesian[name]!), name).toBe('id');
            expect(translate(indonesian[name]!, 'en'), name).toBe(format(text));
        }
        const english = await plans(examples);
        expect(await plans(indonesian)).toEqual(english);
    });

    it('keeps the other language\'s keywords free as names: `nilai` in English, `value` in Indonesian', async () => {
        const en = 'household {\n  id text key\n  district text\n  nilai count\n}\nvalue jumlah = nilai + 1\n';
        const id = 'keluarga {\n  id teks kunci\n  district teks\n  nilai_x jumlah\n  value jumlah\n}\nnilai total = value + 1\n';
        const rules = await buildRules({ 'en.kaidah': en, 'id.kaidah': id });
        expect(rules.diagnostics('en.kaidah')).toEqual([]);
        expect(rules.diagnostics('id.kaidah')).toEqual([]);
        expect(rules.compile('id.kaidah').plan.schema.columns.map((c) => c.name)).toEqual(['id', 'district', 'nilai_x', 'value']);
    });

    it('a program mixes the languages: an English national file used by an Indonesian district file', async () => {
        const district = 'pakai "pkh-2024.kaidah"\n\nkabupaten "Kabupaten Probolinggo" kode 3513 {\n  facilitators 258\n}\n\n'
            + 'uji "target Probolinggo" {\n  harapkan target self_reliant untuk "Kabupaten Probolinggo" = 2.580\n}\n';
        const rules = await buildRules({ 'pkh-2024.kaidah': examples['pkh-2024.kaidah']!, 'probolinggo.kaidah': district });
        expect(rules.diagnostics('probolinggo.kaidah')).toEqual([]);
        const { plan } = rules.compile('probolinggo.kaidah');
        expect(plan.districts[0]!.targets).toEqual([expect.objectContaining({ category: 'self_reliant', value: 2580 })]);
    });
});

/** Small random programs over every kind of declaration and expression. */
const name = fc.constantFrom('income', 'pupils', 'kids', 'decile', 'savings');
const atom = fc.oneof(
    fc.constantFrom('income', 'Rp 1.500.000', '2 × income', 'round down(10% of income)', 'round up(income / 3)', 'round(income)', 'years since born'),
);
const condition = fc.tuple(atom, fc.constantFrom('>', '<=', '='), atom, fc.constantFrom('and', 'or'), fc.boolean())
    .map(([a, op, b, joiner, negate]) => `${negate ? 'not ' : ''}${a} ${op} ${b} ${joiner} has_business = ${negate ? 'no' : 'yes'}`);
const program = fc.record({
    year: fc.integer({ min: 2024, max: 2030 }),
    valueName: name.map((n) => `v_${n}`),
    conditions: fc.array(condition, { minLength: 1, maxLength: 3 }),
    direction: fc.constantFrom('ascending', 'descending', ''),
    per: fc.constantFrom('', ' per facilitator', ' per subdistrict'),
    cap: fc.integer({ min: 1, max: 5 }),
}).map(({ year, valueName, conditions, direction, per, cap }) => [
    `program "Random" year ${year}`,
    'household {\n  id text key "Nomor"\n  district text\n  subdistrict text\n  facilitator text\n  income money\n  kids count\n  born date\n'
    + '  has_business yes/no\n  attendance percent as fraction\n  decile number between 1 and 10 column "desil"\n}',
    `constant line = Rp 550.458 from 2023-03-01, Rp 582.932 from ${year}-03-01`,
    `benefit components (at most ${cap}) {\n  kids Rp 900.000\n}`,
    `value ${valueName} = kids + 1`,
    ...conditions.map((c, i) => `${i === 0 ? 'adaptable ' : ''}graduation g${i} "G ${i}"\n  when ${c}${direction ? `\n  rank by income ${direction}` : ''}`),
    `every district {\n  quantity facilitators count\n  target g0 = round down(10% of households)${per}\n  reward g0 = Rp 1,5 juta\n}`,
    'district "Kabupaten X" code 35.13 {\n  facilitators 10\n  line = Rp 600.000 from 2024-01-01\n  adapt graduation g0 when income > line\n}',
    'test "t" {\n  households 1.200\n  household {\n    kids 1\n  }\n  expect category = none\n  expect benefit = Rp 900.000\n}',
].join('\n\n') + '\n');

describe('translation properties on random programs', () => {
    it('translating to Indonesian and back gives the formatted original, and both compile to the same Plan', async () => {
        await fc.assert(fc.asyncProperty(program, async (text) => {
            const original = format(text);
            expect(original).toBeDefined();
            const indonesian = translate(text, 'id');
            expect(translate(indonesian, 'en')).toBe(original);
            const [en, id] = [await plans({ 'p.kaidah': original! }), await plans({ 'p.kaidah': indonesian })];
            expect(id).toEqual(en);
        }), { numRuns: 25 });
    });
});
