import { realpathSync, statSync } from 'node:fs';
import { URI } from 'langium';
import type { FileKind, FileProbe } from '../workspace/kaidah-settings.js';

/** The file system as `use` and tables of cases see it, for the CLI and the language server alike. */
export const nodeFileProbe: FileProbe = {
    kind(uri: URI): FileKind {
        try {
            const stat = statSync(uri.fsPath);
            return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
        } catch {
            return 'missing';
        }
    },
    realPath(uri: URI): URI | undefined {
        try {
            return URI.file(realpathSync(uri.fsPath));
        } catch {
            return undefined;
        }
    },
};
