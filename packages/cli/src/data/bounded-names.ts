/**
 * Names from a data file (its column headers) as a message shows them: a header line of 200 MB, or
 * of 100.000 columns, must not become a message of the same size. At most `MAX_NAMES` names, each
 * cut after `MAX_NAME_CHARS` characters, each saying how much more there was.
 */
import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';

const MAX_NAMES = 40;
const MAX_NAME_CHARS = 80;

export function boundedNames(names: readonly string[], lang: Lang): string {
    const text = cliMessages(lang);
    const shown = names.slice(0, MAX_NAMES).map((name) =>
        name.length <= MAX_NAME_CHARS ? name : name.slice(0, MAX_NAME_CHARS) + text.moreCharacters(name.length - MAX_NAME_CHARS));
    if (names.length > MAX_NAMES) shown.push(text.moreColumns(names.length - MAX_NAMES));
    return shown.join(', ');
}
