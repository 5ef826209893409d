// `--format text`: the publishable article, as strip() gives it (markup, front matter and
// editor's notes removed; words, paragraph breaks and line endings verbatim).

import type { ExportedArticle } from './model';

export function toText(model: ExportedArticle): string {
  return model.text;
}
