import type { CheckFormat } from '../args';
import type { Formatter } from './common';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATTERS: Record<CheckFormat, Formatter> = { stylish, json, sarif, github };
export { countSeverities } from './common';
