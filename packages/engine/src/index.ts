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
 *
 * For a whole caseload, without keeping every household (what `kaidah run` does):
 *   const selection = new QuotaSelection(plan);
 *   for each evaluated household: const status = selection.place(result, position);
 *       // a status now: write its decision; undefined: a candidate, decided by finish()
 *   const selected = selection.finish();                        // summaries, and per candidate:
 *   selected.statusOf(c); selected.positionOf(c);               // re-read it to explain it
 *   const explain = prepareExplainer(plan, lang);               // explain.category(result): fast
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

export type { Lang, Messages, CategoryFigures, TotalFigures, TargetUnit, UnitFigures } from './messages.js';
export { messagesFor, detectLang } from './messages.js';

export type { AllowedRange, RowProblem, RowResult, RowReader } from './coerce.js';
export { createRowReader, normaliseHeader, describeReason, describeProblem, describeMissingColumn } from './coerce.js';

export type { PaidComponent } from './benefit.js';
export type { HouseholdResult, Slot, Evaluator, RowFunction } from './evaluate.js';
export { prepareEvaluator, evaluatorFor, evaluateConstants, evaluateFormula } from './evaluate.js';

export type { ShownSide, Fact, CategoryFacts, HouseholdExplanation, HouseholdExplainer } from './explain.js';
export {
    prepareExplainer,
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
    UnitSummary,
    AllocationTotals,
    Allocation,
} from './allocate.js';
export {
    allocateQuotas,
    explainStatus,
    describeStatus,
    describeCategorySummary,
    describeUnitSummary,
    describeTotals,
} from './allocate.js';
export type { SelectedQuotas } from './selection.js';
export { QuotaSelection } from './selection.js';

export type { HouseholdTrace, TracedValue, TracedComponent, TracedCondition, TracedCategory, TraceContext } from './trace.js';
export { traceHousehold, renderTrace } from './trace.js';

export type { SchemaSlots } from './schema-slots.js';
export { schemaSlots } from './schema-slots.js';
export { normaliseDistrictName } from './districts.js';
export { displayText, operatorSign } from './notation.js';

export * from './testing/index.js';
