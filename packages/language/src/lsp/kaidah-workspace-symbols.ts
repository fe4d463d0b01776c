import { UriUtils, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isDistrict, isRuleFile } from '../generated/ast.js';

/**
 * Workspace symbols: the declared names Langium indexes (columns, constants, values, quantities,
 * categories), and the districts, which are not names other files refer to and so are not indexed,
 * but which an officer looks for by name ("Probolinggo" finds "Kabupaten Probolinggo").
 */
export class KaidahWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: Parameters<DefaultWorkspaceSymbolProvider['getSymbols']>[1]): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (!isRuleFile(root)) continue;
            for (const district of root.elements.filter(isDistrict)) {
                const range = district.$cstNode?.range;
                if (!range || typeof district.name !== 'string') continue;
                if (!district.name.toLowerCase().includes(query) && !this.fuzzyMatcher.match(query, district.name)) continue;
                symbols.push({
                    name: district.name,
                    kind: SymbolKind.Namespace,
                    containerName: UriUtils.basename(document.uri),
                    location: { uri: document.uri.toString(), range },
                });
            }
        }
        return symbols;
    }
}
