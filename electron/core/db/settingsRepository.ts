// SQL for settings: one row a key, values stored as JSON.
import { DEFAULT_SETTINGS, type Settings } from '../model';
import type { Db } from './openDatabase';

export function settingsRepository(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const one = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const settingKeys = new Set(Object.keys(DEFAULT_SETTINGS));
  return {
    get(): Settings {
      const stored = all.all().filter((r) => settingKeys.has(r.key));
      return { ...DEFAULT_SETTINGS, ...Object.fromEntries(stored.map((r) => [r.key, JSON.parse(r.value) as unknown])) };
    },
    update(patch: Partial<Settings>): Settings {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
      }).immediate();
      return this.get();
    },
    /** App state that is not a user setting (e.g. whether the seeds were imported). */
    getRaw(key: string): string | null {
      return one.get(key)?.value ?? null;
    },
    setRaw(key: string, value: string): void {
      put.run(key, value);
    },
  };
}
