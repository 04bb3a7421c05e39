// The text of a Word (.docx) file, read with mammoth: paragraphs become blank-line separated text.
import { ImportError } from './importError';
import { checkZipBudget } from './zipBudget';

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  checkZipBudget(bytes);
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return result.value;
  } catch (err) {
    throw new ImportError('NOT_DECODABLE', `the Word file cannot be read (${(err as Error).message})`);
  }
}
