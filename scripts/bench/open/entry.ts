// What the open benchmark drives: the real renderer in headless Chromium over the real handlers, and the
// long transcript the tests use.
export { openLibrary } from '../../../electron/core/library';
export { launchRenderer } from '../../../test/helpers/renderer';
export { longTranscript } from '../../../test/helpers/longTranscript';
