import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { buildRules } from '../rules-workspace.js';

export const examplesDir = path.resolve(import.meta.dirname, '../../../../examples/pkh');

/** The PKH example rule files by name (`pkh-2024.kaidah`, `probolinggo.kaidah`, ...). */
export function exampleFiles(): Record<string, string> {
    return Object.fromEntries(readdirSync(examplesDir)
        .filter((name) => name.endsWith('.kaidah'))
        .sort()
        .map((name) => [name, readFileSync(path.join(examplesDir, name), 'utf8')]));
}

const built = new Map<Lang, ReturnType<typeof buildRules>>();

/**
 * The examples built together in memory, as the language server holds an opened folder. Built once
 * per language and shared: tests only read it.
 */
export function examplesWorkspace(lang: Lang = 'en'): ReturnType<typeof buildRules> {
    if (!built.has(lang)) built.set(lang, buildRules(exampleFiles(), lang));
    return built.get(lang)!;
}

/**
 * The position of `marker` in the document's text, `shift` characters into it (negative: before
 * it). The marker must occur exactly once after `after`, when given.
 */
export function positionOf(document: LangiumDocument, marker: string, shift = 0, after?: string): Position {
    const text = document.textDocument.getText();
    const from = after === undefined ? 0 : text.indexOf(after);
    if (from < 0) throw new Error(`\`${after}\` is not in ${document.uri.path}`);
    const offset = text.indexOf(marker, from);
    if (offset < 0) throw new Error(`\`${marker}\` is not in ${document.uri.path}`);
    return document.textDocument.positionAt(offset + shift);
}

export function textDocument(document: LangiumDocument) {
    return { uri: document.uri.toString() };
}
