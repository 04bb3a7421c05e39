// A second connection to a library the main thread has already opened (and so checked and migrated),
// for the import job's threads. It skips openDatabase's integrity check and migrations, which would cost
// seconds on a large library and are done, but keeps the pragmas every writer needs.
import Database from 'better-sqlite3';
import { applyConnectionSettings, type Db } from './openDatabase';
import { sqliteOptions } from './sqliteBinding';

export function openThreadConnection(file: string, options: { nativeBinding?: string | null; readonly?: boolean } = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : sqliteOptions()),
    readonly: options.readonly ?? false,
    fileMustExist: true,
  });
  applyConnectionSettings(db);
  return db;
}
