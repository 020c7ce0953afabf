import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, so a fast hash is enough to store it. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
