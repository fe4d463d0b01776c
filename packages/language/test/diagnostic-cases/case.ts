import type { DiagnosticName, Severity } from '../../src/validation/diagnostics.js';

/**
 * One diagnostic code, written as data: what it means, rule files that must produce it and
 * corrected files that must produce nothing. `diagnostic-codes.test.ts` runs every case in both
 * languages, and `docs/diagnostics.md` is rendered from the same data, so the two cannot drift.
 *
 * Rule files mark the range each diagnostic must cover with `⟦` and `⟧` (stripped before building).
 * Markers pair with `expect` in order: files in the order written, then by position in the file
 * (an outer marker before one nested in it).
 */
export interface DiagnosticCase {
    /** The stable code, e.g. `KDH003`; the file is named after it. */
    code: string;
    /** One line, for the heading in the documentation. */
    title: Bilingual;
    /** What the code means, in a sentence or two, for an officer. */
    meaning: Bilingual;
    wrong: WrongCase[];
    right: RightCase[];
}

export interface Bilingual {
    en: string;
    id: string;
}

/** Rule files by name, as if they sat together in one folder (`/rules`). */
export type RuleFiles = Record<string, string>;

/**
 * Compile this entry file (after a build without any diagnostic), as `kaidah run` does, with
 * `--on` when given: the codes the compile step reports (KDH024, KDH025) are checked this way.
 */
export interface CompileStep {
    entry: string;
    on?: string;
}

export interface WrongCase {
    title: string;
    files: RuleFiles;
    /** Other files in the folder that are not rule files, such as a table of test cases. */
    dataFiles?: string[];
    compile?: CompileStep;
    /** Every diagnostic the files produce, nothing left out (warnings included), in marker order. */
    expect: Expected[];
    /** Show this case in `docs/diagnostics.md` (default: the first wrong case only). */
    doc?: boolean;
}

export interface RightCase {
    title: string;
    files: RuleFiles;
    dataFiles?: string[];
    /** Compiled too (default: the last file, without `--on`); it must compile without problems. */
    compile?: CompileStep;
    doc?: boolean;
}

export interface Expected {
    code: string;
    /** Which entry of the diagnostics table (`Diagnostics.<kind>`) produces it. */
    kind: DiagnosticName;
    severity: Severity;
    /** The full message an officer should read, in English and in Bahasa Indonesia. */
    en: string;
    id: string;
    /**
     * The message as Kaidah words it today, where it should change to `en` / `id` above. While the
     * message is still exactly this, its test is skipped with a note instead of failing; once the
     * wording changes, delete `now`.
     */
    now?: Partial<Bilingual>;
    /**
     * Reported today, but should not be (a follow-on of another diagnostic, say why). While the
     * diagnostics are exactly as today, the case's tests are skipped with a note instead of failing;
     * once it is no longer reported, delete this expectation and its marker.
     */
    spurious?: string;
}
