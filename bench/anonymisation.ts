/**
 * The anonymisation corpus (fixtures/anonymisation-corpus.json) measured: recall per kind over
 * the annotated identifier spans, the false-refusal rate over the ordinary prose, and the scan
 * time of about 1 MB of text. Used by `npm run bench` and by test/domain/anonymisation-corpus.test.ts.
 *
 * A span counts as found when a finding that refuses (certain, or probable without allowTerms)
 * overlaps it: that finding stops the case and its placeholder hides the span in the preview.
 * `exactKind` counts those where the finding also has the annotated kind.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { scanTexts, type FindingKind } from '../src/domain/anonymisation.js';

interface Corpus {
  identifying: {
    text: string;
    spans: { kind: FindingKind; start: number; end: number }[];
    knownIdentifiers?: string[];
  }[];
  ordinary: string[];
}

export interface CorpusFigures {
  recall: Partial<Record<FindingKind, { spans: number; found: number; exactKind: number; recall: number }>>;
  spans: number;
  ordinary: number;
  falseRefusals: number;
  falseRefusalRate: number;
  /** Ordinary sentences that were refused, with the kinds found (to read, not to tune to). */
  refused: { text: string; kinds: FindingKind[] }[];
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(new URL('../fixtures/anonymisation-corpus.json', import.meta.url), 'utf8')) as Corpus;
}

const scanOne = (value: string, knownIdentifiers?: string[]) =>
  scanTexts([{ document: 0, field: 'text', value }], { knownIdentifiers }).findings;

export function measureCorpus(corpus: Corpus = loadCorpus()): CorpusFigures {
  const recall: CorpusFigures['recall'] = {};
  let spans = 0;
  for (const { text, spans: gold, knownIdentifiers } of corpus.identifying) {
    const findings = scanOne(text, knownIdentifiers);
    for (const span of gold) {
      spans++;
      const overlapping = findings.filter((f) => f.start < span.end && f.end > span.start);
      const entry = (recall[span.kind] ??= { spans: 0, found: 0, exactKind: 0, recall: 0 });
      entry.spans++;
      if (overlapping.length > 0) entry.found++;
      if (overlapping.some((f) => f.kind === span.kind)) entry.exactKind++;
    }
  }
  for (const entry of Object.values(recall)) entry.recall = entry.found / entry.spans;
  const refused = corpus.ordinary
    .map((text) => ({ text, kinds: scanOne(text).map((f) => f.kind) }))
    .filter((r) => r.kinds.length > 0);
  return {
    recall,
    spans,
    ordinary: corpus.ordinary.length,
    falseRefusals: refused.length,
    falseRefusalRate: refused.length / corpus.ordinary.length,
    refused,
  };
}

/** Milliseconds to scan about 1 MB: the corpus' prose repeated, best of `runs`. */
export function measureScanSpeed(
  runs = 5,
  corpus: Corpus = loadCorpus(),
): { chars: number; ms: number; findings: number } {
  const unit = [...corpus.ordinary, ...corpus.identifying.map((e) => e.text)].join('\n');
  let text = '';
  while (text.length < 1_000_000) text += `${unit}\n`;
  text = text.slice(0, 1_000_000);
  let best = Infinity;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = scanTexts([{ document: 0, field: 'text', value: text }]).total;
    best = Math.min(best, performance.now() - start);
  }
  return { chars: text.length, ms: best, findings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measureCorpus();
  console.log(JSON.stringify({ ...figures, refused: figures.refused }, null, 1));
  console.log(measureScanSpeed());
}

/** The bench's rows: recall per kind, false refusals and the 1 MB scan, with the targets. */
export function anonymisationFigures() {
  const figures = measureCorpus();
  const speed = measureScanSpeed();
  const certain = new Set<string>(['cpr', 'email', 'phone', 'address', 'birth_date', 'known_identifier']);
  return [
    ...Object.entries(figures.recall).map(([kind, r]) => {
      const target = certain.has(kind) ? 0.95 : 0.9;
      return {
        id: `anonymisation.recall.${kind}`,
        label: `Anonymisation recall, ${kind} (corpus)`,
        value: Math.round(r.recall * 1000) / 1000,
        unit: '',
        target: `≥ ${target}`,
        pass: r.recall >= target,
        note: `${r.found}/${r.spans} spans`,
      };
    }),
    {
      id: 'anonymisation.falseRefusals',
      label: 'Anonymisation false refusals (ordinary prose)',
      value: Math.round(figures.falseRefusalRate * 1000) / 10,
      unit: '%',
      target: '≤ 3 %',
      pass: figures.falseRefusalRate <= 0.03,
      note: `${figures.falseRefusals}/${figures.ordinary} sentences`,
    },
    {
      id: 'anonymisation.scan1mb',
      label: 'Anonymisation scan of 1 MB (best of 5, in-process)',
      value: Math.round(speed.ms),
      unit: 'ms',
      target: '< 300 ms',
      pass: speed.ms < 300,
      note: `${speed.findings} findings`,
    },
  ];
}
