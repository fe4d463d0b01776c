/**
 * Bounds on what the lexer is given. A line (and so a string literal or a number, which never span
 * lines) of millions of characters overflows the lexer's regular expressions, and a rule file of
 * many megabytes is no officer's work; both are blanked before lexing and reported where they start.
 */
export const maxLineLength = 10_000;
export const maxFileLength = 2_000_000;

export const lineTooLongMessage = 'kaidah:line-too-long';
export const fileTooLargeMessage = 'kaidah:file-too-large';

export interface Oversized {
    offset: number;
    message: string;
}

/** The text with over-long lines blanked (offsets and line breaks kept), or all of it when the file is too large. */
export function blankOversized(input: string): { text: string; oversized?: Oversized } {
    if (input.length > maxFileLength) return { text: keepLineBreaks(input), oversized: { offset: 0, message: fileTooLargeMessage } };
    let oversized: Oversized | undefined;
    let text = input;
    // Any of LF, CRLF and CR ends a line, as for the lexer and the editor.
    const lines = new RegExp(`[^\\r\\n]{${maxLineLength + 1},}`, 'g');
    for (let match = lines.exec(input); match; match = lines.exec(input)) {
        oversized ??= { offset: match.index, message: lineTooLongMessage };
        text = text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
    }
    return oversized ? { text, oversized } : { text };
}

function keepLineBreaks(input: string): string {
    return input.replace(/[^\r\n]/g, ' ');
}
