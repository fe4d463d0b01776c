import { AstUtils } from 'langium';
import { isConstant, isNameRef, isValue, type Constant, type Expression, type Value } from '../generated/ast.js';

type Definition = Constant | Value;

function definitionBody(definition: Definition): Expression | undefined {
    return isConstant(definition) ? definition.value : definition.expression;
}

function dependencies(definition: Definition): Definition[] {
    const body = definitionBody(definition);
    if (!body) return [];
    return AstUtils.streamAst(body)
        .filter(isNameRef)
        .map((ref) => ref.ref.ref)
        .filter((target): target is Definition => isConstant(target) || isValue(target))
        .toArray();
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
