/**
 * The stable codes every layer of the engine shares: why a cell was rejected, why a literal is not a
 * number, a household's status, the unit a target is counted on. Codes, not sentences: the sentences
 * for officers live in messages/, one table per language.
 */

/**
 * Why a data cell was rejected. Codes are stable (they appear in reject files and tests); the
 * sentences for officers live in messages/.
 */
export type ReasonCode =
    /** The cell is blank (only text columns other than the key may be blank). */
    | 'empty'
    /** The row has fewer fields than the header, so this column has no cell at all. */
    | 'missing-field'
    | 'not-a-number'
    | 'not-money'
    | 'not-a-percent'
    | 'not-a-whole-number'
    | 'negative'
    | 'not-yes-no'
    | 'percent-out-of-range'
    /** Not a date in an accepted format (`01/03/2024`, `2024-03-01`, …), or a date the calendar lacks. */
    | 'not-a-date'
    /**
     * Five digits alone in a date column: the number a spreadsheet keeps for a date (`45292`
     * is 1 January 2024), written out when the column was not formatted as a date.
     */
    | 'day-number'
    /** Outside the range the column declares (`between 1 and 10`). */
    | 'out-of-range'
    /** A long identifier that a spreadsheet turned into `3.51E+15`: its digits are lost. */
    | 'scientific-notation'
    /**
     * Money written `850,000` or `1,500`: one to three digits, a comma, three digits. Rupiah have two
     * decimals, so the comma is more likely English grouping (Rp 850.000) than a decimal (Rp 850).
     */
    | 'ambiguous-comma'
    /** A bare percent that fits the column read either way (`0,85`: 0,85% or 85%), and the rules do not say which. */
    | 'ambiguous-percent'
    /** Beyond what a double holds exactly (more than 9.007.199.254.740.991, or written past Infinity). */
    | 'too-large'
    /** More significant digits than a double keeps: the number read would not be the number written. */
    | 'too-many-digits'
    /** Money with a non-zero digit past the sen (two decimals): keeping it would mean rounding. */
    | 'beyond-sen'
    /** The row has more or fewer fields than the header, so its cells cannot be matched to columns. */
    | 'wrong-shape'
    /** Text holding bytes the file's encoding could not read (shown as U+FFFD). */
    | 'unreadable-characters';

/** Why a number literal in a rule file is refused. */
export type LiteralError = 'malformed' | 'ambiguous-dot';

export type HouseholdStatusCode =
    /** Ranked within the target: proposed for graduation. */
    | 'proposed'
    /** Ranked beyond the target: waiting list. */
    | 'reserve'
    /** In no graduation category: stays in the programme. */
    | 'stays'
    /** Its district is not in the rules: not ranked, but counted. */
    | 'no-district';

/** How a target is counted when not for the whole district. */
export type TargetUnit = 'subdistrict' | 'facilitator';
