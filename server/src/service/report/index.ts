// Who gets quoted, across articles: per-article summaries that merge exactly (summary.ts,
// summarize.ts, merge.ts), read back from JSON (read.ts), and the view every output draws (view.ts).

export * from './summary';
export { summarizeArticle } from './summarize';
export { ReportAccumulator, mergeSummaries } from './merge';
export { readSummary, SummaryError } from './read';
export { reportView, type ReportView, type CountRow, type SpeakerKindRow } from './view';
