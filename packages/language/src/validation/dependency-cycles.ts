import { WorkspaceCache } from 'langium';
import type { KaidahServices } from '../kaidah-module.js';
import { definitionBodies, definitionDependencies, type Definition } from '../types/dependencies-first.js';

export { definitionBodies };

const dependencies = definitionDependencies;

/** Per definition: the other definitions of its cycle (strongly connected component), or none. */
type Components = WorkspaceCache<Definition, Set<Definition> | null>;

/**
 * Finds circles among constants and values (KDH016). Components are found once for everything
 * reachable (Tarjan's algorithm, without recursion, so a chain of thousands of values is fine) and
 * remembered in a `WorkspaceCache` until a document changes.
 */
export class DependencyCycles {
    private readonly components: Components;

    constructor(services: KaidahServices) {
        this.components = new WorkspaceCache(services.shared);
    }

    /** The names of a cycle through `start`, from `start` back to itself (`a → b → a`), or undefined. */
    cycleThrough(start: Definition): string[] | undefined {
        if (!this.components.has(start)) findComponents(start, this.components);
        const component = this.components.get(start);
        if (!component) return undefined;
        return [...pathWithin(start, component), start].map((d) => d.name);
    }
}

function findComponents(root: Definition, components: Components): void {
    const index = new Map<Definition, number>();
    const low = new Map<Definition, number>();
    const onStack = new Set<Definition>();
    const stack: Definition[] = [];
    const work: { node: Definition; next: Definition[]; i: number }[] = [];
    const open = (node: Definition) => {
        index.set(node, index.size);
        low.set(node, index.get(node)!);
        stack.push(node);
        onStack.add(node);
        work.push({ node, next: dependencies(node), i: 0 });
    };
    open(root);
    while (work.length > 0) {
        const frame = work[work.length - 1];
        if (frame.i < frame.next.length) {
            const next = frame.next[frame.i++];
            if (components.has(next)) continue;
            if (!index.has(next)) open(next);
            else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
            continue;
        }
        work.pop();
        if (work.length > 0) {
            const parent = work[work.length - 1].node;
            low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
        }
        if (low.get(frame.node) === index.get(frame.node)) {
            const members = new Set<Definition>();
            let member: Definition;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                members.add(member);
            } while (member !== frame.node);
            const cyclic = members.size > 1 || dependencies(frame.node).includes(frame.node);
            for (const m of members) components.set(m, cyclic ? members : null);
        }
    }
}

/** A shortest walk from `start` to a definition that leads back to `start`, inside its component. */
function pathWithin(start: Definition, component: Set<Definition>): Definition[] {
    const previous = new Map<Definition, Definition | undefined>([[start, undefined]]);
    const queue: Definition[] = [start];
    while (queue.length > 0) {
        const current = queue.shift()!;
        for (const next of dependencies(current)) {
            if (next === start) {
                const path: Definition[] = [];
                for (let at: Definition | undefined = current; at; at = previous.get(at)) path.unshift(at);
                return path;
            }
            if (component.has(next) && !previous.has(next)) {
                previous.set(next, current);
                queue.push(next);
            }
        }
    }
    return [start];
}
