// Speaker colours in the editor: semantic tokens over quoted words only, one tint per speaker (the
// preview's), nested quotes in their own speaker's colour, one token per line, CRLF as LF; quotes
// without a speaker id coloured by kind only, none in subheadings, nothing once cancelled.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEVER_CANCELLED, SEMANTIC_TOKENS_LEGEND, type Cancellation, type SpeakerColors } from '../../server/src/service';
import { article, doc, toCrlf } from '../support/documents';
import { testService } from '../support/service';

/** Each token as [the words it covers, its type, its modifiers]. */
function tokens(text: string, colorBy: SpeakerColors = 'speaker', token: Cancellation = NEVER_CANCELLED): [string, string, string[]][] {
  const { data } = testService().semanticTokens(doc(text), { colorBy }, {}, token);
  const lines = text.split(/\r?\n/);
  const out: [string, string, string[]][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push([lines[line].slice(char, char + data[i + 2]), SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]], modifiers]);
  }
  return out;
}

const SPEAKERS = { chen: 'Chen Wenqing', li: 'Li Na' };
const [FIRST, SECOND] = SEMANTIC_TOKENS_LEGEND.tokenTypes;

describe('semantic tokens: speaker colours', () => {
  it('covers each quote\'s words, one colour per speaker in the order the front matter lists them', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Li said [talks would go on]{@li}. ["Yes,"]{@chen} Chen said, and [no]{@li}.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS)), [
      ['talks would go on', SECOND, ['indirect']],
      ['"Yes,"', FIRST, ['direct']],
      ['no', SECOND, ['indirect']],
    ]);
  });

  it('colours a nested quote as its own speaker, and its parent around it', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- ["Li told me, [\'We will sign,\']{@li} and I believed her,"]{@chen} Chen said.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS)).map(([w, t]) => [w, t]), [
      ['"Li told me, ', FIRST],
      ["'We will sign,'", SECOND],
      [' and I believed her,"', FIRST],
    ]);
  });

  it('splits a quote across lines into one token per line, the same for CRLF', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Chen said [talks\nwould go\non]{@chen}.\n';
    const expected = [['talks', FIRST, ['indirect']], ['would go', FIRST, ['indirect']], ['on', FIRST, ['indirect']]];
    assert.deepEqual(tokens(article(body, SPEAKERS)), expected);
    assert.deepEqual(tokens(toCrlf(article(body, SPEAKERS))), expected);
  });

  it('colours by kind when asked, and not at all when off', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- ["Yes,"]{@li} Li said, calling it [a "good start"]{@li}, and said [talks would go on]{@chen}.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS), 'kind').map(([w, t]) => [w, t]), [
      ['"Yes,"', SEMANTIC_TOKENS_LEGEND.tokenTypes[0]],
      ['a "good start"', SEMANTIC_TOKENS_LEGEND.tokenTypes[1]],
      ['talks would go on', SEMANTIC_TOKENS_LEGEND.tokenTypes[2]],
    ]);
    assert.deepEqual(tokens(article(body, SPEAKERS), 'off'), []);
  });

  it('gives an undefined speaker a colour after the defined ones', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Someone said [maybe]{@nobody}, and Li [perhaps]{@li}.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS)).map(([w, t]) => [w, t]), [['maybe', SECOND], ['perhaps', FIRST]]);
  });

  it('colours a quote without a speaker id by kind only: in speaker colours it has no speaker to show', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Someone said [talks would go on]{@}, and Li ["Yes"]{@li}.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS)).map(([w, t]) => [w, t]), [['"Yes"', FIRST]]);
    assert.deepEqual(tokens(article(body, SPEAKERS), 'kind').map(([w, t]) => [w, t]), [
      ['talks would go on', SEMANTIC_TOKENS_LEGEND.tokenTypes[2]],
      ['"Yes"', SEMANTIC_TOKENS_LEGEND.tokenTypes[0]],
    ]);
  });

  it('colours the quotes of the paragraphs around subheadings', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Li said [talks go on]{@li}.\n\n## Reactions\n\nChen said [yes]{@chen}.\n';
    assert.deepEqual(tokens(article(body, SPEAKERS)).map(([w, t]) => [w, t]), [['talks go on', SECOND], ['yes', FIRST]]);
  });

  it('gives no empty token to a quote whose words start on the next line, LF or CRLF', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Li said [\ntalks go on]{@li}.\n';
    const expected = [['talks go on', FIRST, ['indirect']]];
    assert.deepEqual(tokens(article(body, SPEAKERS)), expected);
    assert.deepEqual(tokens(toCrlf(article(body, SPEAKERS))), expected);
  });

  it('answers no tokens once the request is cancelled, not the paragraphs read so far', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Li said [talks go on]{@li}.\n\nChen said [yes]{@chen}.\n';
    let asked = 0;
    const cancelledAfterOne: Cancellation = { get isCancellationRequested() { return ++asked > 1; } };
    assert.deepEqual(tokens(article(body, SPEAKERS), 'speaker', cancelledAfterOne), []);
    assert.ok(asked > 1, 'the token was asked again after the first paragraph');
    assert.deepEqual(tokens(article(body, SPEAKERS), 'speaker', { isCancellationRequested: true }), []);
  });
});
