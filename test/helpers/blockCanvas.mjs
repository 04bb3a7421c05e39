// Preloaded (node --import) by test/main/pdfWithoutCanvas.test.ts: @napi-rs/canvas cannot be loaded, as
// in a package whose copy of it was built for another architecture. PDF.js loads it with require(), so
// the CommonJS resolver is where it is refused.
import Module from 'node:module';

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^@napi-rs\/canvas/.test(request)) {
    throw Object.assign(new Error(`Cannot find module '${request}' (blocked by the test: built for another architecture)`), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};
