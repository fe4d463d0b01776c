/**
 * A tiny HTML builder in which escaping is the default: every value put into an `html` template is
 * escaped (text and attributes alike), unless it is itself an `Html` fragment built the same way.
 * So nothing from rules or data can reach the page as markup.
 */
import escapeHtml from 'escape-html';

/** Markup that is safe to insert as is: made only by `html` (or `raw`, for constant markup). */
export class Html {
    constructor(readonly text: string) {}
    toString(): string {
        return this.text;
    }
}

export type HtmlPart = Html | string | number | undefined | null | false | readonly HtmlPart[];

function render(part: HtmlPart): string {
    if (part instanceof Html) return part.text;
    if (part === undefined || part === null || part === false) return '';
    if (Array.isArray(part)) return part.map(render).join('');
    if (typeof part === 'number') {
        if (!Number.isFinite(part)) throw new Error(`Not a finite number in HTML: ${part}`);
        return String(part);
    }
    return escapeHtml(part as string);
}

/** `html\`<td>${name}</td>\``: `name` is escaped; nested `html` fragments and arrays of them are kept. */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
    let out = strings[0]!;
    for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
    return new Html(out);
}

/** Constant markup written in this folder (the style sheet); never pass text from rules or data. */
export function raw(markup: string): Html {
    return new Html(markup);
}

/** A coordinate for SVG: one decimal, so that output is stable and short. */
export function coordinate(n: number): number {
    return Math.round(n * 10) / 10;
}

/** Fragments one after the other. (`+` on two fragments would make a string, which `html` escapes.) */
export function concat(...parts: HtmlPart[]): Html {
    return html`${parts}`;
}
