import {
    AstUtils,
    DefaultScopeProvider,
    MapScope,
    WorkspaceCache,
    type LangiumCoreServices,
    type LangiumDocuments,
    type ReferenceInfo,
    type Scope,
} from 'langium';
import { collectUseClosure } from './use-paths.js';

/**
 * A rule file sees its own names and those of the files it uses (transitively), never the rest of
 * the workspace: two district files in one folder must not see each other's overrides.
 */
export class KaidahScopeProvider extends DefaultScopeProvider {
    private readonly documents: LangiumDocuments;
    private readonly closureScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.closureScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const cacheKey = `${document.uri.toString()}|${referenceType}`;
        return this.closureScopes.get(cacheKey, () => {
            const uris = collectUseClosure(document, (uri) => this.documents.getDocument(uri));
            return new MapScope(this.indexManager.allElements(referenceType, new Set(uris.keys())));
        });
    }
}
