import { EmptyFileSystem } from 'langium';
import { highlightHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../../src/kaidah-module.js';
import { KaidahTokenModifiers } from '../../src/lsp/kaidah-semantic-tokens.js';

const services = createKaidahServices(EmptyFileSystem).Kaidah;
const highlight = highlightHelper(services);

/** Every highlighted token as `text: type+modifier...`, in the order of the text. */
async function tokens(text: string): Promise<string[]> {
    const { tokens: decoded } = await highlight(text);
    const modifiers = services.lsp.SemanticTokenProvider!.tokenModifiers;
    return decoded.map((t) => {
        const names = Object.entries(modifiers).filter(([, bit]) => (t.tokenModifiers & bit) !== 0).map(([name]) => name);
        return `${t.text}: ${[t.tokenType, ...names].join('+')}`;
    });
}

describe('semantic highlighting', () => {
    it('tells categories, columns, constants, values and quantities apart, declared or used', async () => {
        const text = `household {
  income money
}
constant line = Rp 582.932
value poor = income < line
graduation natural "Alamiah" when poor
every district {
  quantity facilitators count
  target natural = facilitators × 10
}
district "Kabupaten Probolinggo" {
  facilitators 258
}
`;
        expect(await tokens(text)).toEqual([
            'income: property+declaration',
            'line: variable+declaration+readonly',
            'Rp 582.932: number+money',
            'poor: variable+declaration',
            'income: property',
            'line: variable+readonly',
            'natural: enumMember+declaration',
            'poor: variable',
            'facilitators: parameter+declaration',
            'natural: enumMember',
            'facilitators: parameter',
            '10: number',
            '"Kabupaten Probolinggo": namespace+declaration',
            'facilitators: parameter',
            '258: number',
        ]);
    });

    it('marks Rupiah amounts, percentages and dates, so a theme can colour them', async () => {
        const text = 'constant line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01\nconstant share = 10%\nconstant start = 2024-01-01\n';
        expect(await tokens(text)).toEqual([
            'line: variable+declaration+readonly',
            'Rp 550.458: number+money',
            '2023-03-01: number+date',
            'Rp 582.932: number+money',
            '2024-03-01: number+date',
            'share: variable+declaration+readonly',
            '10%: number+percent',
            'start: variable+declaration+readonly',
            '2024-01-01: number+date',
        ]);
        expect(Object.keys(KaidahTokenModifiers)).toEqual(['money', 'percent', 'date']);
        expect(services.lsp.SemanticTokenProvider!.semanticTokensOptions.legend.tokenModifiers).toEqual(expect.arrayContaining(['money', 'percent', 'date']));
    });
});
