/** The English sentences. Numbers are formatted the Indonesian way before they get here. */
import type { Messages } from './message-types.js';

export const en: Messages = {
    yes: 'yes',
    no: 'no',
    undefinedNumber: 'undefined',
    months: [
        'January', 'February', 'March', 'April', 'May', 'June',
        'July', 'August', 'September', 'October', 'November', 'December',
    ],

    reasons: {
        'empty': 'is empty',
        'missing-field': 'is missing: the row has fewer fields than the header',
        'not-a-number': 'is not a number',
        'not-money': 'is not an amount of money (for example Rp 1.500.000)',
        'not-a-percent': 'is not a percentage (for example 85 or 85%)',
        'not-a-whole-number': 'is not a whole number',
        'negative': 'is negative',
        'not-yes-no': 'is not yes or no (write ya/tidak, y/t or 1/0)',
        'percent-out-of-range': 'is not between 0 and 100%',
        'not-a-date': 'is not a valid date (write day/month/year with a four-digit year, for example 01/03/2024, 1 Maret 2024 or 2024-03-01)',
        'day-number': 'is the number a spreadsheet keeps for a date, not a date: format the column as a date (dd/mm/yyyy) and export the file again',
        'out-of-range': 'is outside the range the rules allow for this column',
        'scientific-notation':
            'was turned into scientific notation by a spreadsheet (like 3.51E+15) and has lost its digits; ' +
            'format the column as text and export the file again',
        'ambiguous-comma':
            'could be read two ways (850,000 as Rp 850 with a decimal comma, or as Rp 850.000 grouped the English way): ' +
            'write it the Indonesian way, with dots between thousands (Rp 850.000)',
        'ambiguous-percent':
            'could be read two ways (0,85 as 0,85% or as 85%): write it with the percent sign (85%), ' +
            'or declare the column `percent as fraction` or `percent as number` in the rules',
        'too-large': 'is too large to be read exactly (at most 9.007.199.254.740.991)',
        'too-many-digits': 'has more digits than can be kept exactly (at most 15 significant digits)',
        'beyond-sen': 'has more than two decimals: amounts of money are kept to the sen, never rounded',
        'wrong-shape': 'does not have as many fields as the header: a separator too many or too few shifts its cells',
        'unreadable-characters':
            'holds characters that could not be read (bytes that are not UTF-8); save the file as UTF-8 and export it again',
    },
    literalErrors: {
        'malformed': 'is not a number written the Indonesian way (for example 1.500.000 or 1,5)',
        'ambiguous-dot':
            'has a dot that does not group thousands: write decimals with a comma (1,5) and group thousands with dots (1.500)',
    },
    mustBeInRange: (min, max, dates) =>
        min !== undefined && max !== undefined
            ? `must be between ${min} and ${max}`
            : min !== undefined
              ? dates ? `must be on or after ${min}` : `must be at least ${min}`
              : dates ? `must be on or before ${max}` : `must be at most ${max}`,
    columnWithHeader: (column, header) => `${column} (column "${header}")`,
    cellProblem: (subject, value, reason) => (value === undefined ? `${subject} ${reason}` : `${subject}: "${value}" ${reason}`),
    ambiguousPercent: (asNumber, asFraction) =>
        `could mean ${asNumber} or ${asFraction}: write ${asFraction} (or ${asNumber}) with the percent sign, ` +
        'or declare the column `percent as fraction` (0,85 is 85%) or `percent as number` (85 is 85%) in the rules',
    ambiguousComma: (asDecimal, asThousands) =>
        `could mean ${asDecimal} (a decimal comma) or ${asThousands} (a comma between thousands, as English writes it): ` +
        `write it the Indonesian way, with dots between thousands (${asThousands}) or a decimal comma and two decimals`,
    dayNumber: (date) =>
        `is the number a spreadsheet keeps for a date (probably ${date}), not a date: format the column as a date (dd/mm/yyyy) and export the file again`,
    wrongShape: (fields, header) =>
        `the row has ${fields} fields, the header has ${header}: a separator too many or too few shifts its cells, so none is read`,
    paddedShape: (fields, header) =>
        `the row has ${fields} fields, the header has ${header}, and its cells do not read as their columns: a separator too many or too few has probably shifted them`,

    holdsAs: (text, value) => `${text} is ${value}`,
    doesNotHold: (condition) => `${condition} does not hold`,
    noCategory: 'No graduation category applies.',
    factSeparator: '; ',
    failedFactSeparator: ' and ',

    benefit: (total, parts) => `benefit ${total}: ${parts}`,
    noBenefit: 'no benefit: no member qualifies for a component',
    benefitCap: (eligible, paid) => `${eligible} members qualify, at most ${paid} are paid`,

    statuses: {
        'proposed': 'proposed',
        'reserve': 'reserve',
        'stays': 'stays',
        'no-district': 'district not in the rules',
    },
    ranked: (rank, of, district) => `ranked ${rank} of ${of} in ${district}`,
    target: (value, formula) => (formula === undefined ? `target ${value}` : `target ${value} (${formula})`),
    noTarget: 'no target for this category',
    placed: (ranking, target, status) => `${ranking}; ${target}: ${status}`,
    rankedInUnit: (rank, of, per, unit) =>
        unit === ''
            ? `ranked ${rank} of ${of} among the households with no ${per === 'facilitator' ? 'facilitator' : 'sub-district'} given`
            : per === 'facilitator'
              ? `ranked ${rank} of ${of} among the households of facilitator ${unit}`
              : `ranked ${rank} of ${of} in sub-district ${unit}`,
    perUnit: { subdistrict: 'per sub-district', facilitator: 'per facilitator' },
    unitNames: { subdistrict: 'sub-district', facilitator: 'facilitator' },
    unnamedUnit: (per) => (per === 'facilitator' ? '(no facilitator given)' : '(no sub-district given)'),
    caseload: (households) => `${households} households`,
    targetPer: (value, per, details) =>
        `target ${value} ${per === 'facilitator' ? 'per facilitator' : 'per sub-district'}${details === undefined ? '' : ` (${details})`}`,
    staysSentence: 'stays in the programme',
    districtNotInRules: (district) => `district "${district}" is not in the rules: not ranked`,
    noDistrictGiven: 'no district given: not ranked',

    trace: {
        household: (key) => `Household ${key}`,
        where: (unit, name) => (unit === 'facilitator' ? `facilitator ${name}` : `sub-district ${name}`),
        valuesTitle: 'Values',
        derived: 'worked out',
        benefitTitle: (total) => `Benefit: ${total} a year`,
        cap: (members) => `at most ${members} members are paid, the highest amounts first`,
        paid: (members, component, amount, total) => `paid      ${members} × ${component} ${amount} = ${total}`,
        notPaid: (members, component, amount) => `not paid  ${members} × ${component} ${amount}: over the cap on paid members`,
        noMemberQualifies: 'no member qualifies for a component',
        categoriesTitle: 'Graduation categories, in order (national first, then the district\'s own): the first that holds is the household\'s',
        categoryHolds: 'holds',
        categoryFails: 'does not hold',
        chosen: '← the household\'s category',
        earlierCategoryWins: '(an earlier category holds, so this one does not count)',
        districtOwn: (district) => `${district} only`,
        adaptedBy: (district) => `condition of ${district}`,
        allOf: 'all of:',
        anyOf: 'any of:',
        notOf: 'not:',
        rankTitle: (by, descending, value) => `Ranking: by ${by}, ${descending ? 'highest' : 'lowest'} first; this household: ${value}`,
        notRanked: 'Ranking: not ranked (no graduation category)',
        decisionTitle: (status) => `Decision: ${status}`,
    },

    unitSummary: (f) =>
        `${f.district}, ${f.category}: target ${f.formula} ${f.per === 'facilitator' ? 'per facilitator' : 'per sub-district'} in ` +
        `${f.units} ${f.per === 'facilitator' ? 'facilitators' : 'sub-districts'}: ${f.unitsShort} short of their target ` +
        `(shortfall ${f.shortfall} in all), ${f.unitsOver} with more candidates than their target`,

    labels: {
        household: 'Household',
        district: 'District',
        households: 'Households',
        category: 'Category',
        target: 'Target',
        formula: 'Formula',
        candidates: 'Candidates',
        proposed: 'Proposed',
        reserve: 'Reserve',
        shortfall: 'Shortfall',
        surplus: 'Surplus',
        stays: 'Stays',
        unmatched: 'District not in rules',
        benefit: 'Benefit',
        status: 'Status',
        rank: 'Rank',
        explanation: 'Explanation',
    },
};
