import {
    AstUtils,
    DefaultScopeProvider,
    MapScope,
    WorkspaceCache,
    type AstNode,
    type LangiumCoreServices,
    type LangiumDocuments,
    type ReferenceInfo,
    type Scope,
} from 'langium';
import { isDistrict, isTestCase } from '../generated/ast.js';
import { districtOwnNodes, districtScopedNodes } from './kaidah-scope-computation.js';
import { collectUseClosure } from './use-paths.js';

/**
 * A rule file sees its own names and those of the files it uses (transitively), never the rest of
 * the workspace: two district files in one folder must not see each other's overrides.
 * A district's own constants, values and categories are seen inside its block only, and by tests
 * (which give a household of that district).
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
        const program = this.closureScopes.get(cacheKey, () => {
            const uris = collectUseClosure(document, (uri) => this.documents.getDocument(uri));
            return new MapScope(this.indexManager.allElements(referenceType, new Set(uris.keys())));
        });
        const district = AstUtils.getContainerOfType(context.container, isDistrict);
        if (district) return this.ownNames(districtOwnNodes(district), referenceType, program);
        if (!AstUtils.getContainerOfType(context.container, isTestCase)) return program;
        return this.closureScopes.get(`${cacheKey}|tests`, () => {
            const files = collectUseClosure(document, (uri) => this.documents.getDocument(uri));
            const nodes = [...files.values()].flatMap((d) => [...districtScopedNodes(d.parseResult.value)]);
            return this.ownNames(nodes, referenceType, program);
        });
    }

    private ownNames(nodes: Iterable<AstNode>, referenceType: string, outer: Scope): Scope {
        const own = [...nodes].filter((node) => this.reflection.isSubtype(node.$type, referenceType));
        return own.length === 0 ? outer : this.createScopeForNodes(own, outer);
    }
}
