/**
 * Data an officer can trust (issues 9 and 14, the reading part), end to end through `kaidah run`:
 * a percent read one way or refused naming both readings, money kept to the sen, rows of the wrong
 * shape rejected for their shape, numbers past what a double holds refused, a Windows-1252 export
 * read as such, undecodable bytes in a key refused, JSON keys named like Object.prototype members
 * read as the household's own, records and headers past 1 MB bounded.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kaidah, readCsv } from './support/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-data-trust-'));

/** A small program: households ready when attendance reaches 80% and income Rp 1.250.000, richest first. */
function rules(attendance = 'percent'): string {
    const file = path.join(dir, `uji-${attendance.replace(/\s+/g, '-')}.kaidah`);
    writeFileSync(file, `program "Uji" year 2024
household {
  id          text     key  column "no_peserta"
  district    text          column "kabupaten"
  name        text          column "nama"
  income      money         column "penghasilan"
  attendance  ${attendance}  column "kehadiran"
}
graduation ready "Siap" when attendance >= 80% and income >= Rp 1.250.000 and name != ""
  rank by income descending
district "Kabupaten Jember" { }
`);
    return file;
}

const HEADER = 'no_peserta;kabupaten;nama;penghasilan;kehadiran';

function run(name: string, content: string | Buffer, rulesFile = rules(), extension = 'csv') {
    const data = path.join(dir, `${name}.${extension}`);
    writeFileSync(data, content);
    const out = path.join(dir, `${name}-out.csv`);
    const result = kaidah(['run', rulesFile, '--data', data, '--out', out]);
    const rejectsFile = path.join(dir, `${name}-out.rejects.csv`);
    const rejects = () => readCsv(rejectsFile);
    return { result, decisions: () => readCsv(out), rejects };
}

describe('a percent means one thing', () => {
    const rows = [HEADER, '1;Kabupaten Jember;A;Rp 2.000.000;0,85', '2;Kabupaten Jember;B;Rp 1.900.000;85%', '3;Kabupaten Jember;C;Rp 1.800.000;85', '4;Kabupaten Jember;D;Rp 1.700.000;1'];
    const undeclared = run('percent', rows.join('\n') + '\n');

    it('reads 85% and 85 as 85%, and refuses 0,85 and 1, naming both readings and the fix', () => {
        expect(undeclared.result.stdout).toContain('Read 4 households: 2 decided + 2 rejected.');
        expect(undeclared.decisions().map((d) => [d.id, d.status])).toEqual([['2', 'proposed'], ['3', 'proposed']]);
        const rejects = undeclared.rejects();
        expect(rejects.map((r) => [r.row, r.column, r.value])).toEqual([['2', 'kehadiran', '0,85'], ['5', 'kehadiran', '1']]);
        expect(rejects[0]!.reason).toBe(
            'could mean 0,85% or 85%: write 85% (or 0,85%) with the percent sign, or declare the column `percent as fraction` (0,85 is 85%) or `percent as number` (85 is 85%) in the rules',
        );
        expect(rejects[1]!.reason).toContain('could mean 1% or 100%');
    });

    it('reads 0,85 as 85% in a column declared `percent as fraction`, and 85 there is out of range', () => {
        const fraction = run('percent-fraction', rows.join('\n') + '\n', rules('percent as fraction'));
        expect(fraction.result.stdout).toContain('Read 4 households: 3 decided + 1 rejected.');
        expect(fraction.decisions().find((d) => d.id === '1')!.explanation).toContain('attendance 85% ≥ 80%');
        expect(fraction.decisions().find((d) => d.id === '4')!.explanation).toContain('attendance 100% ≥ 80%');
        expect(fraction.rejects().map((r) => [r.row, r.value, r.reason])).toEqual([['4', '85', 'is not between 0 and 100%']]);
    });
});

describe('money as written, numbers as written', () => {
    const big = '9'.repeat(400);
    const { result, decisions, rejects } = run('money', [
        HEADER,
        '1;Kabupaten Jember;A;Rp 1.250.000,5;90%',
        '2;Kabupaten Jember;B;Rp 1.250.000,505;90%',
        `3;Kabupaten Jember;C;${big};90%`,
        '4;Kabupaten Jember;D;Rp 9.007.199.254.740.993;90%',
        '5;Kabupaten Jember;E;Rp 9.007.199.254.740.991;90%',
    ].join('\n') + '\n');

    it('keeps the sen of Rp 1.250.000,5 and shows them, instead of Rp 1.250.001', () => {
        expect(decisions().find((d) => d.id === '1')!.explanation).toContain('income Rp 1.250.000,50 ≥ Rp 1.250.000');
    });

    it('refuses a digit past the sen, a 400-digit income (not ranked first as Rp ∞) and Rp 9.007.199.254.740.993', () => {
        expect(result.stdout).toContain('Read 5 households: 2 decided + 3 rejected.');
        expect(rejects().map((r) => [r.row, r.reason])).toEqual([
            ['3', 'has more than two decimals: amounts of money are kept to the sen, never rounded'],
            ['4', 'is too large to be read exactly (at most 9.007.199.254.740.991)'],
            ['5', 'is too large to be read exactly (at most 9.007.199.254.740.991)'],
        ]);
        expect(rejects()[1]!.value).toBe('9'.repeat(200) + '…');
        expect(decisions().map((d) => [d.id, d.rank]).sort()).toEqual([['1', '2'], ['5', '1']]);
        expect(readFileSync(path.join(dir, 'money-out.csv'), 'utf8')).not.toContain('∞');
    });
});

describe('rows of the wrong shape', () => {
    const { result, decisions, rejects } = run('shape', [
        HEADER,
        '1;Kabupaten Jember;;A;Rp 2.000.000;90%', // a stray separator shifts the row
        '2;Kabupaten Jember;B;Rp 2.000.000', // a field short
        '3;Kabupaten Jember;C;Rp 2.000.000;90%;;', // trailing separators, as Excel writes them: nothing lost
        '4;Kabupaten Jember;;Rp 2.000.000;90%;', // a blank name and a trailing separator: read, and it stays
        '5;Kabupaten Jember;E;Rp 2.000.000;90%',
    ].join('\n') + '\n');

    it('rejects a row with more or fewer fields for its shape; every row is accounted for', () => {
        expect(result.stdout).toContain('Read 5 households: 3 decided + 2 rejected.');
        expect(rejects().map((r) => [r.row, r.column, r.reason])).toEqual([
            ['2', '', 'the row has 6 fields, the header has 5: a separator too many or too few shifts its cells, so none is read'],
            ['3', '', 'the row has 4 fields, the header has 5: a separator too many or too few shifts its cells, so none is read'],
        ]);
        expect(result.stderr).toContain('shape.csv:2: the row has 6 fields, the header has 5');
    });

    it('reads a row whose extra fields are empty (trailing separators) as the header says', () => {
        expect(decisions().map((d) => [d.id, d.status]).sort()).toEqual([['3', 'proposed'], ['4', 'stays'], ['5', 'proposed']]);
    });
});

describe('text encodings', () => {
    it('reads a Windows-1252 export as Windows-1252, and says so on stderr', () => {
        const latin = Buffer.from(`${HEADER}\r\n1;Kabupaten Jember;Pak\xe8 Slamet;Rp 2.000.000;90%\r\n`, 'latin1');
        const { result, decisions } = run('cp1252', latin);
        expect(result.stderr).toContain('cp1252.csv is not UTF-8; it reads as Windows-1252');
        expect(result.stdout).toContain('Read 1 household: 1 decided + 0 rejected.');
        expect(decisions()[0]!.explanation).toContain('Siap');
    });

    it('rejects a row whose key holds bytes that are not UTF-8 in a file that is otherwise UTF-8', () => {
        const mixed = Buffer.concat([
            Buffer.from(`${HEADER}\n3513000000000301;Kabupaten Jember;Siti é;Rp 2.000.000;90%\n`),
            Buffer.from('35130\xff\xfe00000302;Kabupaten Jember;Budi;Rp 2.000.000;90%\n', 'latin1'),
        ]);
        const { result, rejects } = run('mixed', mixed);
        expect(result.stderr).toContain('mixed.csv has bytes that are not UTF-8');
        expect(result.stdout).toContain('Read 2 households: 1 decided + 1 rejected.');
        expect(rejects().map((r) => [r.row, r.column, r.value])).toEqual([['3', 'no_peserta', '35130\uFFFD\uFFFD00000302']]);
    });
});

describe('JSON rows read their own properties only', () => {
    it('does not read Object.prototype.constructor for a household without that field', () => {
        const file = path.join(dir, 'proto.kaidah');
        writeFileSync(file, `program "Uji" year 2024
household {
  id           text  key  column "no_peserta"
  district     text       column "kabupaten"
  constructor  text
}
graduation marked "Ditandai" when constructor = "a"
district "Kabupaten Jember" { }
`);
        const { decisions } = run('proto', '{"no_peserta":"1","kabupaten":"Kabupaten Jember","constructor":"a"}\n{"no_peserta":"2","kabupaten":"Kabupaten Jember"}\n', file, 'ndjson');
        const second = decisions().find((d) => d.id === '2')!;
        expect(second.status).toBe('stays');
        expect(second.explanation).toContain('constructor "" = "a" does not hold');
        expect(second.explanation).not.toContain('native code');
    });
});

describe('what one record and one message may hold', () => {
    it('rejects a record of 2 million quoted line breaks and reads the next', () => {
        const { result, rejects } = run('breaks', `${HEADER}\n1;Kabupaten Jember;"${'\n'.repeat(2_000_000)}";Rp 2.000.000;90%\n2;Kabupaten Jember;B;Rp 2.000.000;90%\n`);
        expect(result.stdout).toContain('Read 2 households: 1 decided + 1 rejected.');
        expect(rejects()[0]!.reason).toContain('is longer than 1 MB');
    });

    it('stops on a header line of 5 MB without echoing it', () => {
        const { result } = run('header', `no_peserta;${'x'.repeat(5 << 20)}\n1;2\n`);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('the first line, which should name the columns, is longer than 1 MB');
        expect(result.stderr.length).toBeLessThan(2000);
    });

    it('names at most 40 columns found, each cut after 80 characters', () => {
        const headers = ['no_peserta', `${'y'.repeat(500)}`, ...Array.from({ length: 5000 }, (_, i) => `kolom_${i}`)];
        const { result } = run('columns', `${headers.join(';')}\n1;2\n`);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`Columns found: no_peserta, ${'y'.repeat(80)}… (420 more characters), kolom_0,`);
        expect(result.stderr).toContain('kolom_37, … and 4.962 more.');
        expect(result.stderr.length).toBeLessThan(3000);
    });
});
