// The engine under evaluation: `suggestMarkup` of the language service (server/src/service/markup/),
// called as the command line and the editor call it, with internal errors rethrown so that a bug
// fails the evaluation instead of scoring as "found nothing".

import { suggestMarkup } from '../../server/src/service';
import type { MarkupSystem } from './suggestion';

export const engineMarkup: MarkupSystem = (input) =>
  suggestMarkup(input, {
    onError: (e) => {
      throw e;
    },
  });
