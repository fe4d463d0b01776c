import { readdirSync } from 'node:fs';
import type { DiagnosticCase } from './case.js';

export const caseFolder = new URL('./', import.meta.url);

/** The names of the case files in this folder: one per code, `KDH003.ts`. */
export function caseFileCodes(): string[] {
    return readdirSync(caseFolder)
        .map((name) => /^(KDH\d{3})\.ts$/.exec(name)?.[1])
        .filter((code): code is string => code !== undefined)
        .sort();
}

/** Every case file, in code order, with the file it came from. */
export async function loadCases(): Promise<(DiagnosticCase & { fileCode: string })[]> {
    const cases = [];
    for (const fileCode of caseFileCodes()) {
        const module = (await import(`./${fileCode}.js`)) as { default: DiagnosticCase };
        cases.push({ ...module.default, fileCode });
    }
    return cases;
}
