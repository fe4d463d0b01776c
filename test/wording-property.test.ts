/**
 * Properties of quoting rule code in its file's words, on random conditions written in English and
 * translated to Bahasa Indonesia (`kaidah translate`'s own function):
 *
 * - both files compile to one Plan, and the English one quotes every expression as its `text`;
 * - every quote of the Indonesian Plan is faithful: read back as the formula of a value in an
 *   Indonesian file, it compiles to the very expression of the English Plan (structure, types and
 *   English text), and no word of it is an English keyword.
 */
import type { Expr, Plan } from '@kaidah/engine';
import { writtenText } from '@kaidah/engine';
import { compilePlan, createKaidahServices, translateRuleFile } from '@kaidah/language';
import * as fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';

const { Kaidah } = createKaidahServices(EmptyFileSystem);

async function compiled(files: Record<string, string>, entry: string): Promise<Plan> {
    const { Kaidah: services } = createKaidahServices(EmptyFileSystem);
    services.settings.setRoots([URI.file('/rules')]);
    const documents = services.shared.workspace.LangiumDocuments;
    const built: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) built[name] = documents.createDocument(URI.file(`/rules/${name}`), text);
    await services.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
    for (const [name, document] of Object.entries(built)) {
        expect((document.diagnostics ?? []).filter((d) => d.severity === 1), `${name}\n${files[name]}`).toEqual([]);
    }
    return compilePlan(built[entry]!, documents).plan;
}

function toIndonesian(text: string): string {
    const result = translateRuleFile(text, 'id', Kaidah);
    if (!result?.ok) throw new Error(`cannot translate:\n${text}`);
    return result.text;
}

/** An expression and every expression inside it. */
function* within(expr: Expr): Generator<Expr> {
    yield expr;
    if ('left' in expr) {
        yield* within(expr.left);
        yield* within(expr.right);
    }
    if ('operand' in expr) yield* within(expr.operand);
}

/** The conditions, ranks and values of a Plan: every expression an explanation or the report quotes. */
function quoted(plan: Plan): Expr[] {
    return [
        ...plan.graduations.flatMap((g) => [g.condition, ...(g.rank ? [g.rank.expr] : []), ...(g.adaptations ?? []).map((a) => a.condition)]),
        ...plan.values.map((v) => v.expr),
    ];
}

const money = fc.constantFrom('income', 'line', 'Rp 1.500.000', '2 × line', 'round down(10% of income)', 'round up(income / 3)', 'round(income)');
const count = fc.oneof(
    fc.constantFrom('kids', '-kids', '3', 'round down(kids / 2)'),
    fc.constantFrom('years', 'months', 'days').map((unit) => `${unit} since born`),
);
const operator = fc.constantFrom('>', '>=', '<', '=', '!=');
const comparison = fc.oneof(
    fc.tuple(money, operator, money).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(count, operator, count).map(([a, op, b]) => `${a} ${op} ${b}`),
);
const number = fc.oneof(money, count);
const yesNo = fc.oneof(comparison, fc.constantFrom('has_business', 'has_business = yes', 'no = has_business', 'has_business != no'));
const { condition } = fc.letrec<{ condition: string }>((tie) => ({
    condition: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        yesNo,
        tie('condition').map((c) => `not ${c}`),
        fc.tuple(tie('condition'), fc.constantFrom('and', 'or'), tie('condition')).map(([a, op, b]) => `${a} ${op} ${b}`),
        fc.tuple(tie('condition'), fc.constantFrom('and', 'or'), tie('condition')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    ),
}));

const program = fc.record({
    conditions: fc.array(condition, { minLength: 1, maxLength: 3 }),
    rank: number,
    adapted: condition,
    value: number,
}).map(({ conditions, rank, adapted, value }) => [
    'program "Random" year 2024',
    'household {\n  id text key\n  district text\n  income money\n  kids count\n  born date\n  has_business yes/no\n}',
    'constant line = Rp 582.932',
    `value worked = ${value}`,
    ...conditions.map((c, i) => `${i === 0 ? 'adaptable ' : ''}graduation g${i} "G ${i}"\n  when ${c}\n  rank by ${rank} descending`),
    `district "Kabupaten X" {\n  adapt graduation g0 when ${adapted}\n}`,
].join('\n\n') + '\n');

/** English keywords that no Indonesian quote may hold (the names above are none of them). */
const englishOnly = /\b(?:and|or|not|of|since|years|months|days|round|down|up|yes|no)\b/;

describe('quotes of random conditions in an Indonesian file', () => {
    it('are faithful: one Plan, English quoted as written, Indonesian quotes mean the Plan\'s expressions', async () => {
        await fc.assert(fc.asyncProperty(program, async (english) => {
            const indonesian = toIndonesian(english);
            const [en, id] = [await compiled({ 'p.kaidah': english }, 'p.kaidah'), await compiled({ 'p.kaidah': indonesian }, 'p.kaidah')];
            expect(id).toEqual(en);
            for (const expr of quoted(en).flatMap((e) => [...within(e)])) expect(writtenText(expr)).toBe(expr.text);

            const quotes = quoted(id).map((e) => writtenText(e));
            for (const quote of quotes) expect(quote).not.toMatch(englishOnly);
            // each quote read back as a value of an Indonesian file that uses the program
            const readBack = ['pakai "p.kaidah"', ...quotes.map((quote, i) => `nilai quote_${i} = ${quote}`)].join('\n\n') + '\n';
            const back = await compiled({ 'p.kaidah': indonesian, 'q.kaidah': readBack }, 'q.kaidah');
            const backExprs = quotes.map((_, i) => back.values.find((v) => v.name === `quote_${i}`)!.expr);
            expect(backExprs).toEqual(quoted(en));
        }), { numRuns: 30 });
    });
});
