// The file on disk behind a document's URI, for the server's work on disk (the configuration file
// above a document, the workspace index). Other schemes (`untitled:`, a notebook cell) and URIs
// that name no valid path have none.

import { fileURLToPath } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
