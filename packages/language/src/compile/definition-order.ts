import { AstUtils } from 'langium';
import { isNameRef, type Expression } from '../generated/ast.js';

/**
 * Orders definitions so that each comes after those it refers to (constants before the constants
 * that use them, values before values). Cycles were reported by the validator; here they only need
 * not to loop.
 */
export function orderByDependencies<T extends object>(definitions: T[], bodies: (definition: T) => Expression[]): T[] {
    const members = new Set<object>(definitions);
    const ordered: T[] = [];
    const state = new Map<T, 'visiting' | 'done'>();
    const visit = (definition: T) => {
        if (state.has(definition)) return;
        state.set(definition, 'visiting');
        for (const expression of bodies(definition)) {
            for (const ref of AstUtils.streamAst(expression).filter(isNameRef)) {
                const target = ref.ref.ref;
                if (target && members.has(target)) visit(target as unknown as T);
            }
        }
        state.set(definition, 'done');
        ordered.push(definition);
    };
    definitions.forEach(visit);
    return ordered;
}
