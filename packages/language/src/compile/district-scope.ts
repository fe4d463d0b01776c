/**
 * What a district declares for itself, in the order the Plan keeps it: its own constants, values
 * and graduation categories (after every national one), its conditions for adaptable national
 * categories, and its own values of national constants.
 */
import type { ConstantDef, Expr, GraduationAdaptation } from '@kaidah/engine';
import { isDistrict, type Constant, type DatedValue, type District, type Element, type Expression, type Graduation, type Value } from '../generated/ast.js';
import type { AstNode } from 'langium';
import { valueInForce } from './dated-values.js';

export interface Scoped<T> {
    node: T;
    /** The district's name as written, or undefined for a national declaration. */
    district?: string;
}

function scoped<T>(national: T[], own: (district: District) => T[], districts: District[]): Scoped<T>[] {
    return [
        ...national.map((node) => ({ node })),
        ...districts.flatMap((district) => own(district).map((node) => ({ node, district: district.name }))),
    ];
}

/** Constants, values and categories: the national ones first, then each district's own in file order. */
export function scopedDeclarations(elements: Element[]) {
    const districts = elements.filter(isDistrict);
    return {
        constants: scoped(elements.filter((e): e is Constant => e.$type === 'Constant'), (d) => d.constants, districts),
        values: scoped(elements.filter((e): e is Value => e.$type === 'Value'), (d) => d.values, districts),
        graduations: scoped(elements.filter((e): e is Graduation => e.$type === 'Graduation'), (d) => d.graduations, districts),
    };
}

/** The districts' own conditions for a national category, in file order. */
export function adaptationsOf(graduation: Graduation, districts: District[], toPlan: (e: Expression) => Expr): GraduationAdaptation[] {
    return districts.flatMap((district) => district.adaptations
        .filter((a) => a.category.ref === graduation)
        .map((a) => ({ district: district.name, condition: toPlan(a.condition) })));
}

/**
 * The district's own values of national constants, the one in force on the evaluation date. Before
 * the district's first dated value the national value stands (a 2024 line says nothing of 2023).
 */
export function constantOverrides(
    district: District,
    inForce: (values: DatedValue[], name: string, node: AstNode) => Expression,
    toPlan: (e: Expression) => Expr,
    evaluationDate: string | undefined,
): ConstantDef[] {
    return district.overrides.flatMap((override) => {
        const name = override.constant.$refText;
        const chosen = evaluationDate ? valueInForce(override.values, evaluationDate) : undefined;
        if (evaluationDate && !chosen) return [];
        const expr = toPlan(chosen?.value ?? inForce(override.values, name, override));
        return [{ name, type: expr.type, expr, ...(chosen?.from ? { from: chosen.from } : {}) }];
    });
}
