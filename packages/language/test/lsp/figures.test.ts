import { isDistrict, isRuleFile } from '../../src/generated/ast.js';
import { describe, expect, it } from 'vitest';
import { examplesWorkspace, exampleFiles } from './lsp-workspace.js';

describe('the figures the editor shows', () => {
    it('are the figures `kaidah run` works with: every district target of the examples, as compilePlan gives it', async () => {
        const rules = await examplesWorkspace();
        const figures = rules.services.lsp.EvaluatedFigures;
        const districts = Object.keys(exampleFiles())
            .map((name) => rules.document(name).parseResult.value)
            .filter(isRuleFile)
            .flatMap((root) => root.elements.filter(isDistrict));
        let compared = 0;
        for (const name of Object.keys(exampleFiles())) {
            const { plan } = rules.compile(name);
            for (const compiled of plan.districts) {
                const district = districts.find((d) => d.name === compiled.name)!;
                const shown = figures.targetsOf(district).map(({ target }) => {
                    const figure = figures.figureOf(target.formula, district);
                    return { category: target.category.$refText, value: figure.kind === 'value' ? figure.value : figure.kind };
                });
                expect(shown).toEqual(compiled.targets.map((t) => ({ category: t.category, value: t.value })));
                expect(Object.fromEntries(figures.quantitiesOf(district))).toEqual(Object.fromEntries(compiled.quantities.map((q) => [q.name, q.value])));
                compared++;
            }
        }
        expect(compared).toBe(13); // each district file's district (Jember's too), and the six of the field reports again in field-reports.kaidah
    });
});
