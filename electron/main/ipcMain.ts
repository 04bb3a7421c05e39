// Registers every channel of the contract with a sender check in front of the shared handlers.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS } from '../ipc/contract';
import type { Handle } from '../ipc/handlers';
import { APP_ORIGIN } from './appProtocol';

export function registerIpc(handle: Handle, isKnownWindow: (wc: WebContents) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      // Only the app's own window, at the app's own origin, may ask anything.
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isKnownWindow(event.sender) || !frameUrl.startsWith(`${APP_ORIGIN}/`)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused: unknown sender.' } };
      }
      return handle(channel, payload);
    });
  }
}
