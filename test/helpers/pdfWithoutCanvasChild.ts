// Run in a child process by test/main/pdfWithoutCanvas.test.ts, with @napi-rs/canvas unloadable (as in a
// package built for the other architecture): reads a PDF's text and its named destinations, as the import
// and the export do, and prints what it found as one JSON line.
import { readFileSync } from 'node:fs';
import { extractPdf } from '../../electron/core/importer/extractPdf';
import { destinationPages } from '../../electron/core/print/pdfDocument';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const document = await extractPdf(bytes);
const destinations = await destinationPages(bytes);
console.log(JSON.stringify({ text: document.text, destinations }));
