import { createHash } from 'node:crypto';
import type { CspHashEntry } from 'astro';

/** The Content-Security-Policy source that allows exactly this inline script or style text. */
export function cspHash(text: string): CspHashEntry {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
