import { describe, expect, it } from 'vitest';
import { drawingsOf, iconIds, icons, isIconId } from '../../src/widgets/shared/icons';
import { sesame } from '../../src/model/sesame';
import { rongcheng } from '../../src/model/rongcheng';
import { fixtureWidgets } from '../support/fixtures';

/**
 * The icon set is ours (src/widgets/shared/icons.ts) and which icon a consequence shows is model
 * data: every consequence names one that exists, every drawing is a plain path on the 24×24
 * grid, and each widget's island is handed the drawings its consequences need and no others.
 */
describe.each([sesame, rongcheng].map((system) => [system.id, system] as const))('the consequences of %s', (_, system) => {
  it.each(system.consequences.map((c) => [c.id, c] as const))('%s shows an icon from the set', (_id, consequence) => {
    expect(consequence.icon, 'a consequence is shown as a thing: give it an icon id').toBeDefined();
    expect(isIconId(consequence.icon!), `"${consequence.icon}" is not in src/widgets/shared/icons.ts`).toBe(true);
  });
});

describe('the icon set', () => {
  it('has the things perks, bans and shaming are about', () => {
    expect(iconIds).toEqual(expect.arrayContaining(['bike', 'plane', 'train', 'hotel', 'school', 'billboard', 'phone', 'cinema', 'loan', 'visa']));
    expect(isIconId('toString'), 'only own ids count').toBe(false);
  });

  it.each(iconIds.map((id) => [id, icons[id]] as const))('%s is one path of SVG path commands, every absolute coordinate on the 24×24 grid', (_id, d) => {
    expect(d).toMatch(/^M[\d\s.,\-MmLlHhVvCcSsQqAaZz]+$/);
    // Coordinates of absolute moves and lines (relative ones may be negative offsets).
    for (const [, x, y] of d.matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)) {
      for (const value of [Number(x), Number(y)]) expect(value >= 0 && value <= 24, `${value} in ${d}`).toBe(true);
    }
  });

  it('hands out only the drawings asked for, each once', () => {
    expect(drawingsOf(['visa', undefined, 'visa', 'bike'])).toEqual({ visa: icons.visa, bike: icons.bike });
  });
});

describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('the words of %s', (_id, { widget, fixture }) => {
  it("carry the drawings of exactly its consequences' icons, so its bundle needs none of the set", () => {
    const { icons: handed } = widget.words('en') as { icons: Record<string, string> };
    expect(handed).toEqual(drawingsOf(fixture.system.consequences.map((c) => c.icon)));
  });
});
