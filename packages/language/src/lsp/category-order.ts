import { AstUtils, type LangiumDocuments } from 'langium';
import { isGraduation, isRuleFile, type Graduation } from '../generated/ast.js';
import { documentsInUseOrder } from '../references/use-paths.js';

/**
 * The national categories a category's file sees, in the order they are tried (files used first),
 * as the compiled Plan orders them: a district's own categories come after all of these.
 */
export function nationalCategories(graduation: Graduation, documents: LangiumDocuments): Graduation[] {
    const document = AstUtils.getDocument(graduation);
    return documentsInUseOrder(document, (uri) => documents.getDocument(uri))
        .map((d) => d.parseResult.value)
        .filter(isRuleFile)
        .flatMap((file) => file.elements.filter(isGraduation));
}
