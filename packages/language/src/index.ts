export * from './kaidah-module.js';
export * from './generated/ast.js';
export { compilePlan, type CompileOptions, type CompileProblem, type CompileResult } from './compile/compile-plan.js';
export { Diagnostics } from './validation/diagnostics.js';
export { loadRuleFiles, allLoadedDocuments } from './node/load-rule-files.js';
export { openProject, isExcluded, isInside, type KaidahProject, type ProjectFileProblem } from './node/project.js';
export { projectRuleFiles, ruleFilesUnder } from './node/project-rule-files.js';
export { PROJECT_FILE } from './workspace/project-root.js';
