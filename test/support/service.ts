// The language service as every test uses it: made with a logger that rethrows. In production the
// service survives some bugs by degrading (an empty tree when a parse fails, a whole parse when
// an incremental one fails) and reports them to its logger; under test such a bug must fail the
// test, never pass for "no finding". No test constructs a LanguageService any other way.

import { errorText, LanguageService, type ILanguageService, type LanguageServiceInit, type Logger } from '../../server/src/service';

/** Throws on `error` (with the service's message and the original error as cause); ignores the rest. */
export const rethrowingLogger: Logger = {
  error(message, error) {
    throw new Error(error === undefined ? message : `${message}: ${errorText(error)}`, { cause: error });
  },
  warn() {},
  info() {},
  debug() {},
};

export function testService(init: Partial<LanguageServiceInit> = {}): ILanguageService {
  return new LanguageService({ logger: rethrowingLogger, ...init });
}

/** The service that parsed each tree handed out by support/documents.ts `parse()` (the feature helpers ask it). */
export const serviceOfTree = new WeakMap<object, ILanguageService>();
