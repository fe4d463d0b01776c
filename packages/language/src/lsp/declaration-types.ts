import type { ValueType } from '@kaidah/engine';
import type { AstNode } from 'langium';
import { isColumn, isQuantity } from '../generated/ast.js';
import type { KaidahTypeSystem } from '../types/kaidah-type-system.js';
import { columnTypeToValueType } from '../types/kaidah-types.js';

/**
 * Types for a list of declarations (completion items, the outline). Columns and quantities state
 * their type; constants and values have theirs worked out, at most `budget` of them per list, so that
 * a list over thousands of chained values stays linear: beyond the budget they are listed untyped.
 */
export class TypesForList {
    private remaining: number;

    constructor(private readonly types: KaidahTypeSystem, budget = 200) {
        this.remaining = budget;
    }

    typeOf(node: AstNode | undefined): ValueType | undefined {
        if (isColumn(node) || isQuantity(node)) return columnTypeToValueType(node.type);
        if (this.remaining <= 0) return undefined;
        this.remaining--;
        return this.types.valueTypeOfDeclaration(node);
    }
}
