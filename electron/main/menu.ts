// The application menu; each command is forwarded to the window, which owns the state it acts on.
// Per platform: macOS has the app menu (About, Services, Hide, Quit) and a Window menu; Windows and
// Linux have File (ending in Exit/Quit), Edit, View and Help (About).
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENT_MENU_COMMAND, type MenuCommand } from '../ipc/contract';

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(EVENT_MENU_COMMAND, command);
  const isMac = process.platform === 'darwin';
  // Loaded on demand: nothing of the About dialog is needed for the first paint.
  const about = () => void import('./about').then(({ showAbout }) => showAbout(getWindow()));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { label: `About ${app.name}`, click: about },
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: send('export-pdf') },
        { type: 'separator' },
        { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: send('new-note') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Find (library or article)', accelerator: 'CmdOrCtrl+F', click: send('focus-filter') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+J', click: send('focus-notes') },
        // layout and keyboard: the same keys as in the window's command table (renderer/appCommands.ts)
        { type: 'separator' },
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: send('command-palette') },
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: send('shortcuts') },
        { label: 'Library Pane', accelerator: 'CmdOrCtrl+B', click: send('toggle-library') },
        { label: 'Notes Pane', accelerator: 'CmdOrCtrl+Shift+B', click: send('toggle-notes') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      role: 'help',
      submenu: isMac ? [{ label: 'Licences of Bundled Software', click: about }] : [{ label: `&About ${app.name}`, click: about }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
