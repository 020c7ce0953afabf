export const STAMP_FILE: string;
export function sourceFingerprint(root: string): string;
export function isBuildCurrent(root: string): boolean;
export function writeStamp(root: string): void;
export function buildIfChanged(root: string, compile: () => void): boolean;
