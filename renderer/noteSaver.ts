// Saves one note's text: debounced while typing, flushed on demand, one save at a time, and never
// forgets text whose save failed (it stays pending and is retried on the next flush or keystroke).
import type { Note } from '../electron/core/model';

export type SaveState = { kind: 'saved'; at: string } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export interface NoteSaverDeps {
  /** Creates the note on its first save (the editor may start empty, with no note yet). */
  create(body: string): Promise<Note>;
  save(noteId: number, body: string): Promise<Note>;
  onState(state: SaveState): void;
  onCreated?(note: Note): void;
}

export const SAVE_DELAY_MS = 500;

export class NoteSaver {
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private noteId: number | null,
    private readonly deps: NoteSaverDeps,
  ) {}

  get id(): number | null {
    return this.noteId;
  }

  hasPending(): boolean {
    return this.pending !== null;
  }

  change(body: string): void {
    this.pending = body;
    this.deps.onState({ kind: 'dirty' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves whatever is pending now; resolves when it is stored (or the save failed and was reported). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.chain = this.chain.then(() => this.saveOnce());
    return this.chain;
  }

  private async saveOnce(): Promise<void> {
    const body = this.pending;
    if (body === null) return;
    this.deps.onState({ kind: 'saving' });
    try {
      let note: Note;
      if (this.noteId === null) {
        note = await this.deps.create(body);
        this.noteId = note.id;
        this.deps.onCreated?.(note);
      } else {
        note = await this.deps.save(this.noteId, body);
      }
      // Text typed during the save stays pending for the next one.
      if (this.pending === body) this.pending = null;
      this.deps.onState(this.pending === null ? { kind: 'saved', at: note.updatedAt } : { kind: 'dirty' });
    } catch (err) {
      this.deps.onState({ kind: 'failed', message: (err as Error).message });
    }
  }
}
