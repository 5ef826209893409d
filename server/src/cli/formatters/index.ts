import type { CheckFormat } from '../args';
import type { StreamingFormatter } from './common';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylishReport } from './stylish';

export const FORMATTERS: Record<CheckFormat, StreamingFormatter> = { stylish: stylishReport, json, sarif, github };
export { addCounts, noCounts } from './common';
