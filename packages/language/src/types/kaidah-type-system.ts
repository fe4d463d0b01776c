import type { ValueType } from '@kaidah/engine';
import { WorkspaceCache, type AstNode } from 'langium';
import { isColumn, isQuantity, type Expression, type Referable } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { inferType, isValueType, referableType, type TypeLookup } from './infer-type.js';
import { columnTypeToValueType, type KaidahType } from './kaidah-types.js';

/**
 * The checker's types as a language service: the types of constants and values are remembered in a
 * Langium `WorkspaceCache`, so they are worked out once and forgotten whenever a document changes.
 */
export class KaidahTypeSystem implements TypeLookup {
    private readonly known: WorkspaceCache<Referable, KaidahType>;

    constructor(services: KaidahServices) {
        this.known = new WorkspaceCache(services.shared);
    }

    /** The type of an expression; `error` where a mistake (already reported) makes it unknowable. */
    typeOf(expr: Expression | undefined): KaidahType {
        return inferType(expr, this.known);
    }

    /** The type of a declared name: a column, quantity, constant or value. */
    typeOfReferable(target: Referable | undefined): KaidahType {
        return referableType(target, this.known);
    }

    /**
     * Types for the editor, never failing a request: `typeOf` follows a value's formula into every
     * value it uses, so on a long chain of values (`value v2 = v1 + 1`, thousands deep) the first
     * call costs the length of the chain and can overflow the stack. Here such a call gives no type.
     */
    valueTypeOf(expression: Expression | undefined): ValueType | undefined {
        try {
            const type = this.typeOf(expression);
            return isValueType(type) ? type : undefined;
        } catch {
            return undefined;
        }
    }

    valueTypeOfDeclaration(node: AstNode | undefined): ValueType | undefined {
        if (isColumn(node) || isQuantity(node)) return columnTypeToValueType(node.type);
        try {
            const type = this.typeOfReferable(node as Referable | undefined);
            return isValueType(type) ? type : undefined;
        } catch {
            return undefined;
        }
    }
}
