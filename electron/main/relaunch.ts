// Restarting the app (after a backup is restored) must start the executable the analyst launched. A
// Windows portable build runs from a temporary folder it unpacks itself into, and an AppImage from a
// mount that disappears when the app exits: app.relaunch() with no options would start that copy, which is
// gone (or half deleted) by then, so the app would quit for good. Both tell where the real file is:
// electron-builder's portable launcher sets PORTABLE_EXECUTABLE_FILE, the AppImage runtime APPIMAGE.
import type { RelaunchOptions, ShellApp } from './shell';

export function relaunchOptions(env: Record<string, string | undefined>, argv: readonly string[]): RelaunchOptions | undefined {
  const execPath = env.PORTABLE_EXECUTABLE_FILE || env.APPIMAGE;
  // With execPath, Electron passes only `args` (not the current arguments): argv[0] is the copy's path.
  return execPath ? { execPath, args: argv.slice(1) } : undefined;
}

export function restartApp(app: ShellApp, env: Record<string, string | undefined>, argv: readonly string[]): void {
  const options = relaunchOptions(env, argv);
  if (options) app.relaunch(options);
  else app.relaunch();
  // exit, not quit: the library is already closed, and no window may try to save into the moved file.
  app.exit(0);
}
