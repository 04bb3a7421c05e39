// The text of a Word (.docx) file, read with mammoth: paragraphs become blank-line separated text. Its
// core properties (docProps/core.xml) give a title and the day the file was created, which the import
// uses only when the text itself has none.
import { ImportError } from './importError';
import { isoDate } from './extractedDocument';
import { checkZipBudget } from './zipBudget';

export interface DocxDocument {
  text: string;
  /** dc:title, when set and not a placeholder. */
  title: string | null;
  /** dcterms:created: when the file was made, not necessarily when the article was published. */
  created: string | null;
}

export async function extractDocx(bytes: Uint8Array): Promise<DocxDocument> {
  let core = '';
  checkZipBudget(bytes, undefined, (name, part) => {
    if (name === 'docProps/core.xml') core = part.toString('utf8');
  });
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return { text: result.value, ...coreProperties(core) };
  } catch (err) {
    throw new ImportError('NOT_DECODABLE', `the Word file cannot be read (${(err as Error).message})`);
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Title and creation date from core.xml; read with patterns (the part is small, flat and DTD-free). */
export function coreProperties(xml: string): { title: string | null; created: string | null } {
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!).replace(/\s+/g, ' ').trim() || null;
  };
  const title = field('dc:title');
  // Word's own defaults say nothing about the article.
  const placeholder = !title || /^(document\d*|untitled|microsoft word - .*|title)$/i.test(title);
  return { title: placeholder ? null : title.slice(0, 300), created: isoDate(field('dcterms:created')) };
}
