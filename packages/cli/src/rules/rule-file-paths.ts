import { existsSync, statSync } from 'node:fs';
import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';

/** A usage problem with the files named on the command line, or undefined when they are fine. */
export function validateRuleFilePaths(files: string[], lang: Lang): string | undefined {
    const text = cliMessages(lang);
    for (const file of files) {
        if (!existsSync(file) || !statSync(file).isFile()) return text.fileNotFound(file);
        if (!file.endsWith('.kaidah')) return text.notRuleFile(file);
    }
    return undefined;
}
