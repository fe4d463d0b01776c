import { CstUtils, isJSDoc, parseJSDoc, type AstNode } from 'langium';

/** The text of a `/** ... *\/` comment just before a declaration, kept for hover and reports. */
export function documentationOf(node: AstNode): string | undefined {
    const comment = CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']);
    if (!comment || !isJSDoc(comment)) return undefined;
    const text = parseJSDoc(comment).toString().trim();
    return text.length > 0 ? text : undefined;
}
