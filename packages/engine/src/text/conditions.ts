/** How the conditions of a category are shown, shared by the explanation and the full trace. */
import type { Expr } from '../plan/plan.js';

/** A literal, or a negated one (`-5`): shown as written, with no value of its own. */
export function isLiteral(expr: Expr): boolean {
    return expr.kind === 'literal' || (expr.kind === 'negate' && expr.operand.kind === 'literal');
}

/**
 * The yes/no value that a comparison with a yes/no literal is about: `has_business = yes` reads
 * better as `has_business is yes`. Undefined for any other comparison.
 */
export function yesNoReference(expr: Extract<Expr, { kind: 'comparison' }>): Expr | undefined {
    const { left, right } = expr;
    if ((expr.op !== '=' && expr.op !== '!=') || left.type !== 'yesno' || right.type !== 'yesno') return undefined;
    const [reference, literal] = isLiteral(right) ? [left, right] : [right, left];
    return isLiteral(literal) && !isLiteral(reference) ? reference : undefined;
}
