/**
 * @kaidah/engine: evaluates a Plan (compiled by @kaidah/language) against household rows and fills
 * each district's graduation quota. Knows nothing of Langium.
 *
 * Typical use:
 *   const reader = createRowReader(plan.schema, headers);      // once per file
 *   const evaluator = prepareEvaluator(plan);                  // once per plan
 *   for each row: const row = reader.read(fields);             // → values or problems (rejects)
 *                 if (row.ok) results.push(evaluator.evaluate(row.values));  // evaluate keeps row.values
 *   const allocation = allocateQuotas(plan, results);
 *   explainHousehold(plan, results[i], lang); explainStatus(allocation, i, lang);
 *
 * For a whole caseload, without keeping every household (what `kaidah run` does):
 *   const selection = new QuotaSelection(plan);
 *   const explainer = prepareExplainer(plan, lang);             // once per plan and language
 *   for each evaluated household: const status = selection.place(result, position);
 *       // a status now: write its decision, with explainer.sentence(result) and describeStatus
 *       // undefined: a candidate, decided by finish()
 *   const selected = selection.finish();                        // summaries, and per candidate:
 *   selected.statusOf(c); selected.positionOf(c);               // re-read it to explain it
 *
 * The source reads like the pipeline, each folder importing only the folders listed before it
 * (layers.test.ts checks): plan (types and codes), messages, notation, coercion, evaluation,
 * quotas, text (explanations and status sentences), testing (officers' rule tests).
 */
export type * from './plan/plan.js';

export type { ReasonCode, LiteralError, HouseholdStatusCode, TargetUnit } from './plan/codes.js';
export type { SchemaSlots } from './plan/schema-slots.js';
export { schemaSlots } from './plan/schema-slots.js';

export type { Lang, Messages, UnitFigures } from './messages/messages.js';
export { messagesFor, detectLang } from './messages/messages.js';

export type { LiteralParse } from './notation/numbers.js';
export { parseNumberText, parseMoneyText, parsePercentText } from './notation/numbers.js';
export { formatNumber, formatRupiah, formatPercent, formatValue } from './notation/format.js';
export { parseIsoDate, formatIsoDate, formatDate, MONTH_NAMES } from './notation/dates.js';
export { displayText, operatorSign, shownExpr, shownFormula } from './notation/display.js';
export type { WrittenPart, WrittenTexts } from './notation/written-text.js';
export { recordWrittenText, writtenText, writtenTextsOf, restoreWrittenTexts } from './notation/written-text.js';

export type { AllowedRange, RowProblem, RowResult, RowReader } from './coercion/row-reader.js';
export { createRowReader, normaliseHeader, MAX_SHOWN_VALUE } from './coercion/row-reader.js';
export { describeReason, describeProblem, problemReason } from './coercion/problem-sentences.js';

export type { PaidComponent } from './evaluation/benefit.js';
export { payingOrder } from './evaluation/benefit.js';
export type { RowFunction } from './evaluation/expressions.js';
export type { HouseholdResult, Slot, Evaluator } from './evaluation/evaluate.js';
export { prepareEvaluator } from './evaluation/evaluate.js';
export { evaluateConstants, evaluateFormula } from './evaluation/formulas.js';
export type { TriedCategory } from './evaluation/district-context.js';
export { categoriesByDistrict, districtConstants } from './evaluation/district-context.js';
export type { UnmatchedHint } from './evaluation/districts.js';
export { normaliseDistrictName, districtCodeOf, DistrictMatcher } from './evaluation/districts.js';

export type {
    HouseholdStatus,
    CategorySummary,
    DistrictSummary,
    UnmatchedDistrict,
    UnitSummary,
    AllocationTotals,
    Allocation,
    SelectedQuotas,
} from './quotas/types.js';
export { allocateQuotas } from './quotas/allocate.js';
export { QuotaSelection, staysStatuses, unmatchedStatus } from './quotas/selection.js';
export type { CaseloadCounts, DistrictCounts, GroupCounts, UnitCounts } from './quotas/summaries.js';
export { summariseCounts, unmatchedSpellings } from './quotas/summaries.js';

export type { HouseholdExplainer } from './text/explain.js';
export { prepareExplainer, explainHousehold, explainBenefit } from './text/explain.js';
export { explainStatus, describeStatus, describeUnitSummary } from './text/status-sentences.js';
export type { HouseholdTrace, TracedValue, TracedComponent, TracedCondition, TracedCategory, TraceContext } from './text/trace.js';
export { traceHousehold, renderTrace } from './text/trace.js';

export * from './testing/index.js';
