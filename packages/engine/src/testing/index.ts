/**
 * Officers' tests and coverage: running the tests a Plan carries (`Plan.tests`), reading tables of
 * cases, describing results in either language, and counting which rules a set of households fired.
 */
export type { TableRow, CellProblem, TableProblem, TableCase, CaseTable } from './case-table.js';
export { readCaseTable, unreadableTable } from './case-table.js';
export type { Actual, ExpectationResult, EvaluatedHousehold, CaseResult, RunTestOptions } from './run-tests.js';
export { runTest } from './run-tests.js';
export { describeExpectationResult, describeCaseProblem, describeCaseName, type WrittenKeywords } from './describe.js';
export type { ConditionCoverage, CategoryCoverage, ComponentCoverage, CoverageReport, ConditionStatus, CoverageCollector } from './coverage.js';
export { createCoverage, conditionStatus, mergeCoverage, neverFired } from './coverage.js';
