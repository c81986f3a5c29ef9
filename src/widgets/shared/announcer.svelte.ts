/**
 * One polite announcement per change. A burst of changes (a slider dragged, a key held down)
 * is reported once, when it settles, as one sentence from the state before the burst to the
 * state after it. The same text twice in a row is nudged so screen readers speak it again.
 */
export class ChangeAnnouncer<State> {
  message = $state('');
  #burstStart: State | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly describe: (from: State) => string) {}

  changed(from: State, settleMs = 0): void {
    this.#burstStart ??= from;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const start = this.#burstStart!;
      this.#burstStart = null;
      const next = this.describe(start);
      this.message = next === this.message.trimEnd() ? `${next}\u00a0` : next;
    }, settleMs);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
