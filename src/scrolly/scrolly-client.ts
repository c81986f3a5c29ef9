import scrollama from 'scrollama';
import { select } from 'd3-selection';
import 'd3-transition';
import { attributesFor, type ElementStates } from './states';

/**
 * Wires every [data-scrolly] section: scrollama reports the step in view, and each element of
 * the sticky graphic moves to that step's attributes. Before this runs (or without JavaScript)
 * the graphic shows its complete final state and the steps read as plain text.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

function show(graphic: HTMLElement, state: string, animate: boolean): void {
  if (graphic.dataset.state === state) return;
  graphic.dataset.state = state;
  const duration = animate && !reducedMotion.matches ? 650 : 0;
  graphic.querySelectorAll<SVGElement | HTMLElement>('[data-states]').forEach((element) => {
    const attributes = attributesFor(JSON.parse(element.dataset.states!) as ElementStates, state);
    if (!attributes) return;
    const { text, ...rest } = attributes;
    if (text !== undefined) element.textContent = text;
    const selection = select(element);
    if (duration === 0) {
      selection.interrupt();
      for (const [name, value] of Object.entries(rest)) selection.attr(name, value);
    } else {
      const transition = selection.transition().duration(duration);
      for (const [name, value] of Object.entries(rest)) transition.attr(name, value);
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  const graphic = root.querySelector<HTMLElement>('[data-scrolly-graphic]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  if (!graphic || steps.length === 0) continue;
  root.classList.add('is-enhanced');
  const activate = (step: HTMLElement, animate: boolean) => {
    steps.forEach((s) => s.classList.toggle('is-active', s === step));
    show(graphic, step.dataset.show!, animate);
  };
  activate(steps[0]!, false);
  scrollama()
    .setup({ step: steps, offset: 0.6 })
    .onStepEnter(({ element }) => activate(element as HTMLElement, true));
  // A printed chapter is a handout: the graphic shows its complete final state, as without
  // JavaScript, and returns to the reader's step afterwards.
  let stepBeforePrint: HTMLElement | undefined;
  window.addEventListener('beforeprint', () => {
    stepBeforePrint = steps.find((s) => s.classList.contains('is-active'));
    show(graphic, steps.at(-1)!.dataset.show!, false);
  });
  window.addEventListener('afterprint', () => stepBeforePrint && activate(stepBeforePrint, false));
}
