import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import pc from 'picocolors';
import type { LocatedDiagnostic } from '../rules/load-rules.js';

const severityWords = {
    en: { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' },
    id: { 1: 'kesalahan', 2: 'peringatan', 3: 'info', 4: 'saran' },
} as const;

/** `examples/pkh/x.kaidah:12:5: error KDH003: Unknown name ...`, as compilers print, so editors can jump to it. */
export function formatDiagnostic(located: LocatedDiagnostic, lang: Lang, cwd = process.cwd()): string {
    const { diagnostic } = located;
    const file = path.relative(cwd, located.filePath) || located.filePath;
    const line = diagnostic.range.start.line + 1;
    const column = diagnostic.range.start.character + 1;
    const severity = (diagnostic.severity ?? 1) as 1 | 2 | 3 | 4;
    const word = severityWords[lang][severity];
    const colour = severity === 1 ? pc.red : severity === 2 ? pc.yellow : pc.cyan;
    const code = diagnostic.code ? ` ${diagnostic.code}` : '';
    return `${file}:${line}:${column}: ${colour(word)}${code}: ${diagnostic.message}`;
}
