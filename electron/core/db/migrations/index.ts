// Ordered list of schema migrations: entry i takes user_version i to i + 1. Never edit one that has shipped.
import type Database from 'better-sqlite3';
import { m001Initial } from './001_initial';
import { m002NotesAnchorsTagsRevisions } from './002_notes_anchors_tags_revisions';
import { m003SearchIndexArticleMetadata } from './003_search_index_article_metadata';
import { m004CompactAnalysisAndIndex } from './004_compact_analysis_and_index';
import { m005LibraryListOrder } from './005_library_list_order';
import { m006NotesSearchIndex } from './006_notes_search_index';
import { m007CompactHashAndNames } from './007_compact_hash_and_names';
import { m008SpeakersIndex } from './008_speakers_index';
import { m009CompressedBodies } from './009_compressed_bodies';
import { m010AnalysesByVersion } from './010_analyses_by_version';
// PLACEHOLDER for another branch's 011 (s18-lib): replace at merge.
import { m011Reserved } from './011_reserved';
// Library table, article trash, packs (s18-lib). Numbered 012: 011 is another branch's; merge it before this.
import { m012LibraryTableTrashPacks } from './012_library_table_trash_packs';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [m001Initial, m002NotesAnchorsTagsRevisions, m003SearchIndexArticleMetadata, m004CompactAnalysisAndIndex, m005LibraryListOrder, m006NotesSearchIndex, m007CompactHashAndNames, m008SpeakersIndex, m009CompressedBodies, m010AnalysesByVersion, m011Reserved, m012LibraryTableTrashPacks];
