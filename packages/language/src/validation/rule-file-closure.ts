import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { isRuleFile, type RuleFile } from '../generated/ast.js';
import { collectUseClosure } from '../references/use-paths.js';
import type { Location } from './diagnostics.js';

/** The rule files a node's file sees: itself first, then every file it uses, directly or not. */
export function ruleFilesInScope(node: AstNode, documents: LangiumDocuments): RuleFile[] {
    const document = AstUtils.getDocument(node);
    const closure = collectUseClosure(document, (uri) => documents.getDocument(uri));
    return [...closure.values()].map((d) => d.parseResult.value).filter(isRuleFile);
}

/** Where `node` is, seen from `from`: a line of the same file (`line 12`), or of another (`file.kaidah:12`). */
export function locationOf(node: AstNode, from: AstNode): Location {
    const document = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    if (document === AstUtils.getDocument(from)) return { line };
    return { line, file: document.uri.path.split('/').pop() ?? document.uri.path };
}
