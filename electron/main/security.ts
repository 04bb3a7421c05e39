// App-wide refusals: no navigation, no new windows, no permissions, no network.
import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol';

export function hardenSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Only the app's own scheme, devtools and data/blob URLs made by the page load; everything else,
  // http(s) and ws(s) above all, is cancelled before it leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = /^(app:\/\/briefing\/|devtools:|data:|blob:app:\/\/briefing)/.test(details.url);
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links in notes open in the system browser after the analyst confirms, and only http(s)/mailto.
      if (/^(https?:|mailto:)/i.test(url)) void confirmExternal(contents, url);
      return { action: 'deny' };
    });
  });
}

async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  const { dialog, BrowserWindow } = await import('electron');
  const win = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}
