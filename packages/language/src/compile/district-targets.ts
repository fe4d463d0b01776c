import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { isDistrictDefaults, isNameRef, isQuantity, type District, type Quantity, type Target } from '../generated/ast.js';
import { ruleFilesInScope } from '../validation/rule-file-closure.js';

/** A target that applies in a district: its own, or the `every district` one it did not override. */
export interface EffectiveTarget {
    target: Target;
    inherited: boolean;
}

/**
 * The targets of a district as the compiler merges them (compile-plan.ts `withOverrides`): the
 * defaults of `every district` in the files it sees, less those the district sets itself, then its own.
 */
export function effectiveTargets(district: District, documents: LangiumDocuments, defaults = defaultTargets(district, documents)): EffectiveTarget[] {
    const own = new Set(district.targets.map((t) => t.category?.$refText));
    return [
        ...defaults.filter((t) => !own.has(t.category?.$refText)).map((target) => ({ target, inherited: true })),
        ...district.targets.map((target) => ({ target, inherited: false })),
    ];
}

/** The targets of the `every district` blocks a node's file sees (the same for every district in it). */
export function defaultTargets(node: AstNode, documents: LangiumDocuments): Target[] {
    return ruleFilesInScope(node, documents).flatMap((f) => f.elements.filter(isDistrictDefaults)).flatMap((d) => d.targets);
}

/** The quantities declared in `every district` blocks the district's file sees, in order. */
export function quantitiesInScope(district: District, documents: LangiumDocuments): Quantity[] {
    return ruleFilesInScope(district, documents)
        .flatMap((f) => f.elements.filter(isDistrictDefaults))
        .flatMap((d) => d.quantities);
}

/**
 * Quantities a district's targets need that it neither sets nor gets from a default: the ones the
 * validator reports with KDH012, in the same order.
 */
export function missingQuantities(district: District, documents: LangiumDocuments): Quantity[] {
    const given = new Set(district.settings.map((s) => s.quantity.ref).filter((q) => q !== undefined));
    const missing: Quantity[] = [];
    for (const { target } of effectiveTargets(district, documents)) {
        if (!target.formula) continue;
        for (const ref of AstUtils.streamAst(target.formula).filter(isNameRef)) {
            const quantity = ref.ref.ref;
            if (isQuantity(quantity) && !given.has(quantity) && !quantity.default) {
                missing.push(quantity);
                given.add(quantity);
            }
        }
    }
    return missing;
}
