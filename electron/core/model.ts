// Domain objects shared by the main process, the command line and (as types only) the renderer.
import type { Analysis } from './analysis/types';
import type { BriefingFacts } from './briefingFacts';

export interface ArticleListItem {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  importedAt: string;
  noteCount: number;
}

export interface Article extends ArticleListItem {
  fileName: string | null;
  encoding: string;
  body: string;
  contentHash: string;
}

export interface Note {
  id: number;
  articleId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Briefing {
  article: Article;
  analysis: Analysis;
  facts: BriefingFacts;
  notes: Note[];
}

export type PageSize = 'A4' | 'Letter';

export interface Settings {
  pageSize: PageSize;
  analystName: string;
}

export const DEFAULT_SETTINGS: Settings = { pageSize: 'A4', analystName: '' };
