// What the library benchmark drives: the app's own library, import job and IPC handlers.
export { openLibrary } from '../../../electron/core/library';
export { createHandlers } from '../../../electron/ipc/handlers';
export { parseArticle } from '../../../electron/core/importer/articleHeader';
export { analyzeArticle } from '../../../electron/core/analysis/index';
export { packAnalysis, unpackAnalysis } from '../../../electron/core/db/analysisCodec';
export { compactAfterImport } from '../../../electron/core/db/libraryCompaction';
export { bodyText } from '../../../electron/core/db/bodyCodec';
