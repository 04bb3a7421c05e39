// Renders build/icon.svg, the one source drawing, into every icon the packages need, and writes them
// beside it (they are committed, so packaging needs no drawing tool):
//   build/icons/NxN.png   Linux (AppImage, .deb desktop entry), 16 to 1024 pixels
//   build/icon.ico        Windows, PNG-compressed entries 16 to 256 pixels
//   build/icon.icns       macOS, PNG entries 16 to 1024 pixels (with the @2x types)
//   build/icon.png        1024 pixels, electron-builder's fallback
// Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run: node build/make-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'icon.svg');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const png = new Map();
mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of SIZES) {
  const out = join(here, 'icons', `${size}x${size}.png`);
  execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--keep-aspect-ratio', source, '--output', out]);
  png.set(size, readFileSync(out));
}
writeFileSync(join(here, 'icon.png'), png.get(1024));

// ICO: a directory of entries, each pointing at a PNG image (Windows Vista and later read PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  const data = png.get(size);
  header.writeUInt8(size === 256 ? 0 : size, entry); // 0 means 256
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt8(0, entry + 2); // no palette
  header.writeUInt8(0, entry + 3);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(data.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += data.length;
});
writeFileSync(join(here, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => png.get(s))]));

// ICNS: 'icns', total length, then (type, length, PNG) chunks; lengths are big-endian and include the 8-byte headers.
const icnsTypes = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];
const chunks = icnsTypes.map(([type, size]) => {
  const data = png.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
writeFileSync(join(here, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
console.log(`Icons written from ${source}: ${SIZES.length} PNG sizes, icon.ico (${icoSizes.length} entries), icon.icns (${icnsTypes.length} entries).`);
