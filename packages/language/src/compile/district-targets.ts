import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { isDistrictDefaults, isNameRef, isQuantity, type District, type Quantity, type Target } from '../generated/ast.js';
import { ruleFilesInScope } from '../validation/rule-file-closure.js';

/**
 * What is in force in a district for each graduation category (a target, a reward): the
 * `every district` defaults the district does not set itself, then its own. The compiler, the
 * validator and the editor all merge with this one function.
 */
export function inForceInDistrict<T extends { category?: { $refText: string } }>(defaults: readonly T[], own: readonly T[]): T[] {
    const overridden = new Set(own.map((item) => item.category?.$refText));
    return [...defaults.filter((item) => !overridden.has(item.category?.$refText)), ...own];
}

/** A target in force in a district: its own, or the `every district` one it did not override. */
export interface TargetInForce {
    target: Target;
    inherited: boolean;
}

/** The targets in force in a district, each marked with whether it comes from `every district`. */
export function targetsInForce(district: District, defaults: readonly Target[]): TargetInForce[] {
    const own = new Set(district.targets);
    return inForceInDistrict(defaults, district.targets).map((target) => ({ target, inherited: !own.has(target) }));
}

/** The targets of the `every district` blocks a node's file sees (the same for every district in it). */
export function defaultTargets(node: AstNode, documents: LangiumDocuments): Target[] {
    return ruleFilesInScope(node, documents).flatMap((f) => f.elements.filter(isDistrictDefaults)).flatMap((d) => d.targets);
}

/** A quantity a district's target needs that the district neither sets nor gets from a default. */
export interface MissingQuantity {
    quantity: Quantity;
    /** The first target in force that needs it. */
    target: Target;
}

/** The quantities a district is missing (KDH012), in the order its targets need them, each once. */
export function missingQuantities(district: District, documents: LangiumDocuments): MissingQuantity[] {
    const given = new Set(district.settings.map((s) => s.quantity.ref).filter((q) => q !== undefined));
    const missing: MissingQuantity[] = [];
    for (const { target } of targetsInForce(district, defaultTargets(district, documents))) {
        if (!target.formula) continue;
        for (const ref of AstUtils.streamAst(target.formula).filter(isNameRef)) {
            const quantity = ref.ref.ref;
            if (isQuantity(quantity) && !given.has(quantity) && !quantity.default) {
                missing.push({ quantity, target });
                given.add(quantity);
            }
        }
    }
    return missing;
}
