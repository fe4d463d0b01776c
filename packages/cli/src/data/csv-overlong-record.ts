/**
 * Walking past a CSV record too long to read (`MAX_RECORD_CHARS`): a quote closed megabytes later,
 * a line of 200 MB. Nothing of it is kept; the walk follows the same grammar as the parser (a quote
 * opens a quoted field only at a field's start, `""` inside one is a quote, text after a closing
 * quote runs to the next separator), so that the records after it are read as they would have been,
 * and counts the line breaks it passes so that later records keep their line numbers.
 */

const QUOTE = 34;
const LF = 10;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: the next character tells a closing quote from `""`. */
const QUOTE_SEEN = 3;

export class OverlongRecord {
    private state = FIELD_START;
    /** Line breaks passed so far, the record's last one included once `walk` finds its end. */
    lineBreaks = 0;

    constructor(private readonly delimiterCode: number) {}

    /**
     * Walks `text` from `from`: the index just after the record's last line break, or -1 when the
     * text ends first (then `walk` goes on with the next piece, from 0).
     */
    walk(text: string, from: number): number {
        const length = text.length;
        let i = from;
        while (i < length) {
            if (this.state === QUOTED) {
                const quote = text.indexOf('"', i);
                const stop = quote < 0 ? length : quote;
                for (let n = text.indexOf('\n', i); n >= 0 && n < stop; n = text.indexOf('\n', n + 1)) this.lineBreaks++;
                if (quote < 0) return -1;
                this.state = QUOTE_SEEN;
                i = quote + 1;
                continue;
            }
            const c = text.charCodeAt(i++);
            if (this.state === QUOTE_SEEN && c === QUOTE) {
                this.state = QUOTED;
            } else if (c === LF) {
                this.lineBreaks++;
                return i;
            } else if (c === this.delimiterCode) {
                this.state = FIELD_START;
            } else if (this.state === FIELD_START) {
                this.state = c === QUOTE ? QUOTED : UNQUOTED;
            } else if (this.state === QUOTE_SEEN) {
                this.state = UNQUOTED;
            }
        }
        return -1;
    }
}
