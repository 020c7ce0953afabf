/**
 * The one rule for text the service receives: every string (and every key) of a JSON body
 * must be well-formed Unicode without NUL. Invalid UTF-8 bytes, lone surrogates (a `\ud800`
 * escape with no partner) and U+0000 are refused rather than silently replaced or stored,
 * so what is stored is exactly what the client meant to send. Pure; no I/O.
 */

export interface TextProblem {
  /** JSON pointer of the offending string, e.g. /documents/0/text. */
  pointer: string;
  message: string;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function stringProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Teksten må ikke indeholde NUL (U+0000)';
  if (LONE_SURROGATE.test(text))
    return 'Teksten må ikke indeholde et enligt surrogat (en \\uD800–\\uDFFF-escape uden makker)';
  return null;
}

/** The first string in a parsed JSON value that breaks the rule, or null. Iterative: deep JSON cannot overflow the stack. */
export function findInvalidText(value: unknown): TextProblem | null {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }];
  while (stack.length > 0) {
    const { value: current, pointer } = stack.pop() as { value: unknown; pointer: string };
    if (typeof current === 'string') {
      const message = stringProblem(current);
      if (message) return { pointer, message };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], pointer: `${pointer}/${i}` });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const keyProblem = stringProblem(key);
        if (keyProblem) return { pointer: `${pointer}/${escapePointer(key)}`, message: `En nøgle: ${keyProblem}` };
        stack.push({ value: child, pointer: `${pointer}/${escapePointer(key)}` });
      }
    }
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as text, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
