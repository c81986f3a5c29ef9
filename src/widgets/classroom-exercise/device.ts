/* What the exercise does on the device alone: draw a seed, save a file. */
/** A fresh seed for a new class, so its economic classes are drawn anew, and kept with it. */
export function freshSeed(): number {
  const bytes = new Uint32Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return bytes[0]! >>> 1;
}

/**
 * Offers text as a file to save, from the page itself: nothing is sent anywhere. The object URL
 * is let go once the browser has taken the click.
 */
export function download(text: string, file: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
