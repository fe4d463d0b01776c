import { describe, expect, it } from 'vitest';
import { buildRules, schema } from '../rules-workspace.js';
import { examplesWorkspace, positionOf, textDocument } from './lsp-workspace.js';

type Rules = Awaited<ReturnType<typeof buildRules>>;

async function hoverText(rules: Rules, file: string, marker: string, shift = 0, after?: string): Promise<string> {
    const document = rules.document(file);
    const hover = await rules.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: textDocument(document),
        position: positionOf(document, marker, shift, after),
    });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

describe('hover on the PKH examples', () => {
    it('shows a district\'s target from `every district` worked out: Probolinggo graduates 2.580 families', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'probolinggo.kaidah', 'Kabupaten Probolinggo" {', 3);
        expect(text).toContain('**Kabupaten Probolinggo** · district');
        expect(text).toContain('self_reliant: **2.580 families** (`facilitators × 10`, from `every district`)');
    });

    it('shows, on `facilitators 258`, the value and the targets it feeds', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'probolinggo.kaidah', 'facilitators  258', 2);
        expect(text).toContain('**facilitators** · district quantity · count');
        expect(text).toContain('Jumlah pendamping PKH');
        expect(text).toContain('Kabupaten Probolinggo: **258**');
        expect(text).toContain('self_reliant: **2.580 families**');
    });

    it('says a target of `every district` depends on the district, and lists it in each district that uses the file', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'pkh-2024.kaidah', '× 10');
        expect(text).toContain('Depends on the district');
        expect(text).toContain('- Kabupaten Probolinggo: 2.580 families');
        expect(text).toContain('- Kabupaten Pringsewu: 1.000 families (set in this district)');
        expect(text).toContain('- Kabupaten Pasuruan: 4.870 families (set in this district)');
    });

    it('works out a formula that does not depend on the household: 2 × poverty_line is Rp 1.165.864', async () => {
        const rules = await examplesWorkspace();
        expect(await hoverText(rules, 'pkh-2024.kaidah', '× poverty_line')).toBe('`2 × poverty_line` = **Rp 1.165.864** · money');
        // Hovering the `2` describes the formula it is part of.
        expect(await hoverText(rules, 'pkh-2024.kaidah', '2 × poverty_line')).toContain('Rp 1.165.864');
    });

    it('shows each dated value of a constant and the one in force for the program year', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'pkh-2024.kaidah', 'poverty_line =');
        expect(text.split('\n\n')).toEqual([
            '**poverty_line** · constant · money',
            'Garis kemiskinan per kapita per bulan (BPS): Maret 2023, then Maret 2024.',
            'Value on 31 December 2024: **Rp 582.932**',
            'Changes by date:\n- Rp 550.458 from 1 March 2023\n- **Rp 582.932** from 1 March 2024 (in force)',
        ]);
    });

    it('describes a column with its label, data column, range and doc comment', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'pkh-2024.kaidah', 'welfare_decile   number');
        expect(text).toBe('**welfare_decile** · household column · number\n\nDesil kesejahteraan · allowed from 1 to 10 · read from the data column `desil`');
        // A use of the column shows the same.
        expect(await hoverText(rules, 'pkh-2024.kaidah', 'welfare_decile > 4')).toBe(text);
    });

    it('describes a value per household and a graduation category with its rule', async () => {
        const rules = await examplesWorkspace();
        const value = await hoverText(rules, 'pkh-2024.kaidah', 'eligible_members =');
        expect(value).toContain('**eligible_members** · value, worked out per household · count');
        expect(value).toContain('Members who qualify for a PKH component.');
        expect(value).toContain('Worked out for each household from its data.');
        const category = await hoverText(rules, 'pkh-2024.kaidah', 'self_reliant "Graduasi');
        expect(category).toContain('**self_reliant** · graduation category · "Graduasi Sejahtera Mandiri"');
        expect(category).toContain('`when has_business and monthly_income >= 2 × poverty_line and p2k2_attendance >= 80%`  \n`rank by monthly_income descending`');
    });

    it('shows a district\'s own target and reward worked out', async () => {
        const rules = await examplesWorkspace();
        expect(await hoverText(rules, 'pasuruan.kaidah', 'round down')).toContain('**Target for `self_reliant` in Kabupaten Pasuruan: 4.870 families**');
        expect(await hoverText(rules, 'pamekasan.kaidah', 'reward')).toContain('Reward for each `self_reliant` graduate in Kabupaten Pamekasan**: Rp 1.500.000');
    });

    it('shows what the rules give for a test\'s expected target', async () => {
        const rules = await examplesWorkspace();
        const text = await hoverText(rules, 'probolinggo.kaidah', 'expect target');
        expect(text).toContain('The rules give 2.580 families.');
        expect(text).toContain('`facilitators × 10` with facilitators = 258');
    });

    it('speaks Indonesian when the editor does: 2.580 KPM', async () => {
        const rules = await examplesWorkspace('id');
        const text = await hoverText(rules, 'probolinggo.kaidah', 'Kabupaten Probolinggo" {', 3);
        expect(text).toContain('**Kabupaten Probolinggo** · kabupaten/kota');
        expect(text).toContain('self_reliant: **2.580 KPM** (`facilitators × 10`, dari `every district`)');
        expect(await hoverText(rules, 'pkh-2024.kaidah', 'poverty_line =')).toContain('Nilai pada 31 Desember 2024: **Rp 582.932**');
    });
});

describe('hover on a district that writes its own target', () => {
    const national = `program "PKH 2024"\n${schema}\ngraduation self_reliant "Mandiri" when has_business\nevery district {\n  quantity facilitators count\n  target self_reliant = facilitators × 10\n}\n`;
    const district = 'use "national.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators 258\n  target self_reliant = facilitators × 10\n}\n';

    it('shows 2.580 families over `facilitators × 10` and over the `target` keyword', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'probolinggo.kaidah': district });
        const title = '**Target for `self_reliant` in Kabupaten Probolinggo: 2.580 families**';
        expect(await hoverText(rules, 'probolinggo.kaidah', '× 10')).toContain(title);
        expect(await hoverText(rules, 'probolinggo.kaidah', 'target')).toContain(title);
        expect(await hoverText(rules, 'probolinggo.kaidah', '10\n')).toContain(title);
        expect(await hoverText(rules, 'probolinggo.kaidah', 'facilitators × 10')).toContain('Kabupaten Probolinggo: **258**');
    });

    it('says `per facilitator` for a target per facilitator', async () => {
        const rules = await buildRules({
            'national.kaidah': national,
            'probolinggo.kaidah': district.replace('facilitators × 10', '10 per facilitator'),
        });
        expect(await hoverText(rules, 'probolinggo.kaidah', 'per facilitator')).toContain('10 families per facilitator');
    });
});
