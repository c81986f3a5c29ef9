import type { WidgetRegistration } from './registration';

/** Every folder under src/widgets/ with a widget.ts is a widget; there is no list to keep. */
const modules = import.meta.glob<{ default: WidgetRegistration<never> }>('./*/widget.ts', { eager: true });

export const widgets: readonly WidgetRegistration<never>[] = Object.entries(modules)
  .map(([path, module]) => {
    const folder = path.split('/')[1];
    if (module.default.id !== folder) throw new Error(`${path}: widget id "${module.default.id}" must match its folder "${folder}"`);
    return module.default;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function findWidget(id: string): WidgetRegistration<never> {
  const widget = widgets.find((w) => w.id === id);
  if (!widget) throw new Error(`No widget "${id}" in src/widgets/ (known: ${widgets.map((w) => w.id).join(', ')})`);
  return widget;
}
