// Every action of the window in one table: the command palette lists it, the shortcut sheet shows its
// keys, and the window's key handler runs it. Other features register theirs with registerCommand.

export interface Command {
  /** Stable name, e.g. 'import' or 'toggle-library'. */
  id: string;
  /** What the palette shows, e.g. 'Import articles…'. */
  title: string;
  /** Keys that run it, written as they are shown: 'Ctrl+Shift+N', 'F6', 'Ctrl+/'; the first is shown. */
  shortcut?: string | readonly string[];
  run(): void | Promise<void>;
}

const commands: Command[] = [];

/** Adds a command (or replaces one with the same id, so a feature can refine an existing action). */
export function registerCommand(command: Command): void {
  const at = commands.findIndex((c) => c.id === command.id);
  if (at >= 0) commands[at] = command;
  else commands.push(command);
}

export function allCommands(): readonly Command[] {
  return commands;
}

export function commandById(id: string): Command | undefined {
  return commands.find((c) => c.id === id);
}

export function shortcutsOf(command: Command): readonly string[] {
  return command.shortcut === undefined ? [] : typeof command.shortcut === 'string' ? [command.shortcut] : command.shortcut;
}

interface Chord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseChord(shortcut: string): Chord {
  // 'Ctrl++' would end in an empty part; no shortcut here uses '+' as its key.
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt'), key };
}

/** Whether a key press is the shortcut; Ctrl also means ⌘ (as the menu's CmdOrCtrl does). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const chord = parseChord(shortcut);
  if (chord.ctrl !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) return false;
  const key = event.key.toLowerCase();
  // Shift changes the character of punctuation keys ('/' is '?'), so for them Shift is part of the key.
  if (chord.key.length === 1 && !/[a-z0-9]/.test(chord.key)) return key === chord.key && !event.shiftKey;
  return chord.shift === event.shiftKey && key === chord.key;
}

/** The command whose shortcut the key press is, if any. */
export function commandForKey(event: KeyboardEvent): Command | undefined {
  return commands.find((c) => shortcutsOf(c).some((s) => matchesShortcut(event, s)));
}
