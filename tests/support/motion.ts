import type { Page } from 'playwright-core';

/** Everything on the page that could move: running animations and non-zero transitions. */
export function motionOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = document.getAnimations().map((a) => `animation on ${(a.effect as KeyframeEffect | null)?.target?.nodeName ?? '?'}`);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      const moving = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && style.transitionProperty !== 'none';
      if (moving) found.push(`transition on ${el.nodeName}.${el.getAttribute('class') ?? ''}`);
      if (style.animationName !== 'none' && style.animationDuration.split(',').some((d) => parseFloat(d) > 0)) found.push(`animation on ${el.nodeName}`);
    }
    return found;
  });
}
