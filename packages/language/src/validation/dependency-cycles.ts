import { AstUtils } from 'langium';
import { isConstant, isNameRef, isValue, type Constant, type Expression, type Value } from '../generated/ast.js';

type Definition = Constant | Value;

/** Every expression a definition is made of: a value's formula, each dated value of a constant. */
export function definitionBodies(definition: Definition): Expression[] {
    if (isConstant(definition)) return definition.values.map((dated) => dated.value).filter((v) => v !== undefined);
    return definition.expression ? [definition.expression] : [];
}

function dependencies(definition: Definition): Definition[] {
    return definitionBodies(definition)
        .flatMap((body) => AstUtils.streamAst(body).toArray())
        .filter(isNameRef)
        .map((ref) => ref.ref.ref)
        .filter((target): target is Definition => isConstant(target) || isValue(target));
}

/**
 * The names of a cycle through `start`, spelled out from `start` back to itself
 * (`a → b → a`), or undefined when `start` is not part of one.
 */
export function findDependencyCycle(start: Definition): string[] | undefined {
    const path: Definition[] = [start];
    const visited = new Set<Definition>();
    const search = (current: Definition): boolean => {
        for (const next of dependencies(current)) {
            if (next === start) return true;
            if (visited.has(next)) continue;
            visited.add(next);
            path.push(next);
            if (search(next)) return true;
            path.pop();
        }
        return false;
    };
    return search(start) ? [...path, start].map((d) => d.name) : undefined;
}
