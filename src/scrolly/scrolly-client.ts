// The package's ES module entry, named directly: its "module" field lacks the extension, so the
// bundler would fall back to the UMD build and wrap it for CommonJS (about 0.3 KB more, gzipped).
import scrollama from 'scrollama/index.js';
import { attributesFor, type ElementStates } from './states';

/** `{n}` and `{total}` in the server-rendered template (data-step-count-template), from the dictionary. */
const fillCount = (template: string, n: number, total: number): string =>
  template.replace(/\{(n|total)\}/g, (_, hole: string) => String(hole === 'n' ? n : total));

/**
 * Wires every [data-scrolly] section. Scrolling: scrollama reports the step in view and each
 * element of the sticky graphic moves to that step's attributes. Stepping: previous/next
 * buttons and the arrow keys show one step at a time, for readers who prefer it, inside
 * iframes (where sticky scrolling cannot work) and with ?steps in the URL. Before this runs, or
 * without JavaScript, the graphic shows its complete final state and the steps read as text.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const framed = window.self !== window.top;
const stepsRequested = new URLSearchParams(location.search).has('steps');

/** d3-transition's default easing (cubic in-out), which these graphics were designed with. */
const glideTiming: KeyframeAnimationOptions = { duration: 650, easing: 'cubic-bezier(0.65, 0, 0.35, 1)' };

/** An attribute's name as Web Animations keyframes spell its CSS property: stroke-width → strokeWidth. */
const keyframeName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Sets an element's look (an SVG element's attributes, an HTML element's CSS properties) and,
 * when animating, glides from how it was drawn to how it is drawn now. The look is the truth
 * (as in the server render); a glide is a Web Animation over the CSS properties it maps to
 * (opacity, transform, cx, font-weight): it needs no style attribute in the HTML, leaves
 * nothing behind when it ends, and costs chapter pages a few lines where d3-selection and
 * d3-transition, with the d3-interpolate and d3-color they bring, cost about 14 KB gzipped.
 */
function moveTo(element: SVGElement | HTMLElement, attributes: Record<string, string | number>, animate: boolean): void {
  const names = Object.keys(attributes);
  const drawn = getComputedStyle(element);
  // Read before stopping a running glide, so an interrupted one carries on from where it is.
  const from = names.map((name) => drawn.getPropertyValue(name));
  element.getAnimations().forEach((animation) => animation.cancel());
  const set =
    element instanceof SVGElement ? (name: string, value: string) => element.setAttribute(name, value) : (name: string, value: string) => element.style.setProperty(name, value);
  for (const name of names) set(name, String(attributes[name]));
  if (!animate) return;
  const keyframes: [Keyframe, Keyframe] = [{}, {}];
  names.forEach((name, i) => {
    const to = drawn.getPropertyValue(name);
    if (from[i] && to && from[i] !== to) {
      keyframes[0][keyframeName(name)] = from[i];
      keyframes[1][keyframeName(name)] = to;
    }
  });
  if (Object.keys(keyframes[1]).length > 0) element.animate(keyframes, glideTiming);
}

function show(graphic: HTMLElement, state: string, animate: boolean): void {
  if (graphic.dataset.state === state) return;
  graphic.dataset.state = state;
  const glides = animate && !reducedMotion.matches;
  graphic.querySelectorAll<SVGElement | HTMLElement>('[data-states]').forEach((element) => {
    const attributes = attributesFor(JSON.parse(element.dataset.states!) as ElementStates, state);
    if (!attributes) return;
    const { text, ...rest } = attributes;
    if (text !== undefined) element.textContent = text;
    moveTo(element, rest, glides);
  });
}

function enhance(root: HTMLElement): void {
  const graphic = root.querySelector<HTMLElement>('[data-scrolly-graphic]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  if (!graphic || steps.length === 0) return;
  const controls = root.querySelector<HTMLElement>('[data-scrolly-controls]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-scrolly-mode]')!;
  const stepper = root.querySelector<HTMLElement>('[data-scrolly-stepper]')!;
  const previous = stepper.querySelector<HTMLButtonElement>('[data-step-previous]')!;
  const next = stepper.querySelector<HTMLButtonElement>('[data-step-next]')!;
  const count = stepper.querySelector<HTMLElement>('[data-step-count]')!;
  const countTemplate = root.dataset.stepCountTemplate ?? '{n}/{total}';
  let current = 0;

  const activate = (index: number, animate: boolean) => {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => step.classList.toggle('is-active', i === current));
    show(graphic, steps[current]!.dataset.show!, animate);
    const focusedButton = document.activeElement;
    previous.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    // A button that just became disabled would drop keyboard focus to the page: hand it over.
    if (focusedButton === previous && previous.disabled) next.focus();
    if (focusedButton === next && next.disabled) previous.focus();
    count.textContent = fillCount(countTemplate, current + 1, steps.length);
  };

  const scroller = scrollama();
  scroller.setup({ step: steps, offset: 0.6 }).onStepEnter(({ index }) => activate(index, true));

  const setStepper = (on: boolean) => {
    root.classList.toggle('is-stepper', on);
    stepper.hidden = !on;
    toggle.setAttribute('aria-pressed', String(on));
    if (on) scroller.disable();
    else scroller.enable();
  };

  root.classList.add('is-enhanced');
  controls.hidden = false;
  const linked = steps.findIndex((step) => `#${step.id}` === location.hash);
  activate(Math.max(0, linked), false);
  setStepper(framed || stepsRequested);

  toggle.addEventListener('click', () => {
    setStepper(!root.classList.contains('is-stepper'));
    if (!root.classList.contains('is-stepper')) steps[current]!.scrollIntoView({ block: 'center' });
  });
  previous.addEventListener('click', () => activate(current - 1, true));
  next.addEventListener('click', () => activate(current + 1, true));
  stepper.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: steps.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    activate(moves[event.key]!, true);
  });

  // A printed chapter is a handout: the graphic shows its complete final state ("*"), as
  // without JavaScript, and returns to the reader's step afterwards.
  window.addEventListener('beforeprint', () => show(graphic, '*', false));
  window.addEventListener('afterprint', () => activate(current, false));
}

document.querySelectorAll<HTMLElement>('[data-scrolly]').forEach(enhance);
