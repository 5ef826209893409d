// Who gets quoted, across articles: per-article summaries that merge exactly (summary.ts,
// summarize.ts, merge.ts), read back from JSON (read.ts), the view every output draws (view.ts),
// and who is quoted where, for the editor's Speakers view (speakers.ts).

export * from './summary';
export { summarizeArticle } from './summarize';
export { ReportAccumulator, mergeSummaries } from './merge';
export { readSummary, SummaryError } from './read';
export { speakerOverview, SpeakerOverview, sortedByUri, type SpeakerEntry, type SpeakerArticleEntry, type QuoteEntry } from './speakers';
export { reportView, type ReportView } from './view';
