/**
 * The project a command works in (docs/projects.md): the nearest folder with a `kaidah.json` or a
 * `.git` above the current folder. It gives the default set of rule files (check, test, fmt), the
 * entry file (run, explain, diff) and the household data, so that every command finds the same
 * files the language server does.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { openProject, projectRuleFiles, ruleFilesUnder, type KaidahProject, type ProjectFileProblem } from '@kaidah/language';
import { cliMessages } from '../messages.js';
import { projectMessages } from './project-messages.js';

/** The project of the current folder, or the sentence saying why its `kaidah.json` cannot be used. */
export function currentProject(lang: Lang, cwd = process.cwd()): KaidahProject | string {
    const project = openProject(cwd, cwd);
    return 'problem' in project ? describeProjectProblem(project, lang) : project;
}

function describeProjectProblem(problem: ProjectFileProblem, lang: Lang): string {
    const text = projectMessages(lang);
    const file = shown(problem.file);
    switch (problem.problem) {
        case 'not-json':
            return text.notJson(file, problem.detail ?? '');
        case 'not-object':
            return text.notObject(file);
        case 'unknown-field':
            return text.unknownField(file, problem.field ?? '', problem.detail ?? '');
        case 'bad-field':
            return problem.detail === 'list' ? text.badList(file, problem.field ?? '') : text.badPath(file, problem.field ?? '');
        case 'outside':
            return text.outside(file, problem.field ?? '', problem.detail ?? '');
    }
}

/**
 * The rule files of the paths named on the command line — a file as it is, a folder searched for
 * `.kaidah` files as the project searches it — or, when none is named, the project's rule files.
 * Sorted, without duplicates. A sentence when a path is missing or no rule file is found.
 */
export function ruleFilesFor(paths: string[], lang: Lang): { files: string[]; project: KaidahProject } | string {
    const project = currentProject(lang);
    if (typeof project === 'string') return project;
    const text = cliMessages(lang);
    if (paths.length === 0) {
        const files = projectRuleFiles(project);
        return files.length > 0 ? { files, project } : projectMessages(lang).noRuleFiles(shown(project.root) || '.');
    }
    const found = new Set<string>();
    for (const given of paths) {
        if (!existsSync(given)) return text.fileNotFound(given);
        if (statSync(given).isDirectory()) {
            const files = ruleFilesUnder(given, project);
            if (files.length === 0) return projectMessages(lang).noRuleFilesIn(given);
            for (const file of files) found.add(file);
        } else if (given.endsWith('.kaidah')) {
            found.add(path.resolve(given));
        } else {
            return projectMessages(lang).notRuleFileOrFolder(given);
        }
    }
    return { files: [...found].sort(), project };
}

/** A path as the officer reads it: relative to the current folder when inside it. */
export function shown(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * The rule file and household data for `run` and `explain`: as named on the command line, else the
 * project's `entry` and `data` (kaidah.json), so that `kaidah run` alone runs the programme.
 */
export function entryAndData(command: 'run' | 'explain', rules: string | undefined, data: string | undefined, lang: Lang): { rules: string; data: string } | string {
    if (rules !== undefined && data !== undefined) return { rules, data };
    const project = currentProject(lang);
    if (typeof project === 'string') return project;
    const entry = rules ?? project.entry;
    if (entry === undefined) return projectMessages(lang).noEntry(command);
    const household = data ?? project.data;
    if (household === undefined) return projectMessages(lang).noData(command);
    return { rules: rules ?? shown(entry), data: data ?? shown(household) };
}
