// Speaker colours (issue 12) on the LSP side: the semantic tokens request, and asking the client
// to fetch them again when `newsmark.speakerColors` may have changed (a settings change), which
// only clients that declare `workspace.semanticTokens.refreshSupport` may be asked.

import { SemanticTokensRefreshRequest, type ClientCapabilities, type Connection } from 'vscode-languageserver';

const refreshSupport = new WeakMap<Connection, boolean>();

export function noteSemanticTokensRefresh(connection: Connection, capabilities: ClientCapabilities): void {
  refreshSupport.set(connection, !!capabilities.workspace?.semanticTokens?.refreshSupport);
}

/** After a settings change: the editor asks for the tokens again, coloured as now set. */
export function refreshSemanticTokens(connection: Connection, log: (message: string) => void): void {
  if (!refreshSupport.get(connection)) return;
  connection.sendRequest(SemanticTokensRefreshRequest.type).catch((e: unknown) => log(`newsmark: semantic tokens refresh failed: ${e instanceof Error ? e.message : String(e)}`));
}
