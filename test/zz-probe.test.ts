import { it } from 'vitest';
import { buildRules } from '../packages/language/test/rules-workspace.js';
const cases: Record<string,string>[] = [
  { 'main.kaidah': 'district' },
  { 'main.kaidah': 'district {}' },
  { 'main.kaidah': 'district\'s' },
  { 'main.kaidah': 'district 5 {}' },
  { 'main.kaidah': 'target' },
  { 'main.kaidah': 'benefit components { }\nbenefit components { + }' },
  { 'main.kaidah': 'every district { target }' },
  { 'main.kaidah': 'every district { target = 1 }\nevery district { target = 1 }' },
];
it('probe', async () => {
  for (const files of cases) {
    const r = await buildRules(files);
    console.log(JSON.stringify(files), JSON.stringify(r.diagnostics('main.kaidah').map(d => [d.code, d.message])));
  }
});
