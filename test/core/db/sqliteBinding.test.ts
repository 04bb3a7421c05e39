// A worker thread starts with no binding set: it must be told the one this process loads (in Electron, the
// build for Electron's ABI), or it would load node_modules' build.
import { describe, expect, it } from 'vitest';
import { bindingForThreads, useNativeBinding } from '../../../electron/core/db/sqliteBinding';

describe('the native binding threads are given', () => {
  it('is the one given, else the one this process uses, else none', () => {
    expect(bindingForThreads()).toBeNull();
    useNativeBinding('/app/resources/native/better_sqlite3.node');
    expect(bindingForThreads()).toBe('/app/resources/native/better_sqlite3.node');
    expect(bindingForThreads(null)).toBe('/app/resources/native/better_sqlite3.node');
    expect(bindingForThreads('/other/better_sqlite3.node')).toBe('/other/better_sqlite3.node');
  });
});
