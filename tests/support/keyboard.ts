import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab, as a keyboard user would, until the target has focus; Shift+Tab when the target
 * comes before the focused element, as a user going back would.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  const before = await handle.evaluate((el) => {
    const active = document.activeElement;
    return !!active && active !== document.body && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  const key = before ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press(key);
    if (await handle.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`tabTo: target not reached in ${maxPresses} presses of ${key}`);
}

/** Records every text a live region takes, so a test can count announcements. */
export async function recordAnnouncements(region: Locator): Promise<() => Promise<string[]>> {
  await region.evaluate((el) => {
    const texts: string[] = [];
    (el as HTMLElement & { __announcements?: string[] }).__announcements = texts;
    new MutationObserver(() => {
      const text = el.textContent?.trim() ?? '';
      if (text) texts.push(text);
    }).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return () => region.evaluate((el) => (el as HTMLElement & { __announcements?: string[] }).__announcements ?? []);
}
