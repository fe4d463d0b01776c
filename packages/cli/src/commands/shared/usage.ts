/**
 * What every command does with wrong use: say what is wrong on stderr and exit 2 (exit 1 is for
 * problems in the rules or the data).
 */
import { parseIsoDate, type Lang } from '@kaidah/engine';
import { cliMessages } from '../../messages.js';

/** Prints a usage problem; returns exit code 2. */
export function usage(message: string): number {
    console.error(message);
    return 2;
}

/** The problem with `--on DATE` (run, explain, test, diff), or undefined when it is absent or a date. */
export function checkOnDate(on: string | undefined, lang: Lang): string | undefined {
    if (on === undefined || !('error' in parseIsoDate(on))) return undefined;
    return cliMessages(lang).badOnDate(on);
}
