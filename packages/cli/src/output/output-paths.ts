/**
 * The checks on where a run will write, made before the run starts (a run over a large caseload
 * takes minutes; a refusal after it is time lost): every folder exists and takes files, no output
 * is an input (the data, a rule file of the program), no two outputs share a file, the worklists
 * folder (replaced as a whole) holds nothing else of the run, and an existing file is replaced only
 * when it is a previous output of the same kind, or with `--force`.
 */
import { closeSync, existsSync, openSync, realpathSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { cliMessages } from '../messages.js';
import { isPreviousOutput, type OutputKind } from './recognise-output.js';
import { temporaryPathFor } from './temporaries.js';
import { writeRefusal } from './describe-output-error.js';

export interface PlannedOutput {
    /** The option that named it, as the officer typed it: `--out`, `--report`... */
    option: string;
    path: string;
    kind: OutputKind;
}

export interface RunInputs {
    data: string;
    ruleFiles: string[];
}

/** The problem with the outputs, as a message for the officer, or undefined when all is well. */
export function checkOutputPaths(outputs: PlannedOutput[], inputs: RunInputs, force: boolean, lang: Lang): string | undefined {
    const text = cliMessages(lang);
    for (const output of outputs) {
        const folder = path.dirname(path.resolve(output.path));
        if (!isFolder(folder)) return text.noSuchFolder(output.option, output.path, folder);
    }
    for (const output of outputs) {
        if (sameFile(output.path, inputs.data)) return text.wouldOverwriteData(output.option, output.path);
        if (inputs.ruleFiles.some((rules) => sameFile(output.path, rules))) return text.wouldOverwriteRules(output.option, output.path);
    }
    for (const [i, output] of outputs.entries()) {
        const twin = outputs.slice(0, i).find((other) => keyOf(other.path) === keyOf(output.path));
        if (twin !== undefined) return text.outputTwice(twin.option, output.option, output.path);
    }
    for (const list of outputs.filter(isWorklistsFolder)) {
        const held = [inputs.data, ...inputs.ruleFiles, ...outputs.filter((o) => o !== list).map((o) => o.path)].find((file) => isInside(file, list.path));
        if (held !== undefined) return text.worklistsHold(list.option, list.path, held);
    }
    for (const output of outputs) {
        if (!existsSync(output.path)) continue;
        const folderWanted = isWorklistsFolder(output);
        if (statSync(output.path).isDirectory() && !folderWanted) return text.outputIsFolder(output.option, output.path);
        if (force || isPreviousOutput(output.path, output.kind)) continue;
        return folderWanted && !statSync(output.path).isDirectory()
            ? text.worklistsIsFile(output.option, output.path)
            : text.notPreviousOutput(output.option, output.path, output.kind);
    }
    for (const output of outputs) {
        const refusal = probeFolder(path.dirname(path.resolve(output.path)));
        if (refusal !== undefined) return text.cannotWriteFolder(output.option, output.path, path.dirname(output.path) || '.', writeRefusal(refusal, lang));
    }
    return undefined;
}

function isWorklistsFolder(output: PlannedOutput): boolean {
    return output.kind === 'worklists' && !output.path.toLowerCase().endsWith('.csv');
}

function isFolder(folder: string): boolean {
    try {
        return statSync(folder).isDirectory();
    } catch {
        return false;
    }
}

/** The same file, however named: links, `..`, or letters in another case on a disk that ignores case. */
function sameFile(a: string, b: string): boolean {
    try {
        const [x, y] = [statSync(a), statSync(b)];
        if (x.dev === y.dev && x.ino === y.ino) return true;
    } catch {
        // one of them does not exist yet: compare the names
    }
    return keyOf(a) === keyOf(b);
}

/** A path compared as Windows and macOS disks compare names: real folder, letters in either case. */
function keyOf(file: string): string {
    const resolved = path.resolve(file);
    let real = resolved;
    try {
        real = realpathSync(resolved);
    } catch {
        try {
            real = path.join(realpathSync(path.dirname(resolved)), path.basename(resolved));
        } catch {
            // the folder is missing too: reported before this is asked
        }
    }
    return real.toLowerCase();
}

function isInside(file: string, folder: string): boolean {
    const relative = path.relative(keyOf(folder), keyOf(file));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Creates and removes a temporary where the outputs go: the system's code when it refuses. */
function probeFolder(folder: string): string | undefined {
    const probe = temporaryPathFor(path.join(folder, 'kaidah-probe'));
    try {
        closeSync(openSync(probe, 'wx'));
        rmSync(probe, { force: true });
        return undefined;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code ?? 'EIO';
    }
}

/** The outputs a run was asked for, the rejects list included (written only if rows are rejected). */
export function plannedOutputs(options: { out?: string; report?: string; worklists?: string }, rejectsPath: string | undefined): PlannedOutput[] {
    return [
        ...(options.out === undefined ? [] : [{ option: '--out', path: options.out, kind: 'decisions' as const }]),
        ...(rejectsPath === undefined ? [] : [{ option: '--rejects', path: rejectsPath, kind: 'rejects' as const }]),
        ...(options.report === undefined ? [] : [{ option: '--report', path: options.report, kind: 'report' as const }]),
        ...(options.worklists === undefined ? [] : [{ option: '--worklists', path: options.worklists, kind: 'worklists' as const }]),
    ];
}

/** The folders a run writes into, where a killed run's journal and temporaries may wait. */
export function outputFolders(outputs: PlannedOutput[]): string[] {
    return outputs.flatMap((output) => [path.dirname(path.resolve(output.path)), ...(isWorklistsFolder(output) ? [output.path] : [])]);
}
