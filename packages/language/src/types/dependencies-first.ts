import { AstUtils } from 'langium';
import { isConstant, isNameRef, isValue, type Constant, type Expression, type Value } from '../generated/ast.js';

/**
 * The definitions `root` depends on, directly or through others, each listed after those it depends
 * on, `root` last. Walks without recursion: rule files may hold chains of thousands of values in any
 * order, and a recursive walk would overflow the stack. Definitions `isDone` says are already worked
 * out are neither listed nor walked through; a dependency back onto the path (a cycle, reported by
 * KDH016) is skipped, so the walk always ends.
 */
export function dependenciesFirst<T>(root: T, dependencies: (definition: T) => T[], isDone: (definition: T) => boolean): T[] {
    const ordered: T[] = [];
    const seen = new Set<T>([root]);
    const work: { definition: T; next: T[]; i: number }[] = [{ definition: root, next: dependencies(root), i: 0 }];
    while (work.length > 0) {
        const frame = work[work.length - 1];
        if (frame.i < frame.next.length) {
            const next = frame.next[frame.i++];
            if (seen.has(next) || isDone(next)) continue;
            seen.add(next);
            work.push({ definition: next, next: dependencies(next), i: 0 });
            continue;
        }
        work.pop();
        ordered.push(frame.definition);
    }
    return ordered;
}

/** A constant or a value: a name whose figure is worked out from a formula. */
export type Definition = Constant | Value;

/** Every expression a definition is made of: a value's formula, each dated value of a constant. */
export function definitionBodies(definition: Definition): Expression[] {
    if (isConstant(definition)) return definition.values.map((dated) => dated.value).filter((v) => v !== undefined);
    return definition.expression ? [definition.expression] : [];
}

/** The constants and values a definition's formulas name. */
export function definitionDependencies(definition: Definition): Definition[] {
    const found: Definition[] = [];
    for (const body of definitionBodies(definition)) {
        for (const node of AstUtils.streamAst(body)) {
            if (!isNameRef(node)) continue;
            const target = node.ref.ref;
            if (isConstant(target) || isValue(target)) found.push(target);
        }
    }
    return found;
}
