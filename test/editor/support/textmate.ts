import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export interface Token {
    text: string;
    scopes: string[];
}

// The little of vscode-textmate and vscode-oniguruma used here (neither is a dependency of the project).
interface RuleStack { readonly _brand?: 'RuleStack' }
interface Grammar {
    tokenizeLine(line: string, state: RuleStack): { tokens: Array<{ startIndex: number; endIndex: number; scopes: string[] }>; ruleStack: RuleStack };
}
interface TextMate {
    INITIAL: RuleStack;
    Registry: new (options: {
        onigLib: Promise<unknown>;
        loadGrammar: (scopeName: string) => Promise<unknown>;
    }) => { loadGrammar(scopeName: string): Promise<Grammar | null> };
    parseRawGrammar(content: string, filePath: string): unknown;
}
interface Oniguruma {
    loadWASM(data: ArrayBuffer): Promise<void>;
    OnigScanner: new (patterns: string[]) => unknown;
    OnigString: new (text: string) => unknown;
}

/**
 * Tokenizes with VS Code's own TextMate engine (vscode-textmate and vscode-oniguruma, taken from the
 * code-server installation in `vscodeModules`), line by line as the editor does.
 */
export async function loadTokenizer(vscodeModules: string, grammarPath: string): Promise<(text: string) => Token[][]> {
    const require = createRequire(path.join(vscodeModules, 'index.js'));
    const textmate = require('vscode-textmate') as TextMate;
    const oniguruma = require('vscode-oniguruma') as Oniguruma;
    const wasm = readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) => scopeName === 'source.kaidah'
            ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
            : null,
    });
    const grammar = await registry.loadGrammar('source.kaidah');
    if (!grammar) throw new Error(`cannot load ${grammarPath}`);
    return (text: string) => {
        let state = textmate.INITIAL;
        return text.split(/\r?\n/).map((line) => {
            const result = grammar.tokenizeLine(line, state);
            state = result.ruleStack;
            return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
        });
    };
}
