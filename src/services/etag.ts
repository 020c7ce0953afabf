import { preconditionFailed, preconditionRequired } from './errors.js';

/**
 * A strong entity tag from a row's `version`. It changes with every direct change to the
 * resource; a renumbering caused by a sibling's insert or delete does not change it, so
 * editing one focus point never invalidates the tags of the others.
 */
export function entityTag(id: string, version: number): string {
  return `"${id}-v${version}"`;
}

/**
 * If-Match as RFC 9110 §13.1.1 reads it: a list of tags or `*`. Missing → 428, no match
 * → 412. A `W/` prefix is ignored, unlike the RFC's strong comparison: we only issue
 * strong tags, and a compressing reverse proxy (nginx with gzip) hands them to clients as
 * weak ones, which must still work.
 */
export function checkIfMatch(header: string | undefined, current: string): void {
  if (header === undefined || header.trim() === '') throw preconditionRequired();
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(current)) return;
  throw preconditionFailed();
}
