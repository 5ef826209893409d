// The size limit of open documents (setting `maxDocumentSizeMB`, issue 13, item 12). Parsing is
// linear but synchronous: a 50 MB article holds the one thread for seconds, and every request of
// every other document waits behind it. A document over the limit is therefore never handed to
// the language service: it gets one diagnostic that says why, and the empty answers of a document
// the server does not know (a reduced service). The limit is checked without waiting for the
// settings: the document's settings as last read, else the default.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type NewsmarkSettings } from '../service';

const MEGABYTE = 1024 * 1024;
const TOO_LARGE_CODE = 'document-too-large';

type Limit = Pick<NewsmarkSettings, 'maxDocumentSizeMB'> | undefined;

const limitOf = (settings: Limit) => settings?.maxDocumentSizeMB ?? DEFAULT_SETTINGS.maxDocumentSizeMB;

export function isOversized(doc: TextDocument, settings: Limit): boolean {
  return doc.getText().length > limitOf(settings) * MEGABYTE;
}

/** The one diagnostic of a document over the limit, at its start. */
export function tooLargeDiagnostic(doc: TextDocument, settings: Limit): Diagnostic {
  const size = (doc.getText().length / MEGABYTE).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'newsmark',
    code: TOO_LARGE_CODE,
    message:
      `This article is ${size} MB, over the limit of ${limitOf(settings)} MB (setting newsmark.maxDocumentSizeMB): ` +
      'NewsMark does not check it and gives no outline, hover, completion or other help for it. Raise the limit to check it anyway.',
  };
}
