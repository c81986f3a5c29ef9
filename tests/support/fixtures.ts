import { widgets } from '../../src/widgets/registry';
import type { WidgetRegistration } from '../../src/widgets/registration';
import type { WidgetFixture } from '../../src/widgets/fixture';

const modules = import.meta.glob<{ default: WidgetFixture<unknown> }>('../../src/widgets/*/fixture.ts', { eager: true });

export interface FixtureWidget {
  readonly id: string;
  readonly widget: WidgetRegistration<unknown>;
  readonly fixture: WidgetFixture<unknown>;
}

/**
 * Every registered widget with its fixture, in registry order: the shared tests iterate this,
 * so a new widget is tested by keyboard, touch, motion, SSR and in embed hosts as soon as its
 * folder has a widget.ts and a fixture.ts. A widget without a fixture fails here, by name.
 */
export const fixtureWidgets: readonly FixtureWidget[] = widgets.map((widget) => {
  const module = modules[`../../src/widgets/${widget.id}/fixture.ts`];
  if (!module) throw new Error(`src/widgets/${widget.id}/fixture.ts is missing: every widget exports a fixture for the shared tests`);
  return { id: widget.id, widget: widget as WidgetRegistration<unknown>, fixture: module.default };
});

/**
 * The widget that gets the full embed-host matrix (every host, every width); the others get a
 * fit check. The first in the registry, so the choice needs no list either.
 */
export const referenceWidget: FixtureWidget = fixtureWidgets[0]!;
