import { AstUtils } from 'langium';
import { isNameRef, type Expression } from '../generated/ast.js';
import { dependenciesFirst } from '../types/dependencies-first.js';

/**
 * Orders definitions so that each comes after those it refers to (constants before the constants
 * that use them, values before values), whatever order they were written in. Cycles were reported
 * by the validator; here they only need not to loop.
 */
export function orderByDependencies<T extends object>(definitions: T[], bodies: (definition: T) => Expression[]): T[] {
    const members = new Set<object>(definitions);
    const placed = new Set<T>();
    const dependencies = (definition: T): T[] => bodies(definition).flatMap((expression) =>
        AstUtils.streamAst(expression).filter(isNameRef).map((ref) => ref.ref.ref)
            .filter((target) => target !== undefined && members.has(target)).toArray() as unknown as T[]);
    const ordered: T[] = [];
    for (const definition of definitions) {
        if (placed.has(definition)) continue;
        for (const next of dependenciesFirst(definition, dependencies, (d) => placed.has(d))) {
            placed.add(next);
            ordered.push(next);
        }
    }
    return ordered;
}
