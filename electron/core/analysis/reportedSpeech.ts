import type { Resolver } from './coref';
import type { QuotedPassage } from './quotes';
import type { Sentence } from './sentences';
import type { Quote } from './types';
export function findReportedSpeech(_r: Resolver, _s: Sentence[], _p: QuotedPassage[]): Quote[] { return []; }
