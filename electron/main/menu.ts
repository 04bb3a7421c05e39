// The application menu; each command is forwarded to the window, which owns the state it acts on.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENT_MENU_COMMAND, type MenuCommand } from '../ipc/contract';

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(EVENT_MENU_COMMAND, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
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
        { label: 'Filter Library', accelerator: 'CmdOrCtrl+F', click: send('focus-filter') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+J', click: send('focus-notes') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
