import { existsSync } from 'node:fs';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createKaidahServices } from '../kaidah-module.js';
import { applyClientSettings } from './settings-from-client.js';

// The language server over stdio (or whatever the client chooses); the editor issue extends it.
const connection = createConnection(ProposedFeatures.all);
const { shared, Kaidah } = createKaidahServices({ connection, ...NodeFileSystem });
applyClientSettings(shared, Kaidah);
Kaidah.settings.fileExists = (uri) => existsSync(uri.fsPath);
// Each diagnostic links to its entry in docs/diagnostics.md, shipped beside the server.
const docs = new URL('../../../../docs/diagnostics.md', import.meta.url);
if (existsSync(docs)) Kaidah.settings.diagnosticsDocUri = docs.href;
startLanguageServer(shared);
