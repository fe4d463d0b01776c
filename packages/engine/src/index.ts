/**
 * @kaidah/engine: evaluates a Plan (compiled by @kaidah/language) against household rows and fills
 * each district's graduation quota. Knows nothing of Langium.
 *
 * Typical use:
 *   const reader = createRowReader(plan.schema, headers);      // once per file
 *   const evaluator = prepareEvaluator(plan);                  // once per plan
 *   for each row: const row = reader.read(fields);             // → values or problems (rejects)
 *                 if (row.ok) results.push(evaluator.evaluate(row.values));
 *   const allocation = allocateQuotas(plan, results);
 *   explainHousehold(plan, results[i], lang); explainStatus(allocation, i, lang);
 */
export type * from './plan.js';

export type { ReasonCode } from './reasons.js';
export { REASON_CODES } from './reasons.js';

export type { LiteralError, LiteralParse, CellParse } from './numbers.js';
export {
    parseNumberText,
    parseMoneyText,
    parsePercentText,
    parseDataNumber,
    parseDataMoney,
    parseDataPercent,
    parseDataCount,
    parseDataYesNo,
    formatNumber,
    formatRupiah,
    formatPercent,
    formatValue,
    roundHalfAwayFromZero,
} from './numbers.js';
export { parseIsoDate, parseDataDate, formatIsoDate, formatDate } from './dates.js';

export type { Lang, Messages, CategoryFigures, TotalFigures } from './messages.js';
export { messagesFor, detectLang } from './messages.js';

export type { AllowedRange, RowProblem, RowResult, RowReader } from './coerce.js';
export { createRowReader, normaliseHeader, describeReason, describeProblem, describeMissingColumn } from './coerce.js';

export type { PaidComponent } from './benefit.js';
export type { HouseholdResult, Slot, Evaluator } from './evaluate.js';
export { prepareEvaluator, evaluatorFor, evaluateConstants, evaluateFormula } from './evaluate.js';

export type { ShownSide, Fact, CategoryFacts, HouseholdExplanation } from './explain.js';
export {
    explainHousehold,
    explainHouseholdFacts,
    renderHouseholdExplanation,
    renderFact,
    explainBenefit,
} from './explain.js';

export type {
    HouseholdStatusCode,
    HouseholdStatus,
    CategorySummary,
    DistrictSummary,
    UnmatchedDistrict,
    AllocationTotals,
    Allocation,
} from './allocate.js';
export { allocateQuotas, explainStatus, describeCategorySummary, describeTotals } from './allocate.js';

export { normaliseDistrictName } from './districts.js';
export { displayText, operatorSign } from './notation.js';
