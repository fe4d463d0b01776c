// The first lines of a bundle made as an ES module for Node (the CLI's, and the VS Code extension's
// server and CLI): bundled CommonJS packages (commander, exceljs, vscode-languageserver, ...) call
// require() for Node's own modules, and an ES module has no require; give them one, and the
// __filename/__dirname they may use.
export const esmBanner = [
    "import { createRequire as __kaidahCreateRequire } from 'node:module';",
    "import { fileURLToPath as __kaidahFileURLToPath } from 'node:url';",
    'const require = __kaidahCreateRequire(import.meta.url);',
    'const __filename = __kaidahFileURLToPath(import.meta.url);',
    "const __dirname = __kaidahFileURLToPath(new globalThis.URL('.', import.meta.url));",
].join('\n');
