/**
 * Reads what assistive technology reads from a PDF: the structure tree, page entries, XMP
 * metadata and outline, with pdf-lib's object model (pdftotext and pdfinfo cannot see tags).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export interface StructNode {
  type: string;
  /** /T (the renderer puts each heading's text there). */
  title?: string;
  alt?: string;
  scope?: string;
  /** Marked-content ids and annotation references directly under this element. */
  contentCount: number;
  children: StructNode[];
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);

export interface PdfFacts {
  tree: StructNode | null;
  lang: string | null;
  displayDocTitle: boolean;
  marked: boolean;
  xmp: string;
  outline: string[];
  pages: { structParents: number | null; tabs: string | null; unmarkedPaint: number }[];
}

function text(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  if (object instanceof PDFName) return object.decodeText();
  return undefined;
}

export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = pdf;
  const deref = (object: PDFObject | undefined): PDFObject | undefined =>
    object instanceof PDFRef ? context.lookup(object) : object;

  const convert = (dict: PDFDict): StructNode => {
    const node: StructNode = { type: text(dict.get(PDFName.of('S'))) ?? '?', contentCount: 0, children: [] };
    const title = text(deref(dict.get(PDFName.of('T'))));
    if (title !== undefined) node.title = title;
    const alt = text(deref(dict.get(PDFName.of('Alt'))));
    if (alt !== undefined) node.alt = alt;
    const attributes = deref(dict.get(PDFName.of('A')));
    if (attributes instanceof PDFDict) {
      const scope = text(attributes.get(PDFName.of('Scope')));
      if (scope !== undefined) node.scope = scope;
    }
    const kids = deref(dict.get(PDFName.of('K')));
    const list = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
    for (const kid of list) {
      const value = deref(kid);
      if (value instanceof PDFNumber) node.contentCount += 1;
      else if (value instanceof PDFDict) {
        if (value.has(PDFName.of('S'))) node.children.push(convert(value));
        else node.contentCount += 1; // MCR or OBJR
      }
    }
    return node;
  };

  const root = deref(catalog.get(PDFName.of('StructTreeRoot')));
  let tree: StructNode | null = null;
  if (root instanceof PDFDict) {
    const kids = deref(root.get(PDFName.of('K')));
    const first = kids instanceof PDFArray ? deref(kids.get(0)) : kids;
    if (first instanceof PDFDict) tree = convert(first);
  }

  const markInfo = deref(catalog.get(PDFName.of('MarkInfo')));
  const viewer = deref(catalog.get(PDFName.of('ViewerPreferences')));
  const metadata = deref(catalog.get(PDFName.of('Metadata')));
  const xmp = metadata instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(metadata).decode()) : '';

  const outline: string[] = [];
  const walk = (item: PDFObject | undefined, depth: number): void => {
    let current = deref(item);
    while (current instanceof PDFDict) {
      outline.push(`${'  '.repeat(depth)}${text(deref(current.get(PDFName.of('Title')))) ?? ''}`);
      walk(current.get(PDFName.of('First')), depth + 1);
      current = deref(current.get(PDFName.of('Next')));
    }
  };
  const outlines = deref(catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0);

  const contentOf = (object: PDFObject | undefined): string => {
    const value = deref(object);
    if (value instanceof PDFArray) return value.asArray().map(contentOf).join('\n');
    if (value instanceof PDFRawStream) return new TextDecoder('latin1').decode(decodePDFRawStream(value).decode());
    return '';
  };
  const pages = pdf.getPages().map((page) => {
    const structParents = page.node.get(PDFName.of('StructParents'));
    return {
      structParents: structParents instanceof PDFNumber ? structParents.asNumber() : null,
      tabs: text(page.node.get(PDFName.of('Tabs'))) ?? null,
      unmarkedPaint: unmarkedPaint(contentOf(page.node.get(PDFName.of('Contents')))),
    };
  });

  return {
    tree,
    lang: text(deref(catalog.get(PDFName.of('Lang')))) ?? null,
    displayDocTitle: viewer instanceof PDFDict && String(viewer.get(PDFName.of('DisplayDocTitle'))) === 'true',
    marked: markInfo instanceof PDFDict && String(markInfo.get(PDFName.of('Marked'))) === 'true',
    xmp,
    outline,
    pages,
  };
}

/**
 * Painting operators (text, paths, images) outside any marked-content sequence: content that is
 * neither tagged nor an artifact, which PDF/UA forbids. pdfkit writes one operator per line.
 */
function unmarkedPaint(content: string): number {
  let depth = 0;
  let count = 0;
  for (const line of content.split('\n')) {
    const operator = line.trim().split(/\s+/).at(-1) ?? '';
    if (operator === 'BDC' || operator === 'BMC') depth += 1;
    else if (operator === 'EMC') depth -= 1;
    else if (depth <= 0 && PAINTING.has(operator)) count += 1;
  }
  return count;
}

/** Every element of the tree in document (reading) order. */
export function flatten(node: StructNode | null): StructNode[] {
  if (!node) return [];
  return [node, ...node.children.flatMap(flatten)];
}
