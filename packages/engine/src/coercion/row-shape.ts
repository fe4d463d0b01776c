/**
 * Whether a record has the header's shape. A record with more or fewer fields than the header
 * cannot be matched to columns: a stray separator shifts every cell after it, and reading it
 * anyway drops a field or reports a type error in a shifted cell instead of the real fault.
 *
 * Padding is not a fault: a record whose extra fields are all empty (trailing separators, which
 * Excel writes when a cell to the right was once used), or one that stops early where only blank
 * headers remain, loses nothing and is read. But if such a padded record then fails to read, a
 * shift is the likelier cause than bad cells, and it is rejected for its shape.
 */

export const EXACT = 0;
export const PADDED = 1;
export const WRONG = 2;
export type RowShape = typeof EXACT | typeof PADDED | typeof WRONG;

function isBlank(text: string): boolean {
    return text.trim() === '';
}

/** Judges records against a header of `headers`. */
export function shapeJudge(headers: readonly string[]): (fields: readonly string[]) => RowShape {
    const width = headers.length;
    let namedWidth = width;
    while (namedWidth > 0 && isBlank(headers[namedWidth - 1]!)) namedWidth--;
    return (fields) => {
        const length = fields.length;
        if (length === width) return EXACT;
        if (length < width) return length >= namedWidth ? PADDED : WRONG;
        for (let i = width; i < length; i++) if (!isBlank(fields[i]!)) return WRONG;
        return PADDED;
    };
}
