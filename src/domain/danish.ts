/** "1, 2 og 3": a Danish enumeration. */
export function joinDanish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1] ?? ''}`;
}
