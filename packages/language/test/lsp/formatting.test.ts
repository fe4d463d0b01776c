import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../../src/kaidah-module.js';
import { buildRules } from '../rules-workspace.js';

const services = createKaidahServices(EmptyFileSystem).Kaidah;
const formatting = expectFormatting(services);

/** Rule text in, canonical text out; and the canonical text stays as it is. */
async function formats(before: string, after: string) {
    await formatting({ before, after });
    await formatting({ before: after, after });
}

describe('the canonical layout', () => {
    it('lines up the household schema in columns: name, type, key or range, label, data column', async () => {
        await formats(
            `household {
id text key "Nomor peserta"   column "no_peserta"
   monthly_income money "Penghasilan per bulan" column "penghasilan"
welfare_decile number between 1 and 10 "Desil"
has_business yes/no
}
`,
            `household {
  id              text    key               "Nomor peserta"          column "no_peserta"
  monthly_income  money                     "Penghasilan per bulan"  column "penghasilan"
  welfare_decile  number  between 1 and 10  "Desil"
  has_business    yes/no
}
`);
    });

    it('right-aligns benefit amounts so that `Rp   900.000` lines up with `Rp 3.000.000`', async () => {
        await formats(
            `benefit components (at most 4) {
pregnant Rp 2.400.000 from 2019-01-01, Rp 3.000.000 from 2020-04-01
elementary Rp900.000
   senior_high     Rp 2.000.000
}
`,
            `benefit components (at most 4) {
  pregnant     Rp 2.400.000 from 2019-01-01, Rp 3.000.000 from 2020-04-01
  elementary   Rp   900.000
  senior_high  Rp 2.000.000
}
`);
    });

    it('puts `when` and `rank by` on their own indented lines, with single spaces around operators', async () => {
        await formats(
            'graduation self_reliant "Mandiri" when has_business and monthly_income>=2*poverty_line rank by monthly_income descending\n',
            `graduation self_reliant "Mandiri"
  when has_business and monthly_income >= 2 * poverty_line
  rank by monthly_income descending
`);
    });

    it('keeps a line break an officer put inside a long condition, indented under its clause', async () => {
        await formats(
            'graduation g "G"\nwhen a and\nb or c\n',
            'graduation g "G"\n  when a and\n    b or c\n');
    });

    it('aligns the quantities of `every district` and a district\'s settings and targets', async () => {
        await formats(
            `every district {
quantity facilitators count "Jumlah pendamping"
  quantity reported_households count "Jumlah KPM"
target self_reliant = facilitators × 10
}

district "Kabupaten Pringsewu" {
reported_households 20.667
facilitators 12
target self_reliant = 1.000
target natural = 2.000
}
`,
            `every district {
  quantity facilitators         count  "Jumlah pendamping"
  quantity reported_households  count  "Jumlah KPM"
  target self_reliant = facilitators × 10
}

district "Kabupaten Pringsewu" {
  reported_households  20.667
  facilitators         12
  target self_reliant = 1.000
  target natural      = 2.000
}
`);
    });

    it('separates top-level declarations by one blank line and keeps `use` lines together', async () => {
        await formats(
            'use "a.kaidah"\n\n\nuse "b.kaidah"\nconstant a = 1\n\n\n\nconstant b = 2\nvalue c = a\n',
            'use "a.kaidah"\nuse "b.kaidah"\n\nconstant a = 1\n\nconstant b = 2\n\nvalue c = a\n');
    });

    it('keeps comments where they are: doc comments above, notes at the end of a line, one blank line at most', async () => {
        await formats(
            `// The national rules.
program "PKH 2024"
/** Poverty line. */
constant line = Rp 582.932   // BPS, March 2024
district "X" {


  // Figures from the 2024 report.
  facilitators 12


      /**
       * Equipment per graduate.
       */
  reward self_reliant = Rp 1,5 juta
  // end of the figures
}
`,
            `// The national rules.
program "PKH 2024"

/** Poverty line. */
constant line = Rp 582.932 // BPS, March 2024

district "X" {
  // Figures from the 2024 report.
  facilitators  12

  /**
   * Equipment per graduate.
   */
  reward self_reliant = Rp 1,5 juta
  // end of the figures
}
`);
    });

    it('writes amounts, percentages and rounding one way: `Rp 1.500.000`, `80%`, `round down(x)`, `-x`', async () => {
        await formats(
            'value v = round down ( - a + Rp1.500.000 ) + 80 % of b\n',
            'value v = round down(-a + Rp 1.500.000) + 80% of b\n');
    });

    it('lays out tests: the household\'s fields aligned, one expectation a line', async () => {
        await formats(
            `test "a family" { household { elementary 1 monthly_income Rp 1.200.000 }
expect category = self_reliant expect benefit = Rp 900.000 }
`,
            `test "a family" {
  household {
    elementary      1
    monthly_income  Rp 1.200.000
  }
  expect category = self_reliant
  expect benefit = Rp 900.000
}
`);
    });

    it('leaves a file with syntax errors alone', async () => {
        const text = 'constant   = 3\nvalue x=1\n';
        await formatting({ before: text, after: text });
    });

    it('keeps Windows line endings', async () => {
        await formatting({ before: 'constant a=1\r\nconstant b = 2\r\n', after: 'constant a = 1\r\n\r\nconstant b = 2\r\n' });
    });

    it('ignores the editor\'s tab settings: the layout is always 2 spaces', async () => {
        await formatting({ before: 'district "X" {\nfacilitators 1\n}\n', after: 'district "X" {\n  facilitators  1\n}\n', options: { tabSize: 4, insertSpaces: false } });
    });
});

describe('formatting edits', () => {
    it('change only the lines that differ, so the editor keeps the rest', async () => {
        const text = 'constant a = 1\n\nconstant b=2\n\nconstant c = 3\n';
        const rules = await buildRules({ 'main.kaidah': text });
        const document = rules.document('main.kaidah');
        const edits = await rules.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        expect(edits).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: 'constant b = 2\n' }]);
    });

    it('formatting a range changes only the lines in it', async () => {
        const before = 'constant a=1\n\nconstant b=2\n\nconstant c=3\n';
        await formatting({
            before,
            after: 'constant a=1\n\nconstant b = 2\n\nconstant c=3\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
        });
    });
});
