import { afterEach, beforeEach, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';

/**
 * Each widget test starts at a bare URL (a widget reads its state from it) with fake timers
 * that still advance (announcements settle after a pause), and leaves no spies behind.
 */
export function widgetTestHooks(): void {
  beforeEach(() => {
    history.replaceState(null, '', '/');
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** Renders a widget as an island would and returns a user whose pauses run on the fake clock. */
export function renderWidget<Props extends Record<string, unknown>>(component: Component<Props>, props: Props) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(component as Component<Record<string, unknown>>, { props });
  return user;
}
