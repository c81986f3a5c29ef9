import type { Locator, Page } from 'playwright-core';

/** What a reader sees of one sticky scrolly graphic while a step is read. */
export interface StageMeasure {
  /** The state the graphic shows. */
  state: string | undefined;
  /** The drawing (the box around everything the graphic paints) against the viewport: its area, its height. */
  drawingShare: number;
  drawingHeightShare: number;
  /** The graphic (its <figure>) against its stage, the sticky graphic pane: their heights. */
  stageShare: number;
  /** The smallest rendered size of any text in the graphic, in CSS pixels, and whose it is. */
  smallestText: number;
  smallestTextSample: string;
  /** How much of the active step's card is in view and not under the graphic: pixels, and a share of what could be. */
  cardVisible: number;
  cardVisibleShare: number;
  /** Sideways overflow of the page, in pixels. */
  overflow: number;
}

/**
 * Scrolls a scrolly so that its `index`-th step is the one being read (its top above
 * scrollama's 60 % line), waits until the graphic shows that step and every glide has ended.
 * Returns the step's state and how many glides (Web Animations) the change started.
 */
export async function scrollToStep(page: Page, scrolly: Locator, index: number): Promise<{ show: string; glides: number }> {
  const step = scrolly.locator('[data-scrolly-step]').nth(index);
  const show = (await step.getAttribute('data-show'))!;
  await step.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.45, behavior: 'instant' }));
  const graphic = scrolly.locator('[data-scrolly-graphic]');
  const shown = await page.waitForFunction(
    ([el, state]) => (el as HTMLElement).dataset.state === state && el!.getAnimations({ subtree: true }).length + 1,
    [await graphic.elementHandle(), show] as const,
  );
  const glides = ((await shown.jsonValue()) as number) - 1;
  await graphic.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
  return { show, glides };
}

/** Measures the graphic of `scrolly` as it is drawn now (see StageMeasure). */
export function measureStage(scrolly: Locator): Promise<StageMeasure> {
  return scrolly.evaluate((root) => {
    const stage = root.querySelector<HTMLElement>('[data-scrolly-graphic]')!;
    const figure = stage.querySelector('figure') ?? stage;
    const hidden = (el: Element) => el.closest('title, desc, style, script, [hidden], .visually-hidden') !== null || el.getClientRects().length === 0;

    // The drawing: every shape and every element with words of its own, at any opacity (what a
    // later step fades in is part of the stage it fills).
    const painted = [...figure.querySelectorAll('*')].filter(
      (el) =>
        !hidden(el) &&
        (el instanceof SVGGeometryElement || el instanceof SVGTextContentElement || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')),
    );
    const boxes = painted.map((el) => el.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));

    // Rendered text size: the font size times the scale its SVG draws it at.
    let smallestText = Infinity;
    let smallestTextSample = '';
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (!text || !element || hidden(element)) continue;
      let scale = 1;
      if (element instanceof SVGGraphicsElement) {
        const ctm = element.getScreenCTM();
        if (ctm) scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      }
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < smallestText) {
        smallestText = size;
        smallestTextSample = text.slice(0, 40);
      }
    }

    // The active card's part inside the viewport and outside the graphic pane.
    const card = root.querySelector('[data-scrolly-step].is-active .step-card')!.getBoundingClientRect();
    const pane = stage.getBoundingClientRect();
    const inView = [Math.max(card.top, 0), Math.min(card.bottom, innerHeight)] as const;
    const besidePane = card.right <= pane.left || card.left >= pane.right;
    const underPane = besidePane ? 0 : Math.max(0, Math.min(inView[1], pane.bottom) - Math.max(inView[0], pane.top));
    const cardVisible = Math.max(0, inView[1] - inView[0] - underPane);
    const figureBox = figure.getBoundingClientRect();
    return {
      state: stage.dataset.state,
      drawingShare: ((right - left) * (bottom - top)) / (innerWidth * innerHeight),
      drawingHeightShare: (bottom - top) / innerHeight,
      stageShare: figureBox.height / pane.height,
      smallestText,
      smallestTextSample,
      cardVisible,
      cardVisibleShare: cardVisible / Math.min(card.height, innerHeight - (besidePane ? 0 : pane.height)),
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });
}
