// Which better_sqlite3.node every database open in this process uses. The Electron main process sets
// it once at start (its ABI differs from Node's); under Node it stays unset and node_modules' build loads.
let nativeBinding: string | undefined;

export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

export function sqliteOptions(): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}

/** The binding a thread must be told to load: a worker thread starts with this module unset, and would
 *  load node_modules' build, which in Electron is built for the wrong ABI. */
export function bindingForThreads(explicit?: string | null): string | null {
  return explicit ?? nativeBinding ?? null;
}
