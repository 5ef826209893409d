// What the preview panel (../previewPanel.ts) and its page (previewView.ts) say to each other
// through postMessage. Types only: both bundles import them.

import type { PublishedArticle } from '../../../server/src/protocol/preview';

export type ToPreview =
  | { type: 'article'; article: PublishedArticle }
  | { type: 'scroll'; line: number }
  | { type: 'error'; message: string };

/** What the page drew (the extension-host test and the UI test read it). */
export interface RenderedPreview {
  uri: string;
  version: number;
  blocks: number;
  quotes: number;
  /** Quotes drawn with their speaker's tint (the legend can turn a speaker's off). */
  tinted: number;
  /** The legend's speakers, in order. */
  speakers: string[];
}

export type FromPreview =
  | { type: 'ready' }
  | { type: 'rendered'; rendered: RenderedPreview }
  /** The reader clicked a quote or a paragraph: show that source line. */
  | { type: 'reveal'; line: number }
  /** The reader scrolled the preview: this source line is now at its top. */
  | { type: 'scrolled'; line: number };

/** The page's saved state, which the serializer reads after a window reload. */
export interface PreviewState {
  uri: string;
  /** The source line at the top of the page, to scroll back to when the page loads again. */
  line?: number;
}
