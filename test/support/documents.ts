// In-memory documents for the service tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, type ParsedArticle, type ServiceOptions } from '../../server/src/service';
import { serviceOfTree, testService } from './service';

export const ROOT = path.resolve(__dirname, '../..');

let counter = 0;
export function doc(text: string, uri = `file:///test/doc-${++counter}.news`, version = 1): TextDocument {
  return TextDocument.create(uri, 'newsmark', version, text);
}

export function example(name: string): string {
  return readFileSync(path.join(ROOT, 'examples', name), 'utf8');
}

/** The tree of `text` as a new document, parsed by a test service of its own (support/features.ts's helpers ask it). */
export function parse(text: string, uri?: string): ParsedArticle {
  const service = testService();
  const article = service.parse(doc(text, uri)) as ParsedArticle;
  serviceOfTree.set(article, service);
  return article;
}

/** The codes of the diagnostics of `text`, in order. */
export function codes(text: string, options: Partial<ServiceOptions> = {}): string[] {
  return diagnostics(text, options).map((d) => String(d.code));
}

/** The diagnostics of `text` as the server publishes them. */
export function diagnostics(text: string, options: Partial<ServiceOptions> = {}) {
  return testService().diagnostics(doc(text), {}, options, NEVER_CANCELLED);
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** A minimal article around a body, with the given speakers (`id: Name` lines). */
export function article(body: string, speakers: Record<string, string> = {}, extra = ''): string {
  const sp = Object.entries(speakers).map(([id, name]) => `  ${id}:\n    name: ${name}\n`).join('');
  return `---\nheadline: Test headline\ndate: 2023-09-28\nagency: Xinhua\n${extra}${sp ? `speakers:\n${sp}` : ''}---\n\n${body}`;
}

/** The position `delta` characters into the `nth` occurrence of `needle` in the article. */
export function positionIn(a: ParsedArticle, needle: string, nth = 0, delta = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = a.text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${nth} not found`);
  }
  return a.lines.position(i + delta);
}
