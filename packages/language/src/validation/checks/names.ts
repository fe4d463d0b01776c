import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isColumn, isConstant, isDistrict, isQuantity, type Referable, type RuleFile } from '../../generated/ast.js';
import { expressionText } from '../expression-text.js';
import { districtScopedNodes, referableNodes } from '../../references/kaidah-scope-computation.js';
import { Diagnostics } from '../diagnostics.js';
import type { KaidahValidator } from '../kaidah-validator.js';
import { locationOf, ruleFilesInScope } from '../rule-file-closure.js';

/** Columns the engine reads by name: where a household is and who looks after it. */
const placeColumns = new Set(['district', 'subdistrict', 'facilitator']);

/** Every name a file declares, its districts' own included: one name means one thing in a program. */
function* declaredNodes(file: RuleFile): Generator<AstNode> {
    yield* referableNodes(file);
    yield* districtScopedNodes(file);
}

/** Declared names: each once across the files in scope (KDH004), and each used (KDH030). */
export function nameChecks(v: KaidahValidator) {
    return {
        checkNamesAreUnique: (file: RuleFile, accept: ValidationAcceptor): void => {
            const firstByName = new Map<string, AstNode>();
            const [own, ...used] = ruleFilesInScope(file, v.documents);
            for (const usedFile of used) {
                for (const node of declaredNodes(usedFile)) {
                    const name = (node as Referable).name;
                    if (name && !firstByName.has(name)) firstByName.set(name, node);
                }
            }
            for (const node of declaredNodes(own)) {
                const name = (node as Referable).name;
                if (!name) continue;
                const earlier = firstByName.get(name);
                if (earlier && earlier !== node) {
                    // a national constant declared again in a file that uses it: most likely a district's own value
                    const districtValue = isConstant(node) && isConstant(earlier) && !isDistrict(node.$container) && AstUtils.getDocument(earlier) !== AstUtils.getDocument(node)
                        ? node.values.map(expressionText).join(', ') : undefined;
                    v.report(accept, Diagnostics.duplicateName, { name, where: locationOf(earlier, node), ...(districtValue ? { districtValue } : {}) }, { node, property: 'name' });
                } else {
                    firstByName.set(name, node);
                }
            }
        },

        /** Constants, values and columns nobody refers to are probably a mistake (or left over). */
        checkNamesAreUsed: (file: RuleFile, accept: ValidationAcceptor): void => {
            for (const node of declaredNodes(file)) {
                if (isQuantity(node) || node.$type === 'Graduation') continue; // quantities are what district files fill in
                if (isColumn(node) && (node.key || placeColumns.has(node.name))) continue;
                if (v.references.findReferences(node, { includeDeclaration: false }).head() === undefined) {
                    v.report(accept, Diagnostics.unused, { name: (node as Referable).name }, { node, property: 'name' });
                }
            }
        },
    };
}
