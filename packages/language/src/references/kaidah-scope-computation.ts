import {
    DefaultScopeComputation,
    MultiMap,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LocalSymbols,
} from 'langium';
import { isDistrict, isDistrictDefaults, isHousehold, isRuleFile, type District } from '../generated/ast.js';

/**
 * Every name in Kaidah is file-level: columns, constants, values, quantities and graduation
 * categories. They are exported once per document and found through the global index (limited to
 * the files a document uses, see KaidahScopeProvider), so no per-container local symbols are built:
 * linking stays linear in file size.
 */
export class KaidahScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of referableNodes(document.parseResult.value)) {
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

/** The names a district declares for itself: seen inside its block (and by tests), never exported. */
export function* districtOwnNodes(district: District): Generator<AstNode> {
    yield* district.constants;
    yield* district.values;
    yield* district.graduations;
}

/** Every district's own names in a rule file, in source order. */
export function* districtScopedNodes(root: AstNode): Generator<AstNode> {
    if (!isRuleFile(root)) return;
    for (const element of root.elements) {
        if (isDistrict(element)) yield* districtOwnNodes(element);
    }
}

/** The named declarations of a rule file that every file using it sees, in source order. */
export function* referableNodes(root: AstNode): Generator<AstNode> {
    if (!isRuleFile(root)) return;
    for (const element of root.elements) {
        if (isHousehold(element)) {
            yield* element.columns;
        } else if (isDistrictDefaults(element)) {
            yield* element.quantities;
        } else if ('name' in element && element.$type !== 'District' && element.$type !== 'TestCase') {
            yield element;
        }
    }
}
