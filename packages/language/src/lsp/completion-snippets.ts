import type { AstNode } from 'langium';
import type { CompletionValueItem } from 'langium/lsp';
import { isDistrict, isDistrictDefaults, isGraduation, isHousehold, type District, type Graduation } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { ruleFilesInScope } from '../validation/rule-file-closure.js';
import { lspMessages } from './lsp-messages.js';
import { keywordIn, type RuleLanguage } from '../keywords/keyword-table.js';

/**
 * Templates for the declarations an officer adds most: a graduation rule, a district (with the
 * quantities `every district` asks for already listed) and tests (with the file's categories and
 * districts to choose from). Offered where the keyword that starts them may be typed, written in the
 * file's language (`lang`: `graduasi ... jika ...` in a file in Bahasa Indonesia).
 */
export function snippetsFor(rule: string, keyword: string, node: AstNode, services: KaidahServices, lang: RuleLanguage = 'en'): CompletionValueItem[] {
    const m = lspMessages(services.settings.lang);
    const k = (english: string, within?: string) => keywordIn(lang, english, within ? [within] : []);
    const p = m.snippetPlaceholders;
    const elements = ruleFilesInScope(node, services.shared.workspace.LangiumDocuments).flatMap((f) => f.elements);
    if (rule === 'Graduation' && keyword === 'graduation') {
        const money = elements.filter(isHousehold).flatMap((h) => h.columns).find((c) => c.type === 'money')?.name ?? 'monthly_income';
        return [snippet(k('graduation'), m.snippets.graduation, [
            `${k('graduation')} \${1:${p.name}} "\${2:${p.label}}"`,
            `  ${k('when')} \${3:${p.condition}}`,
            `  ${k('rank by')} \${4:${money}} \${5|${k('descending')},${k('ascending')}|}`,
        ])];
    }
    if (rule === 'District' && keyword === 'district') {
        const quantities = elements.filter(isDistrictDefaults).flatMap((d) => d.quantities);
        const settings = quantities.length > 0
            ? quantities.map((q, i) => `  ${q.name} \${${i + 2}:0}`)
            : ['  $2'];
        return [snippet(k('district'), m.snippets.district, [`${k('district')} "\${1:${p.district}}" {`, ...settings, '}'])];
    }
    if (rule === 'TestCase' && keyword === 'test') {
        const categories = elements.filter(isGraduation).map((g: Graduation) => g.name).filter(Boolean);
        const districts = elements.filter(isDistrict).map((d: District) => d.name).filter(Boolean);
        const none = k('none');
        const category = categories.length > 0 ? `\${4|${[...categories, none].map(escapeChoice).join(',')}|}` : `\${4:${none}}`;
        const items = [snippet(k('test'), m.snippets.test, [
            `${k('test')} "\${1:${p.test}}" {`,
            `  ${k('household')} {`,
            '    ${2:column}  ${3:value}',
            '  }',
            `  ${k('expect')} ${k('category')} = ${category}`,
            '}',
        ])];
        if (categories.length > 0 && districts.length > 0) {
            items.push(snippet(k('test'), m.snippets.targetTest, [
                `${k('test')} "\${1:${p.test}}" {`,
                `  ${k('expect')} target \${2|${categories.map(escapeChoice).join(',')}|} ${k('of', 'ExpectTarget')} "\${3|${districts.map(escapeChoice).join(',')}|}" = \${4:0}`,
                '}',
            ]));
        }
        return items;
    }
    return [];
}

function snippet(label: string, description: string, lines: string[]): CompletionValueItem {
    return {
        label,
        labelDetails: { description },
        detail: description,
        filterText: label,
        insertText: lines.join('\n'),
    };
}

/** Inside `${1|a,b|}` a comma, bar, dollar, brace or backslash must be escaped. */
function escapeChoice(text: string): string {
    return text.replace(/[\\,|$}]/g, (c) => `\\${c}`);
}
