import type { FastifyInstance } from 'fastify';
import { decodeUtf8, findInvalidText } from '../domain/text.js';
import { invalidText } from '../services/errors.js';

/**
 * Replaces fastify's JSON parser with one that applies the text rule of src/domain/text.ts to
 * every JSON body before any route sees it: the bytes must be valid UTF-8 and no string may
 * hold NUL or a lone surrogate (400 `invalid-text`). Parsing itself is fastify's own, with
 * its __proto__ and constructor guards.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const text = decodeUtf8(body as Buffer);
    if (text === null) {
      done(invalidText('body', 'Indholdet er ikke gyldig UTF-8'), undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error) {
        done(error, undefined);
        return;
      }
      const problem = findInvalidText(value);
      if (problem) done(invalidText(`body${problem.pointer}`, problem.message), undefined);
      else done(null, value);
    });
  });
}
