/**
 * The shape of every sentence the engine produces. Both language tables (en.ts, id.ts) implement
 * `Messages`, so the compiler refuses a sentence that exists in one language only.
 */
import type { HouseholdStatusCode, LiteralError, ReasonCode, TargetUnit } from '../plan/codes.js';

export type Lang = 'en' | 'id';

/** Words of `renderTrace`, the full trace of one household. */
export interface TraceMessages {
    household(key: string): string;
    /** `sub-district Leces`, `facilitator PDP-3513-0001`: where the household is. */
    where(unit: TargetUnit, name: string): string;
    valuesTitle: string;
    /** Marks a derived value (worked out by the rules) in the values list. */
    derived: string;
    benefitTitle(total: string): string;
    /** After the benefit title when the rules cap paid members. */
    cap(members: string): string;
    paid(members: string, component: string, amount: string, total: string): string;
    notPaid(members: string, component: string, amount: string): string;
    noMemberQualifies: string;
    categoriesTitle: string;
    categoryHolds: string;
    categoryFails: string;
    /** After the category that is the household's. */
    chosen: string;
    /** A category that holds but comes after the household's: it does not count. */
    earlierCategoryWins: string;
    /** Beside a district's own category (tried after the national ones). */
    districtOwn(district: string): string;
    /** Beside a national category tried with the district's own condition. */
    adaptedBy(district: string): string;
    allOf: string;
    anyOf: string;
    notOf: string;
    rankTitle(by: string, descending: boolean, value: string): string;
    notRanked: string;
    decisionTitle(status: string): string;
}

/** Figures of a category counted per unit in one district, already formatted, for `unitSummary`. */
export interface UnitFigures {
    district: string;
    category: string;
    per: TargetUnit;
    /** The formula as written, e.g. `10`. */
    formula: string;
    units: string;
    /** Units with fewer candidates than their target, and by how many households in all. */
    unitsShort: string;
    shortfall: string;
    /** Units with more candidates than their target. */
    unitsOver: string;
}

export interface Messages {
    yes: string;
    no: string;
    /** A number with no value: a division by zero, or a district quantity of an unknown district. */
    undefinedNumber: string;
    /** Month names, January first, for dates such as `1 March 2024`. */
    months: readonly string[];

    /** Why a data cell was rejected, as the predicate of a sentence about the cell. */
    reasons: Record<ReasonCode, string>;
    /**
     * The range a cell must be in, as a predicate replacing `reasons['out-of-range']` when the range
     * is known. Bounds are formatted; one may be absent. `dates` picks before/after wording.
     */
    mustBeInRange(min: string | undefined, max: string | undefined, dates: boolean): string;
    /** Why a number literal in a rule file is refused, as a predicate. */
    literalErrors: Record<LiteralError, string>;
    /** Names a column together with its header in the file when the two differ. */
    columnWithHeader(column: string, header: string): string;
    /** One rejected cell; `value` is absent when the cell is blank or missing. */
    cellProblem(subject: string, value: string | undefined, reason: string): string;
    /** A bare percent the rules do not settle, with its two readings formatted: `0,85%`, `85%`. */
    ambiguousPercent(asNumber: string, asFraction: string): string;
    /** Money written `850,000`, with its two readings formatted: `Rp 850`, `Rp 850.000`. */
    ambiguousComma(asDecimal: string, asThousands: string): string;
    /** A spreadsheet's day number in a date column, with the date it probably stands for, formatted. */
    dayNumber(date: string): string;
    /** A row whose field count differs from the header's: the whole row is rejected for it. */
    wrongShape(fields: string, header: string): string;
    /** A row padded with empty fields (or short of fields under blank headers) whose cells then failed: the shape is the likely cause. */
    paddedShape(fields: string, header: string): string;

    /** An atomic condition that is a yes/no value: `has_business is yes`. */
    holdsAs(text: string, value: string): string;
    /** A comparison that is false: `eligible_members 3 = 0 does not hold`. */
    doesNotHold(condition: string): string;
    /** Opens the explanation of a household that falls in no graduation category. */
    noCategory: string;
    /** Between the conditions that held for a category. */
    factSeparator: string;
    /** Between the conditions that failed together (every branch of an `or`). */
    failedFactSeparator: string;

    benefit(total: string, parts: string): string;
    noBenefit: string;
    /** Appended when the cap on paid members left some eligible members unpaid. */
    benefitCap(eligible: string, paid: string): string;

    /** One word or phrase per household status, for a status column. */
    statuses: Record<HouseholdStatusCode, string>;
    ranked(rank: string, of: string, district: string): string;
    target(value: string, formula: string | undefined): string;
    noTarget: string;
    /** `ranked 12 of 340 in …; target 2.580 (…): proposed`. */
    placed(ranking: string, target: string, status: string): string;
    /** `ranked 3 of 12 among the households of facilitator PDP-3513-0001`; `unit` '' when the data give none. */
    rankedInUnit(rank: string, of: string, per: TargetUnit, unit: string): string;
    /** `per facilitator`, `per sub-district`: how a target is counted. */
    perUnit: Record<TargetUnit, string>;
    /** The unit words, for tables: `facilitator`, `sub-district`. */
    unitNames: Record<TargetUnit, string>;
    /** A unit with no name in the data: `(no facilitator given)`. */
    unnamedUnit(per: TargetUnit): string;
    /** The caseload a target was worked out on: `225 households`. */
    caseload(households: string): string;
    /** `target 10 per facilitator`; with details `target 22 per facilitator (round down(10% of households), 225 households)`. */
    targetPer(value: string, per: TargetUnit, details: string | undefined): string;
    /** Status sentence of a household in no category. */
    staysSentence: string;
    districtNotInRules(district: string): string;
    noDistrictGiven: string;

    /** Words of the full trace of one household (`kaidah explain`). */
    trace: TraceMessages;

    /**
     * The targets of one category counted per unit, for the lines under the summary table:
     * `Kabupaten Pamekasan, Graduasi Sejahtera Mandiri: 10 per facilitator, 191 facilitators: 23 short of their target (shortfall 57), 140 with a surplus`.
     */
    unitSummary(figures: UnitFigures): string;

    /** Column headings for decision files and summary tables. */
    labels: {
        household: string;
        district: string;
        households: string;
        category: string;
        target: string;
        formula: string;
        candidates: string;
        proposed: string;
        reserve: string;
        shortfall: string;
        surplus: string;
        stays: string;
        unmatched: string;
        benefit: string;
        status: string;
        rank: string;
        explanation: string;
    };
}
