// How the server's copy of a document follows the editor's changes. `TextDocument.update` trusts
// the ranges it is given: a range past the end of the document (a line after the last, a
// character after the end of its line) is applied at the clamped offset, but the line table is
// updated with the range's own line numbers, so every later change lands in the wrong place and
// the server's text drifts away from the editor's for good (issue 13, item 14). Each range is
// therefore clamped to the document, as the editor clamps it, before it is applied, one change
// after the other (each change's positions refer to the text after the changes before it).
//
// The ranges also tell what the changes left alone (issue 9): the document carries the extent of
// its last update (`edit`, read by the language service's parse), so that a keystroke in a very
// large article is not found by comparing the whole old and new texts.

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { EditExtent, Logger } from '../service';
import { validPosition } from './context';

export function clampingDocuments(logger: Logger): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update(document, changes, version) {
      const extent: EditExtent = { fromVersion: document.version, toVersion: version, prefix: Infinity, suffix: Infinity };
      for (const change of changes) {
        const clamped = clampChange(document, change);
        if (clamped) {
          keptBy(document, clamped, extent);
          TextDocument.update(document, [clamped], version);
        } else logger.warn(`newsmark: ignored a change to ${document.uri} whose range is not a range: ${JSON.stringify(change)}`);
      }
      // The version moves on even when every change was refused (or there were none).
      const updated = TextDocument.update(document, [], version);
      if (extent.prefix === Infinity) [extent.prefix, extent.suffix] = [updated.getText().length, 0]; // nothing changed
      (updated as TextDocument & { edit?: EditExtent }).edit = extent;
      return updated;
    },
  };
}

/**
 * Narrows `extent` to what `change` leaves alone. Changes apply one after the other, each in the
 * text the ones before it left; the characters before the lowest start and after the highest end
 * (counted from the end, which the changes before a stretch do not move) are kept by all of them.
 */
function keptBy(document: TextDocument, change: TextDocumentContentChangeEvent, extent: EditExtent): void {
  if (!('range' in change) || !change.range) {
    extent.prefix = extent.suffix = 0; // the whole text replaced
    return;
  }
  const length = document.getText().length;
  const [a, b] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)];
  // A range may be given end first: TextDocument.update turns it round.
  extent.prefix = Math.min(extent.prefix, a, b);
  extent.suffix = Math.min(extent.suffix, length - Math.max(a, b));
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
