// The NLP model alone: wink-nlp with its English model, a few megabytes of JavaScript. The build
// makes it a bundle of its own (dist/nlp.js) that the server and the command line load on the
// first markup, so that their start (the language server's `initialize`) never parses it.
// text.ts reaches it through a lazy require; nothing else may import this module.

import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp with only the stages the engine reads: sentences and parts of speech. */
export function createNlp(): WinkMethods {
  return winkNLP(model, ['sbd', 'pos']);
}
