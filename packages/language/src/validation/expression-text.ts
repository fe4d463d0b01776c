import type { AstNode } from 'langium';

/** The expression as the officer wrote it, with runs of spaces collapsed, for messages and explanations. */
export function expressionText(node: AstNode | undefined): string {
    return node?.$cstNode?.text.replace(/\s+/g, ' ').trim() ?? '';
}
