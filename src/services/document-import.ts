/**
 * Case documents sent as files (DOCX or PDF, base64 in JSON) become plain text here, with
 * mammoth (DOCX) and pdf.js through pdf-parse (PDF); the text is then scanned like any other.
 * Nothing of the file is kept: the buffer lives for the length of the request.
 */
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { DOCX_TYPE, PDF_TYPE, type DocumentInput, type FileInput } from '../contract/case.js';
import { LIMITS } from '../domain/limits.js';
import { findInvalidText } from '../domain/text.js';
import { limitExceeded, unprocessable } from './errors.js';

/** PDF pages read at most (a hostile file must not make the extraction unbounded). */
const MAX_PDF_PAGES = 300;

export type { DocumentInput, FileInput };

function unreadable(index: number, why: string) {
  return unprocessable(
    'unreadable-document',
    `Dokument ${index + 1} kunne ikke læses: ${why}. Send det som DOCX, PDF eller tekst. Intet er gemt.`,
  );
}

async function extract(file: FileInput, index: number): Promise<string> {
  const bytes = Buffer.from(file.data, 'base64');
  const head = bytes.subarray(0, 5).toString('latin1');
  if (file.contentType === DOCX_TYPE) {
    if (!head.startsWith('PK\u0003\u0004')) throw unreadable(index, 'filen er ikke en DOCX-fil');
    try {
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      throw unreadable(index, 'DOCX-filen er beskadiget');
    }
  }
  if (file.contentType === PDF_TYPE) {
    if (head !== '%PDF-') throw unreadable(index, 'filen er ikke en PDF-fil');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      const result = await parser.getText({ first: MAX_PDF_PAGES });
      return result.text;
    } catch {
      throw unreadable(index, 'PDF-filen er beskadiget eller krypteret');
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  }
  throw unreadable(index, 'indholdstypen er hverken DOCX eller PDF');
}

/**
 * Every document as title and text, files turned into text; 422 when a file cannot be read, and
 * 422 `limit-exceeded` when the texts together (typed and extracted) pass the case's limit.
 */
export async function documentsAsText(documents: readonly DocumentInput[]): Promise<{ title: string; text: string }[]> {
  const out: { title: string; text: string }[] = [];
  let total = 0;
  for (const [index, doc] of documents.entries()) {
    let text: string;
    if ('text' in doc) text = doc.text;
    else {
      text = (await extract(doc.file, index)).replaceAll(String.fromCharCode(0), '').trim();
      if (text.length === 0)
        throw unreadable(index, 'filen indeholder ingen tekst (et scannet billede skal først have tekstgenkendelse)');
      if (findInvalidText(text)) throw unreadable(index, 'teksten indeholder ugyldige tegn');
    }
    total += text.length;
    if (total > LIMITS.documentCharsPerCase) {
      throw limitExceeded(
        `Dokumenternes tekster må tilsammen højst have ${LIMITS.documentCharsPerCase} tegn; med dokument ${index + 1} bliver de ${total}. Intet er gemt.`,
      );
    }
    out.push({ title: doc.title, text });
  }
  return out;
}
