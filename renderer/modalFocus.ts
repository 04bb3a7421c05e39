// Dialogs give the focus back to the element that had it when they close (Escape, a button, a command),
// so the analyst carries on where they were.

export function showModal(dialog: HTMLDialogElement, focusFirst?: HTMLElement): void {
  if (dialog.open) return;
  const from = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  dialog.showModal();
  focusFirst?.focus();
  dialog.addEventListener(
    'close',
    () => {
      // The element may be gone (a re-rendered row); then focus stays where the browser puts it.
      if (from?.isConnected) from.focus();
    },
    { once: true },
  );
}
