import type { Lang } from '@kaidah/engine';
import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { isRuleFile, type RuleFile } from '../generated/ast.js';
import { collectUseClosure } from '../references/use-paths.js';

/** The rule files a node's file sees: itself first, then every file it uses, directly or not. */
export function ruleFilesInScope(node: AstNode, documents: LangiumDocuments): RuleFile[] {
    const document = AstUtils.getDocument(node);
    const closure = collectUseClosure(document, (uri) => documents.getDocument(uri));
    return [...closure.values()].map((d) => d.parseResult.value).filter(isRuleFile);
}

/** `line 12` (`baris 12`) in the same file, `file.kaidah:12` in another, for messages that point at a declaration. */
export function describeLocation(node: AstNode, from: AstNode, lang: Lang): string {
    const document = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    if (document === AstUtils.getDocument(from)) return lang === 'en' ? `line ${line}` : `baris ${line}`;
    const file = document.uri.path.split('/').pop() ?? document.uri.path;
    return `${file}:${line}`;
}
