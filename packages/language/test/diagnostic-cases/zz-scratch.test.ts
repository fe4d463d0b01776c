import { readFileSync } from 'node:fs';
import { AstUtils } from 'langium';
import { it } from 'vitest';
import { buildRules, rangeText } from '../rules-workspace.js';

const snippets = JSON.parse(readFileSync('/tmp/snips.json', 'utf8')) as Record<string, { files: Record<string, string>; compile?: string; on?: string }>;

it('scratch', async () => {
    const out: string[] = [];
    for (const [name, s] of Object.entries(snippets)) {
        out.push(`=== ${name}`);
        for (const lang of ['en', 'id'] as const) {
            const rules = await buildRules(s.files, lang);
            for (const file of Object.keys(s.files)) {
                for (const d of rules.diagnostics(file, { unused: true })) {
                    out.push(`[${lang}] ${file} ${d.code} sev${d.severity} «${rangeText(s.files[file], d)}» ${d.message}`);
                }
            }
            if (s.compile) {
                for (const p of rules.compile(s.compile, s.on).problems) {
                    const doc = AstUtils.getDocument(p.node);
                    out.push(`[${lang}] COMPILE ${doc.uri.path} ${p.code} «${p.node.$cstNode?.text}» ${p.message}`);
                }
            }
        }
    }
    console.log(out.join('\n'));
});
