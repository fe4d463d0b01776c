import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { KaidahGeneratedModule, KaidahGeneratedSharedModule } from './generated/module.js';
import { KaidahFormatter } from './formatting/kaidah-formatter.js';
import { KaidahCodeActionProvider } from './lsp/kaidah-code-actions.js';
import { KaidahCodeLensProvider } from './lsp/kaidah-code-lens.js';
import { KaidahCompletionProvider } from './lsp/kaidah-completion-provider.js';
import { KaidahDocumentSymbolProvider } from './lsp/kaidah-document-symbols.js';
import { KaidahHoverProvider } from './lsp/kaidah-hover-provider.js';
import { KaidahInlayHintProvider } from './lsp/kaidah-inlay-hints.js';
import { KaidahRenameProvider } from './lsp/kaidah-rename-provider.js';
import { KaidahSemanticTokenProvider } from './lsp/kaidah-semantic-tokens.js';
import { KaidahWorkspaceSymbolProvider } from './lsp/kaidah-workspace-symbols.js';
import { createGuardedParser } from './parser/nesting-guard.js';
import { KaidahLexer } from './keywords/kaidah-lexer.js';
import { KaidahValueConverter } from './keywords/name-converter.js';
import { KaidahScopeComputation } from './references/kaidah-scope-computation.js';
import { KaidahScopeProvider } from './references/kaidah-scope-provider.js';
import { KaidahDocumentValidator } from './validation/kaidah-document-validator.js';
import { KaidahValidator, registerValidationChecks } from './validation/kaidah-validator.js';
import { KaidahSettings } from './workspace/kaidah-settings.js';
import { KaidahWorkspaceManager } from './workspace/kaidah-workspace-manager.js';
import { EvaluatedFigures } from './lsp/evaluated-figures.js';
import { KaidahTypeSystem } from './types/kaidah-type-system.js';
import { DependencyCycles } from './validation/dependency-cycles.js';

/** Services Kaidah adds to Langium's. */
export type KaidahAddedServices = {
    settings: KaidahSettings;
    types: {
        /** The checker's types, remembered until a document changes. */
        TypeSystem: KaidahTypeSystem;
    };
    validation: {
        KaidahValidator: KaidahValidator;
        DependencyCycles: DependencyCycles;
    };
    lsp: {
        /** The figures hover, inlay hints and the outline show, remembered until a document changes. */
        EvaluatedFigures: EvaluatedFigures;
    };
};

export type KaidahServices = LangiumServices & KaidahAddedServices;

/** Overrides only what differs from Langium's defaults, grouped by area. */
export const KaidahModule: Module<KaidahServices, PartialLangiumServices & KaidahAddedServices> = {
    settings: () => new KaidahSettings(),
    parser: {
        LangiumParser: (services) => createGuardedParser(services),
        // Each file is read in its own language, English or Bahasa Indonesia, into one syntax tree.
        Lexer: (services) => new KaidahLexer(services),
        ValueConverter: () => new KaidahValueConverter(),
    },
    references: {
        ScopeComputation: (services) => new KaidahScopeComputation(services),
        ScopeProvider: (services) => new KaidahScopeProvider(services),
    },
    types: {
        TypeSystem: (services) => new KaidahTypeSystem(services),
    },
    validation: {
        DocumentValidator: (services) => new KaidahDocumentValidator(services),
        KaidahValidator: (services) => new KaidahValidator(services),
        DependencyCycles: (services) => new DependencyCycles(services),
    },
    lsp: {
        EvaluatedFigures: (services) => new EvaluatedFigures(services),
        CodeActionProvider: (services) => new KaidahCodeActionProvider(services),
        Formatter: () => new KaidahFormatter(),
        HoverProvider: (services) => new KaidahHoverProvider(services),
        InlayHintProvider: (services) => new KaidahInlayHintProvider(services),
        CompletionProvider: (services) => new KaidahCompletionProvider(services),
        DocumentSymbolProvider: (services) => new KaidahDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new KaidahSemanticTokenProvider(services),
        CodeLensProvider: (services) => new KaidahCodeLensProvider(services),
        RenameProvider: (services) => new KaidahRenameProvider(services),
    },
};

/** Workspace-wide editor services: districts are found by name across the workspace. */
export const KaidahSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (services) => new KaidahWorkspaceManager(services),
    },
    lsp: {
        WorkspaceSymbolProvider: (services) => new KaidahWorkspaceSymbolProvider(services),
    },
};

/** The one way to build Kaidah's services: the language server, the CLI and the tests all call it. */
export function createKaidahServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Kaidah: KaidahServices;
} {
    const shared = inject(createDefaultSharedModule(context), KaidahGeneratedSharedModule, KaidahSharedModule);
    const Kaidah = inject(createDefaultModule({ shared }), KaidahGeneratedModule, KaidahModule);
    shared.ServiceRegistry.register(Kaidah);
    registerValidationChecks(Kaidah);
    if (!context.connection) {
        // Without a language client nobody sends configuration; mark it ready so builds do not wait.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Kaidah };
}
