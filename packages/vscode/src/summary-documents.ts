import * as vscode from 'vscode';

/**
 * Read-only documents holding the summaries that "Run on data file…" printed: they open in an editor
 * tab, can be copied or kept side by side, and never ask to be saved when closed.
 */
export class SummaryDocuments implements vscode.TextDocumentContentProvider {
    static readonly scheme = 'kaidah-summary';
    private readonly texts = new Map<string, string>();
    private count = 0;

    add(title: string, text: string): vscode.Uri {
        this.count += 1;
        const uri = vscode.Uri.from({ scheme: SummaryDocuments.scheme, path: `/${title.replace(/[\\/]/g, '_')}.txt`, query: String(this.count) });
        this.texts.set(uri.toString(), text);
        return uri;
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }
}
