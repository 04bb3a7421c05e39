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
// Corrections across the library (issue 14)
import { m011EntityMergesAndKinds } from './011_entity_merges_and_kinds';
// Library table, article trash, packs (issue 14)
import { m012LibraryTableTrashPacks } from './012_library_table_trash_packs';
// Entity page (issue 14)
import { m013EntityPageIndexes } from './013_entity_page_indexes';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [m001Initial, m002NotesAnchorsTagsRevisions, m003SearchIndexArticleMetadata, m004CompactAnalysisAndIndex, m005LibraryListOrder, m006NotesSearchIndex, m007CompactHashAndNames, m008SpeakersIndex, m009CompressedBodies, m010AnalysesByVersion, m011EntityMergesAndKinds, m012LibraryTableTrashPacks,
  // Entity page (issue 14)
  m013EntityPageIndexes];
