import { AstUtils, type ValidationAcceptor } from 'langium';
import { isDistrict, isGraduation, type Graduation, type RuleFile } from '../../generated/ast.js';
import { documentsInUseOrder } from '../../references/use-paths.js';
import { typeName } from '../../types/kaidah-types.js';
import { alternativesOf, analyseCondition, implies } from '../condition-analysis.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import type { KaidahValidator } from '../kaidah-validator.js';

type Seen = { graduation: Graduation; always: boolean; alternatives: ReturnType<typeof alternativesOf> };

/** Graduation categories: a yes/no condition without quantities, an orderable rank (KDH018), each reachable (KDH034). */
export function graduationChecks(v: KaidahValidator) {
    return {
        checkGraduation: (graduation: Graduation, accept: ValidationAcceptor): void => {
            v.expectYesNo(graduation.condition, { place: 'condition', name: graduation.name }, accept);
            v.checkNoQuantities(graduation.condition, accept);
            if (v.types.typeOf(graduation.condition) === 'yesno') v.reportFixedComparisons(graduation.condition, accept);
            if (graduation.rank) {
                const type = v.types.typeOf(graduation.rank);
                if (type === 'yesno') {
                    v.report(accept, Diagnostics.rankType, { text: expressionText(graduation.rank), type: typeName(type) }, { node: graduation, property: 'rank' });
                }
                v.checkNoQuantities(graduation.rank, accept);
            }
        },

        /** A category after one that always holds, or whose condition implies an earlier one's, is never chosen. */
        checkCategoriesAreReachable: (file: RuleFile, accept: ValidationAcceptor): void => {
            const document = AstUtils.getDocument(file);
            const graduations = documentsInUseOrder(document, (uri) => v.documents.getDocument(uri))
                .flatMap((d) => (d.parseResult.value as RuleFile).elements ?? [])
                .filter(isGraduation);
            const seen: Seen[] = [];
            const check = (graduation: Graduation, earlier: Seen[]): Seen => {
                const verdict = analyseCondition(graduation.condition, v.types);
                const alternatives = alternativesOf(graduation.condition, v.types);
                if (AstUtils.getDocument(graduation) === document) {
                    const winner = earlier.find((e) => e.always || (alternatives && e.alternatives && implies(alternatives, e.alternatives)));
                    if (winner) {
                        v.report(accept, Diagnostics.unreachable, { name: graduation.name, earlier: winner.graduation.name, always: winner.always }, { node: graduation, property: 'name' });
                    }
                }
                return { graduation, always: verdict === 'always', alternatives };
            };
            for (const graduation of graduations) seen.push(check(graduation, seen));
            // a district's own categories come after the national ones (those it adapts have its condition)
            for (const district of file.elements.filter(isDistrict)) {
                const adapted = new Set(district.adaptations.map((a) => a.category.ref));
                const before = seen.filter((e) => !adapted.has(e.graduation));
                for (const graduation of district.graduations) before.push(check(graduation, before));
            }
        },
    };
}
