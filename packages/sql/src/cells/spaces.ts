/**
 * The white space the JS readers skip, as regular-expression classes both engines read (the
 * characters themselves, not escapes, whose syntax differs).
 */

/** `isSpace` (notation/cells.ts): space, tab, CR, LF, no-break space, narrow no-break space, BOM. */
export const CELL_SPACE = ' \t\n\r\u00A0\u202F\uFEFF';

/** What JavaScript's `trim()` and `\s` skip. */
export const JS_SPACE = '\t\n\u000B\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';
