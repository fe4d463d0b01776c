/**
 * Every sentence the engine produces, one table per language. The tables are en.ts and id.ts;
 * their shape, `Messages`, is in message-types.ts. Numbers are formatted the Indonesian way in both
 * languages before they get here.
 */
import type { Lang, Messages } from './message-types.js';
import { en } from './en.js';
import { id } from './id.js';

export type * from './message-types.js';

const TABLES: Readonly<Record<Lang, Messages>> = { en, id };

export function messagesFor(lang: Lang): Messages {
    return TABLES[lang];
}

/**
 * The officer's language from the POSIX locale: the first set of LC_ALL, LC_MESSAGES, LANG (that
 * is their precedence) decides; `id`, `id_ID.UTF-8`, `id-ID` give Indonesian, anything else English.
 */
export function detectLang(env: Record<string, string | undefined> = process.env): Lang {
    const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
    return /^id(?:[_.@-]|$)/i.test(locale) ? 'id' : 'en';
}
