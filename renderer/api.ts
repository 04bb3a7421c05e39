// The window's view of the preload API: typed from the IPC contract, with results unwrapped.
import type { BriefingApi, IpcResult } from '../electron/ipc/contract';

declare global {
  interface Window {
    briefing: BriefingApi;
  }
}

export const api = (): BriefingApi => window.briefing;

export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Returns the value of a result, or throws its error (with the message meant for the analyst). */
export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ApiError(r.error.code, r.error.message);
  return r.value;
}
