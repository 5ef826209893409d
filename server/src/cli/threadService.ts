// One language service per thread for the command line's per-file jobs (check's analyse, report's
// summaries). A service per file parsed the speaker registry again for every article: its
// RegistryCache lives in the service, so with a registry of 2,000 speakers (245 KB) each article
// cost 230 ms instead of under 1 ms. Each file's document is forgotten when its job ends, so the
// service holds no article from one file to the next (nor its paragraph cache); only the parsed
// registries stay. A service that threw or logged an error is replaced before the next file, so
// that nothing a bug left behind reaches another article.

import { LanguageService, type Logger } from '../service';

interface Shared {
  service: LanguageService;
  /** Where the service's log goes now: the current file's logger. */
  logger?: Logger;
  broken: boolean;
}

let shared: Shared | undefined;

function create(): Shared {
  const state: Shared = { service: undefined as unknown as LanguageService, broken: false };
  state.service = new LanguageService({
    logger: {
      error: (message, error) => { state.broken = true; state.logger?.error(message, error); },
      warn: (message) => state.logger?.warn(message),
      info: (message) => state.logger?.info(message),
      debug: (message) => state.logger?.debug(message),
    },
  });
  return state;
}

/** Runs one file's job with this thread's service, its log going to `logger`; `uri` is the file's document, forgotten after. */
export function withThreadService<T>(uri: string, logger: Logger, job: (service: LanguageService) => T): T {
  const current = (shared ??= create());
  current.logger = logger;
  let finished = false;
  try {
    const result = job(current.service);
    finished = true;
    return result;
  } finally {
    current.service.forget(uri);
    current.logger = undefined;
    if (!finished || current.broken) shared = undefined;
  }
}
