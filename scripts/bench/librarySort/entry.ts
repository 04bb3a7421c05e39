// What the library-sort benchmark drives: a real library file and its list repository.
export { openLibrary } from '../../../electron/core/library';
