import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';
import { OutputError } from './output-error.js';

/** What a system code means for the officer's file, in their language. */
export function writeRefusal(code: string, lang: Lang): string {
    const reasons = cliMessages(lang).writeRefusals;
    return reasons[code as keyof typeof reasons] ?? cliMessages(lang).otherRefusal(code);
}

/** The sentence for an output that could not be written, or undefined when the error is not one. */
export function describeOutputError(error: unknown, lang: Lang): string | undefined {
    if (!(error instanceof OutputError)) return undefined;
    return cliMessages(lang).outputFailed(error.target, writeRefusal(error.code, lang), error.committing);
}
