import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { KaidahServices } from '../kaidah-module.js';
import { usedUris } from '../references/use-paths.js';
import { findProjectRoot } from '../workspace/project-root.js';
import type { RulesRoot } from '../workspace/kaidah-settings.js';
import { nodeFileProbe } from './file-probe.js';

/**
 * Loads the rule files a user named and every file they `use`, then parses, links and validates
 * them together. `use` never reaches outside the project of the named files (the nearest folder with
 * a `kaidah.json` or `.git`; outside any project, the file's own folder), links followed, nor reads
 * anything but a `.kaidah` file: such paths are left unloaded and reported by the validator.
 */
export async function loadRuleFiles(services: KaidahServices, filePaths: string[]): Promise<LangiumDocument[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const entryUris = filePaths.map((p) => URI.file(path.resolve(p)));
    services.settings.setRoots(entryUris.map((uri) => rulesRootOf(path.dirname(uri.fsPath))));
    services.settings.fileExists = (uri) => existsSync(uri.fsPath);
    services.settings.files = nodeFileProbe;

    const loaded = new Map<string, LangiumDocument>();
    const queue = [...entryUris];
    while (queue.length > 0) {
        const uri = queue.shift()!;
        if (loaded.has(uri.toString())) continue;
        const document = await documents.getOrCreateDocument(uri);
        loaded.set(uri.toString(), document);
        for (const used of usedUris(document)) {
            // The validator reports every other target (outside, missing, a folder, not a rule file).
            if (services.settings.useTarget(used, false) === 'ok') queue.push(used);
        }
    }
    await services.shared.workspace.DocumentBuilder.build([...loaded.values()], { validation: true });
    return entryUris.map((uri) => loaded.get(uri.toString())!);
}

/** All documents that were loaded, entry files and used files alike. */
export function allLoadedDocuments(services: KaidahServices): LangiumDocument[] {
    return services.shared.workspace.LangiumDocuments.all.toArray();
}

/** The folder `use` may not leave for a rule file in `folder`: its project, else the folder itself. */
function rulesRootOf(folder: string): RulesRoot {
    const project = findProjectRoot(URI.file(folder), nodeFileProbe);
    return project ? { uri: project, marked: true } : { uri: URI.file(folder), marked: false };
}
