// Real files of the formats the import reads, built byte by byte in the tests: PDFs (with and without a
// text layer) and Word documents (a ZIP of XML parts).
import { crc32, deflateRawSync } from 'node:zlib';

/** A PDF whose pages draw the given lines of text in Helvetica; no lines gives a page of images only. */
export function minimalPdf(pages: string[][], options: { info?: Record<string, string> } = {}): Buffer {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: page tree, 3: font; then a page and its content stream per page.
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  let id = 4;
  const body: string[] = [];
  for (const lines of pages) {
    const pageId = id++;
    const contentId = id++;
    pageIds.push(pageId);
    const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
    const stream = lines.length
      ? `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => (l === '' ? 'T*' : `(${escape(l)}) Tj T*`)).join(' ')} ET`
      : '0 0 1 rg 72 400 300 200 re f 1 0 0 rg 100 450 100 80 re f';
    body[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    body[contentId] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  }
  body[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  body[2] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  body[3] = font;
  // The document information dictionary (Title, Author, Producer, CreationDate…), when asked for.
  const infoId = options.info ? id++ : null;
  if (infoId) body[infoId] = `<< ${Object.entries(options.info!).map(([k, v]) => `/${k} (${v.replace(/[\\()]/g, (c) => `\\${c}`)})`).join(' ')} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < id; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    objects.push(`${i} 0 obj\n${body[i]}\nendobj\n`);
    out += objects[objects.length - 1];
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${id}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${id} /Root 1 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A ZIP archive of stored (uncompressed) entries, or deflated ones; `declared` makes the headers claim
 *  another inflated size (a bomb's headers may lie). */
export function zip(entries: Record<string, string>, options: { deflate?: boolean; declared?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const plain = Buffer.from(text, 'utf8');
    const data = options.deflate ? deflateRawSync(plain) : plain;
    const size = options.declared ?? plain.length;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(plain);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    if (options.deflate) local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    if (options.deflate) central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A Word document with one paragraph per string. */
export function minimalDocx(paragraphs: string[], options: { deflate?: boolean; declared?: number; prolog?: string; coreXml?: string } = {}): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>${options.prolog ?? ''}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    // The core properties part (title, creation date), when given.
    ...(options.coreXml ? { 'docProps/core.xml': options.coreXml } : {}),
  }, options);
}
