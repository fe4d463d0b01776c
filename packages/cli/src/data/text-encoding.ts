/**
 * The encoding of a data file, decided as it is read. Files are UTF-8, except exports saved by
 * Excel on Windows as plain "CSV", which are Windows-1252 (`Pakè`, `Rp 1.500.000 ±`): read as
 * UTF-8 those bytes would become U+FFFD silently, inside keys too (`35130��00000301`).
 *
 * The decision is made per file, on the first piece that is not plain ASCII: valid UTF-8 settles
 * it as UTF-8; bytes that are not UTF-8, with no valid UTF-8 sequence among them, settle it as
 * Windows-1252. Every piece before was plain ASCII, which both encodings read alike, so switching
 * then changes nothing already read, and byte offsets (one byte a character) stay right. A file
 * that mixes valid UTF-8 with invalid bytes stays UTF-8: its undecodable bytes become U+FFFD, and
 * row coercion refuses a key or text cell holding one ('unreadable-characters').
 */

export type TextEncoding = 'utf-8' | 'windows-1252';

/** What the reader tells the user about a file's encoding, once per file. */
export type EncodingNotice = 'read-as-windows-1252' | 'invalid-utf-8';

const WINDOWS_1252 = new TextDecoder('windows-1252');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
    try {
        STRICT_UTF8.decode(bytes);
        return true;
    } catch {
        return false;
    }
}

/** True when the text has a character that is neither ASCII nor U+FFFD: some bytes were valid UTF-8. */
function hasDecodedNonAscii(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 127 && c !== 0xfffd) return true;
    }
    return false;
}

export class TextDecoding {
    encoding: TextEncoding = 'utf-8';
    /** A piece that was not plain ASCII has been read: the encoding is settled. */
    private settled = false;
    private warnedInvalid = false;

    constructor(private readonly onNotice?: (notice: EncodingNotice) => void) {}

    /** The text of `bytes`, which start and end on a line break or an ASCII byte (never inside a character). */
    decode(bytes: Buffer): string {
        if (this.encoding === 'windows-1252') return WINDOWS_1252.decode(bytes);
        const text = bytes.toString('utf8');
        const replaced = text.indexOf('\uFFFD') >= 0; // each invalid byte is one U+FFFD: same length as ASCII
        if (text.length === bytes.length && !replaced) return text; // plain ASCII: nothing to decide
        if (!replaced || isValidUtf8(bytes)) {
            this.settled = true;
            return text;
        }
        if (!this.settled && !hasDecodedNonAscii(text)) {
            this.settled = true;
            this.encoding = 'windows-1252';
            this.onNotice?.('read-as-windows-1252');
            return WINDOWS_1252.decode(bytes);
        }
        this.settled = true;
        if (!this.warnedInvalid) {
            this.warnedInvalid = true;
            this.onNotice?.('invalid-utf-8');
        }
        return text;
    }

    /** The text of bytes read again later (a record recalled at its offset), in the encoding decided. */
    decodeAgain(bytes: Buffer): string {
        return this.encoding === 'windows-1252' ? WINDOWS_1252.decode(bytes) : bytes.toString('utf8');
    }

    /** True when `text`, decoded from `bytes`, has one character a byte, each at its byte's place. */
    isByteForByte(text: string, bytes: Buffer): boolean {
        return text.length === bytes.length && (this.encoding === 'windows-1252' || text.indexOf('\uFFFD') < 0);
    }
}
