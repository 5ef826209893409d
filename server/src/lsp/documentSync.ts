// How the server's copy of a document follows the editor's changes. `TextDocument.update` trusts
// the ranges it is given: a range past the end of the document (a line after the last, a
// character after the end of its line) is applied at the clamped offset, but the line table is
// updated with the range's own line numbers, so every later change lands in the wrong place and
// the server's text drifts away from the editor's for good (issue 13, item 14). Each range is
// therefore clamped to the document, as the editor clamps it, before it is applied, one change
// after the other (each change's positions refer to the text after the changes before it).

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { Logger } from '../service';
import { validPosition } from './context';

export function clampingDocuments(logger: Logger): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update(document, changes, version) {
      for (const change of changes) {
        const clamped = clampChange(document, change);
        if (clamped) TextDocument.update(document, [clamped], version);
        else logger.warn(`newsmark: ignored a change to ${document.uri} whose range is not a range: ${JSON.stringify(change)}`);
      }
      // The version moves on even when every change was refused (or there were none).
      return TextDocument.update(document, [], version);
    },
  };
}

/** The change with its range inside the document; undefined when it has no usable range or text. */
function clampChange(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent | undefined {
  if (typeof change?.text !== 'string') return undefined;
  if (!('range' in change) || change.range === undefined) return { text: change.text };
  const start = validPosition(change.range?.start);
  const end = validPosition(change.range?.end);
  if (!start || !end) return undefined;
  return { range: { start: clampPosition(document, start), end: clampPosition(document, end) }, text: change.text };
}

/** A line after the last is the end of the document; a character after the end of its line, the line's end (before its line break). */
function clampPosition(document: TextDocument, position: Position): Position {
  if (position.line >= document.lineCount) return document.positionAt(document.getText().length);
  // offsetAt stops before the line break for a character past the end of the line.
  return document.positionAt(document.offsetAt(position));
}
