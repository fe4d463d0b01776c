import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { KaidahServices } from '../kaidah-module.js';

/**
 * Takes what the editor says at initialize: its locale (VS Code sends `id` for Indonesian) picks the
 * language of messages, and its workspace folders bound where `use` may reach.
 */
export function applyClientSettings(shared: LangiumSharedServices, kaidah: KaidahServices): void {
    shared.lsp.LanguageServer.onInitialize((params) => {
        kaidah.settings.lang = params.locale?.toLowerCase().startsWith('id') ? 'id' : 'en';
        const folders = params.workspaceFolders?.map((folder) => URI.parse(folder.uri))
            ?? (params.rootUri ? [URI.parse(params.rootUri)] : []);
        kaidah.settings.setRoots(folders);
    });
}
