import type { Lang } from '@kaidah/engine';
import { keywordsIn, type RuleLanguage } from '@kaidah/language';
import { initMessages } from './messages.js';

/** What a new district file is made of: the national file's `every district` block, read by `national-file.ts`. */
export interface DistrictTemplate {
    district: string;
    /** The `use` path from the new file's folder to the national file, with `/`. */
    usePath: string;
    nationalName: string;
    /** The quantities of `every district` that have no default: the district's figures to fill in. */
    quantities: { name: string; label?: string }[];
    /** Targets of `every district` a test can pin from the district's figures alone. */
    targets: { category: string; formula: string }[];
}

/**
 * The text of a new district file, before the formatter puts it in canonical layout: comments say
 * what to fill in, every figure starts at 0 (so the file checks clean and proposes nobody until it
 * is filled in), and a test pins each target the figures give. The comments are in the officer's
 * language (`lang`), the keywords in the file's (`keywords`: `pakai`, `kabupaten`, `uji` in Bahasa Indonesia).
 */
export function districtFileText(template: DistrictTemplate, lang: Lang, keywords: RuleLanguage): string {
    const text = initMessages(lang);
    const k = keywordsIn(keywords);
    const { district } = template;
    const lines = [
        `// ${text.header(district, template.nationalName)}`,
        ...text.instructions(k).map((line) => `// ${line}`),
        `${k('use')} "${template.usePath}"`,
        '',
        `${k('district')} "${district}" {`,
        ...template.quantities.map((q) => `  ${q.name} 0${q.label ? ` // ${q.label.replace(/[\r\n\u2028\u2029]+/g, ' ')}` : ''}`),
        '}',
    ];
    if (template.targets.length > 0) {
        lines.push('', `${k('test')} "${text.testName(district)}" {`);
        for (const target of template.targets) {
            lines.push(`  // ${text.formula(target.category, target.formula)}`);
            lines.push(`  ${k('expect')} target ${target.category} ${k('of', 'ExpectTarget')} "${district}" = 0`);
        }
        lines.push('}');
    }
    return `${lines.join('\n')}\n`;
}
