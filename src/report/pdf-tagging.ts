/**
 * Tagged PDF (PDF/UA-1) on top of pdfkit's structure API, for every PDF the service makes.
 *
 * Usage:
 *
 *   const doc = new PDFDocument({ ...taggedPdfOptions(), info: { Title: title, … } });
 *   const tags = new Tagger(doc);               // Document root
 *   tags.group('Sect', () => {
 *     tags.leaf('H1', () => doc.text('Titel'));  // everything drawn inside belongs to the H1
 *     tags.artifact(() => doc.moveTo(…).lineTo(…).stroke()); // decoration, not content
 *   });
 *   tags.finish();                             // before doc.end()
 *   doc.end();
 *
 * Rules the helpers rely on:
 * - Every mark on a page is either inside a `leaf` (its structure element) or an `artifact`;
 *   unmarked content makes the file fail PDF/UA.
 * - The structure tree is built in call order and that order is the reading order: open and
 *   fill elements in the order they are read, even when something is drawn later (`reserve`).
 * - Leaves must not be nested; a leaf may run over a page break when the break comes from
 *   pdfkit's own text flow or from `doc.continueOnNewPage()` (never a bare `addPage()`).
 * - pdfkit sets `/Tabs /S` and `/StructParents` on every page that holds tagged content.
 */

/** Structure types used by the service's PDFs (ISO 32000-1, 14.8.4). */
export type StructType =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'TOC'
  | 'TOCI'
  | 'Link'
  | 'Span';

export interface StructOptions {
  /** /T: the element's title (headings carry their text, so tools can list them). */
  title?: string;
  /** Alternative text (Figure: says in words what the figure shows). */
  alt?: string;
  /** Header cells: what the header applies to. */
  scope?: 'Row' | 'Column' | 'Both';
  /** Language of the element when it differs from the document's. */
  lang?: string;
  /** Replacement text that is read instead of the content. */
  actual?: string;
  /** Figure: its box on the page, [left, top, right, bottom] in pdfkit's (top-down) points. */
  bbox?: [number, number, number, number];
}

export type ArtifactType = 'Pagination' | 'Layout' | 'Page' | 'Background';

/**
 * Document options for a tagged PDF/UA-1 file in Danish: PDF 1.7 (XMP metadata needs > 1.3),
 * the MarkInfo/StructTreeRoot, the PDF/UA identifier in the XMP, /Lang and DisplayDocTitle.
 */
export function taggedPdfOptions(lang = 'da'): PDFKit.PDFDocumentOptions {
  return {
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.PDFDocumentOptions['subset'],
    lang,
    displayTitle: true,
  };
}

type Element = PDFKit.PDFStructureElement;
type StructDoc = PDFKit.PDFDocument & {
  struct(type: string, options?: StructOptions): Element;
};

/**
 * Builds the structure tree while the page content is drawn. One instance per document; the
 * root is a `Document` element.
 */
export class Tagger {
  private readonly stack: Element[];

  /**
   * `enabled: false` draws everything untagged (same calls, no structure): only for measuring
   * what tagging costs (`npm run bench`).
   */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly enabled = true,
  ) {
    const root = this.create('Document');
    if (enabled) doc.addStructure(root);
    this.stack = [root];
    escapeXmpInfo(doc);
  }

  /** Opens a container (Sect, L, LI, Table, TR, TOC, Div…) as the next child of the current one. */
  open(type: StructType, options: StructOptions = {}): Element {
    const element = this.create(type, options);
    this.current.add(element);
    this.stack.push(element);
    return element;
  }

  /** Closes the innermost open container. */
  close(): void {
    if (this.stack.length <= 1) throw new Error('Tagger.close: nothing open');
    this.stack.pop()?.end();
  }

  /** `open`, run `body`, `close`. */
  group(type: StructType, body: () => void, options: StructOptions = {}): void {
    this.open(type, options);
    try {
      body();
    } finally {
      this.close();
    }
  }

  /** How many containers are open below the root (to close back to a known level). */
  get depth(): number {
    return this.stack.length - 1;
  }

  /** Closes containers until `depth` are open. */
  closeTo(depth: number): void {
    while (this.depth > depth) this.close();
  }

  /**
   * A leaf element (H1, P, TH, Lbl, Caption, Figure…) whose content is everything `draw` paints.
   * `draw` may be empty (an empty table cell).
   */
  leaf(type: StructType, draw: () => void, options: StructOptions = {}): Element {
    const element = this.create(type, options);
    this.current.add(element);
    this.into(element, draw);
    element.end();
    return element;
  }

  /** Draws more content into an element that is already in the tree (a leaf, or a reserved one). */
  into(element: Element, draw: () => void): void {
    if (!this.enabled) {
      draw();
      return;
    }
    const tag = (element as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S;
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /**
   * Places an element in the tree now, to be filled later (`fill`): e.g. a table of contents
   * that is drawn once every heading's page is known but is read before the chapters.
   */
  reserve(type: StructType, options: StructOptions = {}): Element {
    const element = this.create(type, options);
    this.current.add(element);
    return element;
  }

  /** Makes a reserved element current while `body` runs, then ends it. */
  fill(element: Element, body: () => void): void {
    this.stack.push(element);
    try {
      body();
    } finally {
      this.stack.pop();
      element.end();
    }
  }

  /**
   * A link annotation inside the current element's flow: a `Link` element holding the drawn
   * text and the annotation (PDF/UA wants both, and a description in /Contents).
   */
  link(rect: [number, number, number, number], destination: string, description: string, draw: () => void): void {
    const element = this.create('Link');
    this.current.add(element);
    this.into(element, draw);
    const [x, y, w, h] = rect;
    this.doc.goTo(x, y, w, h, destination, {
      ...(this.enabled ? { structParent: element } : {}),
      Contents: new String(description),
    } as unknown as PDFKit.Mixins.AnnotationOption);
    element.end();
  }

  /** Decoration that is not content (rules, backgrounds, running headers, page numbers). */
  artifact(draw: () => void, type: ArtifactType = 'Layout'): void {
    if (!this.enabled) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', { type: type as 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** Ends every open element; call once, before `doc.end()`. */
  finish(): void {
    while (this.stack.length > 0) this.stack.pop()?.end();
  }

  private get current(): Element {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('Tagger: the document is finished');
    return top;
  }

  private create(type: StructType, options: StructOptions = {}): Element {
    return this.enabled ? (this.doc as StructDoc).struct(type, options) : UNTAGGED;
  }
}

/** Stands in for every element when tagging is off. */
const UNTAGGED = {
  add() {
    return UNTAGGED;
  },
  end() {},
} as unknown as Element;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * pdfkit writes the document info into the XMP packet without escaping it: a title with "&"
 * or "<" would make the metadata invalid XML. The info dictionary is written first (as PDF
 * strings, which need no escaping), the XMP after it, so the values are escaped in between.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { endMetadata: () => void; info: Record<string, unknown> };
  const endMetadata = target.endMetadata.bind(doc);
  target.endMetadata = () => {
    for (const [key, value] of Object.entries(target.info)) {
      if (typeof value === 'string') target.info[key] = value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
    }
    endMetadata();
  };
}
