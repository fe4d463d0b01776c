import * as path from 'node:path';
import { normaliseDistrictName } from '@kaidah/engine';
import { isCaseload, isDistrict, isDistrictDefaults, isRuleFile, type DistrictDefaults } from '@kaidah/language';
import { AstUtils, type LangiumDocument } from 'langium';

export interface NationalFile {
    file: string;
    defaults: DistrictDefaults;
}

/**
 * The national file among a project's rule files: the one that says what every district sets
 * (`every district { ... }`); the one nearest the project's top when several do.
 */
export function findNationalFile(documents: LangiumDocument[]): NationalFile | undefined {
    const candidates = documents.flatMap((document) => {
        const root = document.parseResult.value;
        const defaults = isRuleFile(root) ? root.elements.find(isDistrictDefaults) : undefined;
        return defaults ? [{ file: document.uri.fsPath, defaults }] : [];
    });
    return candidates.sort((a, b) => depth(a.file) - depth(b.file) || (a.file < b.file ? -1 : 1))[0];
}

function depth(file: string): number {
    return file.split(path.sep).length;
}

/** Where a district of this name is already declared (`file:line`), if anywhere among the documents. */
export function whereDeclared(district: string, documents: LangiumDocument[]): { file: string; line: number } | undefined {
    const wanted = normaliseDistrictName(district);
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!isRuleFile(root)) continue;
        const found = root.elements.filter(isDistrict).find((d) => normaliseDistrictName(d.name) === wanted);
        if (found) return { file: document.uri.fsPath, line: (found.$cstNode?.range.start.line ?? 0) + 1 };
    }
    return undefined;
}

/** The figures a new district fills in, and the targets its test pins, from `every district`. */
export function districtFigures(defaults: DistrictDefaults) {
    const quantities = defaults.quantities
        .filter((q) => q.default === undefined)
        .map((q) => ({ name: q.name, ...(q.label === undefined ? {} : { label: q.label }) }));
    // a target counted per facilitator or on the caseload (`households`, `jumlah keluarga`) needs households, which a test of figures has not
    const targets = defaults.targets
        .filter((t) => t.per === undefined && t.category.$refText !== '' && !AstUtils.streamAst(t.formula).some(isCaseload))
        .map((t) => ({ category: t.category.$refText, formula: t.formula.$cstNode?.text ?? '' }));
    return { quantities, targets };
}
