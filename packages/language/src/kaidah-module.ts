import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { KaidahGeneratedModule, KaidahGeneratedSharedModule } from './generated/module.js';
import { KaidahCodeActionProvider } from './lsp/kaidah-code-actions.js';
import { createGuardedParser } from './parser/nesting-guard.js';
import { KaidahScopeComputation } from './references/kaidah-scope-computation.js';
import { KaidahScopeProvider } from './references/kaidah-scope-provider.js';
import { KaidahDocumentValidator } from './validation/kaidah-document-validator.js';
import { KaidahValidator, registerValidationChecks } from './validation/kaidah-validator.js';
import { KaidahSettings } from './workspace/kaidah-settings.js';

/** Services Kaidah adds to Langium's. */
export type KaidahAddedServices = {
    settings: KaidahSettings;
    validation: {
        KaidahValidator: KaidahValidator;
    };
};

export type KaidahServices = LangiumServices & KaidahAddedServices;

/** Overrides only what differs from Langium's defaults, grouped by area. */
export const KaidahModule: Module<KaidahServices, PartialLangiumServices & KaidahAddedServices> = {
    settings: () => new KaidahSettings(),
    parser: {
        LangiumParser: (services) => createGuardedParser(services),
    },
    references: {
        ScopeComputation: (services) => new KaidahScopeComputation(services),
        ScopeProvider: (services) => new KaidahScopeProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new KaidahDocumentValidator(services),
        KaidahValidator: (services) => new KaidahValidator(services),
    },
    lsp: {
        CodeActionProvider: (services) => new KaidahCodeActionProvider(services),
    },
};

/** The one way to build Kaidah's services: the language server, the CLI and the tests all call it. */
export function createKaidahServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Kaidah: KaidahServices;
} {
    const shared = inject(createDefaultSharedModule(context), KaidahGeneratedSharedModule);
    const Kaidah = inject(createDefaultModule({ shared }), KaidahGeneratedModule, KaidahModule);
    shared.ServiceRegistry.register(Kaidah);
    registerValidationChecks(Kaidah);
    if (!context.connection) {
        // Without a language client nobody sends configuration; mark it ready so builds do not wait.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Kaidah };
}
