// What the client can show, read from its capabilities once at `initialize` and passed to the
// language service as options (the service knows no LSP capabilities). A client that does not
// list Markdown in hover's `contentFormat` gets plain text rather than raw `**` and backticks.
// Completion's documentation is plain text for every client already, so its
// `documentationFormat` asks for nothing.

import type { ClientCapabilities } from 'vscode-languageserver';
import type { ClientOptions } from '../service';

export function clientOptionsOf(capabilities: ClientCapabilities): ClientOptions {
  const formats: unknown = capabilities?.textDocument?.hover?.contentFormat;
  return { hoverFormat: Array.isArray(formats) && formats.includes('markdown') ? 'markdown' : 'plaintext' };
}
