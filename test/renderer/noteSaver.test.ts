import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../../electron/core/model';
import { NoteSaver, type SaveState } from '../../renderer/noteSaver';

const note = (id: number, body: string): Note => ({ id, articleId: 1, body, createdAt: 't', updatedAt: 't', anchor: null, tags: [] });

describe('NoteSaver', () => {
  it('creates the note on the first save, then saves into it', async () => {
    const create = vi.fn(async (body: string) => note(7, body));
    const save = vi.fn(async (id: number, body: string) => note(id, body));
    const saver = new NoteSaver(null, { create, save, onState: () => {} });
    saver.change('a');
    await saver.flush();
    saver.change('ab');
    await saver.flush();
    expect(create).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(7, 'ab');
  });

  it('keeps text whose save failed pending, reports it, and saves it on the next flush', async () => {
    const states: SaveState[] = [];
    let fail = true;
    const save = vi.fn(async (id: number, body: string) => {
      if (fail) throw new Error('The disk is full.');
      return note(id, body);
    });
    const saver = new NoteSaver(1, { create: async (b) => note(1, b), save, onState: (s) => states.push(s) });
    saver.change('precious');
    await saver.flush();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'The disk is full.' });
    expect(saver.hasPending()).toBe(true);
    fail = false;
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith(1, 'precious');
    expect(saver.hasPending()).toBe(false);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('saves on its own after the debounce delay, and text typed during a save is not lost', async () => {
    vi.useFakeTimers();
    try {
      const bodies: string[] = [];
      const saver = new NoteSaver(1, {
        create: async (b) => note(1, b),
        save: async (id, body) => {
          bodies.push(body);
          return note(id, body);
        },
        onState: () => {},
      });
      saver.change('one');
      await vi.advanceTimersByTimeAsync(600);
      expect(bodies).toEqual(['one']);
      saver.change('one two');
      const flushing = saver.flush();
      saver.change('one two three');
      await flushing;
      await saver.flush();
      expect(bodies.at(-1)).toBe('one two three');
    } finally {
      vi.useRealTimers();
    }
  });
});
