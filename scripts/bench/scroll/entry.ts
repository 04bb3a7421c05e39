// What the scroll benchmark drives: the real renderer in headless Chromium over the real handlers.
export { openLibrary } from '../../../electron/core/library';
export { launchRenderer } from '../../../test/helpers/renderer';
