import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { KaidahServices } from '../kaidah-module.js';
import type { KaidahWorkspaceManager } from '../workspace/kaidah-workspace-manager.js';

/**
 * Takes what the editor says at initialize: its locale (VS Code sends `id` for Indonesian) picks the
 * language of messages, and the projects of its workspace folders bound where `use` may reach.
 */
export function applyClientSettings(shared: LangiumSharedServices, kaidah: KaidahServices): void {
    shared.lsp.LanguageServer.onInitialize((params) => {
        kaidah.settings.lang = params.locale?.toLowerCase().startsWith('id') ? 'id' : 'en';
        const folders = params.workspaceFolders?.map((folder) => URI.parse(folder.uri))
            ?? (params.rootUri ? [URI.parse(params.rootUri)] : []);
        applyWorkspaceFolders(shared, kaidah, folders);
    });
}

/** `use` may reach as far as the project of each opened folder, as on the command line. */
export function applyWorkspaceFolders(shared: LangiumSharedServices, kaidah: KaidahServices, folders: URI[]): void {
    const projectOf = (shared.workspace.WorkspaceManager as KaidahWorkspaceManager).projectOf;
    kaidah.settings.setRoots(folders.map((folder) => {
        const project = projectOf?.(folder);
        return project ? { uri: project.root, marked: project.marked } : folder;
    }));
}
