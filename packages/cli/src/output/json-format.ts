/**
 * `--format json` (check, test, run): one JSON document on stdout, versioned so that tools reading
 * it can tell a later shape (docs/json-output.md). Paths are as the text output shows them.
 */
import type { LocatedDiagnostic } from '../rules/load-rules.js';
import { shown } from '../rules/project.js';

/** Bumped when a field changes meaning or goes away; new fields may appear within a version. */
export const JSON_FORMAT_VERSION = 1;

export function printJson(command: 'check' | 'test' | 'run', body: object): void {
    process.stdout.write(`${JSON.stringify({ version: JSON_FORMAT_VERSION, command, ...body }, null, 2)}\n`);
}

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** A diagnostic as JSON: lines and columns counted from 1, as in `file:line:column`. */
export function diagnosticJson(located: LocatedDiagnostic) {
    const { range, severity, code, message } = located.diagnostic;
    return {
        file: shown(located.filePath),
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        severity: severities[(severity ?? 1) as 1 | 2 | 3 | 4],
        code: code === undefined ? null : String(code),
        message,
    };
}
