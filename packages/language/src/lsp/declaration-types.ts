import type { AstNode } from 'langium';
import { isColumn, isQuantity, type Expression, type Referable } from '../generated/ast.js';
import { inferType, isValueType, referableType } from '../types/infer-type.js';
import { columnTypeToValueType } from '../types/kaidah-types.js';
import type { ValueType } from '@kaidah/engine';

/**
 * Types for the editor, never failing a request: the checker's `inferType` follows a value's formula
 * into every value it uses, so on a long chain of values (`value v2 = v1 + 1`, thousands deep) one
 * call costs the length of the chain and can overflow the stack. Here such a call gives no type.
 */
export function typeOfExpression(expression: Expression | undefined): ValueType | undefined {
    try {
        const type = inferType(expression);
        return isValueType(type) ? type : undefined;
    } catch {
        return undefined;
    }
}

export function typeOfDeclaration(node: AstNode | undefined): ValueType | undefined {
    if (isColumn(node) || isQuantity(node)) return columnTypeToValueType(node.type);
    try {
        const type = referableType(node as Referable | undefined);
        return isValueType(type) ? type : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Types for a list of declarations (completion items, the outline). Columns and quantities state
 * their type; constants and values have theirs worked out, at most `budget` of them per list, so that
 * a list over thousands of chained values stays linear: beyond the budget they are listed untyped.
 */
export class TypesForList {
    private remaining: number;

    constructor(budget = 200) {
        this.remaining = budget;
    }

    typeOf(node: AstNode | undefined): ValueType | undefined {
        if (isColumn(node) || isQuantity(node)) return columnTypeToValueType(node.type);
        if (this.remaining <= 0) return undefined;
        this.remaining--;
        return typeOfDeclaration(node);
    }
}
