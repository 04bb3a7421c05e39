/** An expected refusal from a handler, with a code for the window and a message for the analyst. */
export class HandlerError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
