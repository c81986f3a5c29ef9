import { EMBED_THEMES, embedCodes, type EmbedTheme } from './codes';
import { isScenario } from './constants';

/** Fills `{name}` in a template the server rendered into a data-attribute (EmbedCodes.astro). */
const withName = (template: string | undefined, name: string): string => (template ?? '{name}').split('{name}').join(name);

/**
 * Keeps a panel's three codes in step with its options and the page's real origin, and copies
 * a code on request with a visible and announced confirmation.
 */
export function enhanceEmbedCodes(panel: HTMLElement): void {
  const id = panel.dataset.widgetId!;
  const widget = { id, title: panel.dataset.widgetTitle!, frameTitle: panel.dataset.frameTitle!, embedHeight: Number(panel.dataset.embedHeight) };
  const status = panel.querySelector<HTMLElement>('[data-embed-status]')!;
  const scenarioBox = panel.querySelector<HTMLInputElement>('[data-embed-scenario]');

  const refresh = () => {
    const theme = panel.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value as EmbedTheme;
    const fromPage = new URLSearchParams(location.search).get(id);
    const scenario = scenarioBox?.checked && isScenario(fromPage) ? fromPage : undefined;
    const codes = embedCodes({ widget, origin: location.origin, scenario, theme: EMBED_THEMES.includes(theme) ? theme : 'auto' });
    panel.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]').forEach((area) => {
      area.value = codes[area.dataset.embedCode as keyof typeof codes];
    });
  };

  panel.addEventListener('change', refresh);
  panel.addEventListener('embed:refresh', refresh);
  panel.querySelectorAll<HTMLButtonElement>('[data-embed-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const area = panel.querySelector<HTMLTextAreaElement>(`[data-embed-code="${button.dataset.embedCopy}"]`)!;
      const name = button.dataset.codeName ?? '';
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        // No clipboard access (an old browser, or a page without permission): select the text
        // so the reader can copy it with the keyboard.
        area.focus();
        area.select();
        status.textContent = withName(panel.dataset.copyFailedTemplate, name);
        return;
      }
      button.dataset.copied = '';
      status.textContent = withName(panel.dataset.copiedTemplate, name);
      setTimeout(() => delete button.dataset.copied, 2500);
    });
  });
  refresh();
}
