export * from './kaidah-module.js';
export * from './generated/ast.js';
export { KaidahLanguageMetaData } from './generated/module.js';
export { compilePlan, type CompileProblem, type CompileResult } from './compile/compile-plan.js';
export { CompileError } from './compile/expression-to-plan.js';
export { Diagnostics, formatMessage, type DiagnosticKind } from './validation/diagnostics.js';
export { inferType } from './types/infer-type.js';
export { loadRuleFiles, allLoadedDocuments } from './node/load-rule-files.js';
export { KaidahSettings } from './workspace/kaidah-settings.js';
