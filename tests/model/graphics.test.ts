import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphicSteps } from '../../src/scrolly/graphics/steps';

describe('scrolly graphics', () => {
  it('every graphic in src/scrolly/graphics/ lists its states, so <Step show> can be checked at build', () => {
    const files = readdirSync(new URL('../../src/scrolly/graphics/', import.meta.url)).filter((f) => f.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(graphicSteps[file.replace(/\.astro$/, '')], file).toBeDefined();
  });

  it('states are unique within a graphic', () => {
    for (const [graphic, states] of Object.entries(graphicSteps)) expect(new Set(states).size, graphic).toBe(states.length);
  });
});
