import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createKaidahServices } from '../kaidah-module.js';
import { nodeFileProbe } from '../node/file-probe.js';
import { nodeOpenedProject } from '../node/opened-project.js';
import type { KaidahWorkspaceManager } from '../workspace/kaidah-workspace-manager.js';
import { applyClientSettings } from './settings-from-client.js';

// The language server over stdio (or whatever the client chooses); the editor issue extends it.
const connection = createConnection(ProposedFeatures.all);
const { shared, Kaidah } = createKaidahServices({ connection, ...NodeFileSystem });
applyClientSettings(shared, Kaidah);
Kaidah.settings.fileExists = (uri) => existsSync(uri.fsPath);
Kaidah.settings.files = nodeFileProbe;
(shared.workspace.WorkspaceManager as KaidahWorkspaceManager).projectOf = nodeOpenedProject;
// Each diagnostic links to its entry in docs/diagnostics.md, shipped beside the server. A bundled
// server (the VS Code extension) carries its own copy and names it in KAIDAH_DIAGNOSTICS_DOC.
const docsPath = process.env.KAIDAH_DIAGNOSTICS_DOC;
const docs = docsPath ? pathToFileURL(docsPath) : new URL('../../../../docs/diagnostics.md', import.meta.url);
if (existsSync(docs)) Kaidah.settings.diagnosticsDocUri = docs.href;
startLanguageServer(shared);
