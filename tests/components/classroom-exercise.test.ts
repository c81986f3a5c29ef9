import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import ClassroomExercise from '../../src/widgets/classroom-exercise/ClassroomExercise.svelte';
import { countOf, criteria, demoClass, describeRosterError, describeStageChange, extremes, fromJson, parseRoster, parseStudentLine, stages, toJson, emptySession } from '../../src/model/classroom';
import { voiceFor } from '../../src/model/copy';
import { fill } from '../../src/i18n/format';
import { findWidget } from '../../src/widgets/registry';
import { DEMO_SEED, type ClassroomWords } from '../../src/widgets/classroom-exercise/state';
import { STAGE_KEY, STORAGE_KEY } from '../../src/widgets/classroom-exercise/storage';
import type { SourceLinks } from '../../src/widgets/shared/sources';

const words = findWidget('classroom-exercise').words('en') as ClassroomWords;
const { ui } = words;
const voice = voiceFor('en', 'classroom');
const { format, copy } = voice;
const sources: SourceLinks = Object.fromEntries(findWidget('classroom-exercise').refs.map((id) => [id, { label: `label of ${id}`, href: `/sources/#ref-${id}` }]));
const demo = demoClass(DEMO_SEED, voice.copy.demoNicknames);

const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
const entry = () => $<HTMLInputElement>('[data-entry]')!;
const nicknames = () => [...document.querySelectorAll('[data-board] [data-student]')].map((el) => el.getAttribute('data-student'));
const announcement = () => screen.getByRole('status').textContent!.trim();
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const said = (from: number, to: number, session = demo) =>
  fill(ui.announce, { stage: format.number(to), last: format.number(stages.last), sentence: describeStageChange(session, from, to, voice) });

function setup() {
  return renderWidget(ClassroomExercise, { sources, words, syncUrl: false });
}

describe('classroom-exercise widget', () => {
  widgetTestHooks();
  beforeEach(() => localStorage.clear());

  it('opens on the roster with the demo class, labelled as such, the eight criteria and the privacy line', () => {
    setup();
    expect(screen.getByTestId('score').textContent).toBe('0');
    expect($('[data-demo]')!.textContent).toBe(ui.demoClass);
    expect(nicknames()).toEqual(demo.students.map((s) => s.nickname));
    expect([...document.querySelectorAll('[data-rating-key] [data-criterion]')].map((el) => text(el.querySelector('.label')))).toEqual(criteria.map((c) => voice.copy.criteria[c.id].label));
    expect(text($('[data-privacy]'))).toContain(ui.privacy);
    expect(announcement()).toBe('');
  });

  it('a typed line adds a student, replacing the demo class; focus stays in the field; it is announced and kept', async () => {
    const user = setup();
    await user.type(entry(), 'Fox, 1 0 3 2 0 0 4 1{Enter}');
    expect(nicknames()).toEqual(['Fox']);
    expect($('[data-demo]')).toBeNull();
    expect(document.activeElement).toBe(entry());
    expect(entry().value).toBe('');
    expect(announcement()).toBe(fill(ui.added, { nickname: 'Fox', demerits: countOf(copy.demerits, 11, format), count: countOf(copy.sentences.students, 1, format) }));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).students).toEqual([{ nickname: 'Fox', ratings: [1, 0, 3, 2, 0, 0, 4, 1] }]);
  });

  it('a bad line shows the model’s message beside the field, announces it and adds nobody', async () => {
    const user = setup();
    await user.type(entry(), 'Fox, 1 2{Enter}');
    const parsed = parseStudentLine('Fox, 1 2');
    expect(parsed.ok).toBe(false);
    const message = describeRosterError((parsed as { problem: Parameters<typeof describeRosterError>[0] }).problem, voice);
    expect(text($('[data-error]'))).toBe(message);
    expect(entry().getAttribute('aria-invalid')).toBe('true');
    expect(entry().getAttribute('aria-describedby')).toContain($('[data-error]')!.id);
    expect(announcement()).toBe(message);
    expect(document.activeElement).toBe(entry());
    expect(nicknames()).toEqual(demo.students.map((s) => s.nickname));
  });

  it('a pasted list adds every student on it', async () => {
    const user = setup();
    await user.click($('[data-paste] summary')!);
    const list = 'Ant, 0 0 0 0 0 0 0 0\nBee; 4 4 4 4 4 4 4 4\n\nCat\t1\t1\t1\t1\t1\t1\t1\t1';
    await user.click($('[data-list]')!);
    await user.paste(list);
    await user.click($('[data-paste-add]')!);
    const parsed = parseRoster(list);
    expect(parsed.ok && parsed.value.map((s) => s.nickname)).toEqual(['Ant', 'Bee', 'Cat']);
    expect(nicknames()).toEqual(['Ant', 'Bee', 'Cat']);
    expect(announcement()).toBe(fill(ui.pasted, { count: countOf(copy.sentences.students, 3, format) }));
  });

  it('removes a student and moves focus to the next Remove button; fills a demo class again', async () => {
    const user = setup();
    const [first, second] = demo.students;
    await user.click($(`[data-remove="${first!.nickname}"]`)!);
    expect(nicknames()).not.toContain(first!.nickname);
    expect(document.activeElement).toBe($(`[data-remove="${second!.nickname}"]`));
    expect(announcement()).toBe(fill(ui.removed, { nickname: first!.nickname, count: countOf(copy.sentences.students, demo.students.length - 1, format) }));
    await user.click($('[data-demo-fill]')!);
    expect(nicknames()).toHaveLength(demo.students.length);
    expect($('[data-demo]')).not.toBeNull();
  });

  it('clears everything only after an inline confirmation, and Keep changes nothing', async () => {
    const user = setup();
    await user.click($('[data-clear]')!);
    expect(text($('[data-confirm]'))).toContain(fill(ui.clearAsk, { count: format.number(demo.students.length) }));
    expect(document.activeElement).toBe($('[data-clear-keep]'));
    await user.click($('[data-clear-keep]')!);
    expect($('[data-confirm]')).toBeNull();
    expect(nicknames()).toHaveLength(demo.students.length);
    expect(document.activeElement).toBe($('[data-clear]'));
    await user.click($('[data-clear]')!);
    await user.click($('[data-clear-yes]')!);
    expect(nicknames()).toEqual([]);
    expect(text($('[data-empty]'))).toBe(ui.empty);
    expect(announcement()).toBe(ui.cleared);
    expect(document.activeElement).toBe(entry());
  });

  it('Next and Back change the stage shown and announce each change once, with the model’s sentence', async () => {
    const user = setup();
    await user.click($('[data-next]')!);
    expect(screen.getByTestId('score').textContent).toBe('1');
    const found = extremes(demo.students);
    expect(text($('[data-end="lowest"]'))).toContain(format.list(found.lowest.map((s) => s.nickname)));
    expect(text($('[data-end="highest"]'))).toContain(format.number(found.max!));
    expect($('[data-entry]')).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement()).toBe(said(0, 1));
    expect(document.querySelector('[data-perk="extremes-shown"]')!.getAttribute('data-state')).toBe('unlocked');

    // Page Down on the stage area, as a clicker sends it: the first criterion's evidence.
    await fireEvent.keyDown($('[data-next]')!, { key: 'PageDown' });
    await vi.advanceTimersByTimeAsync(100);
    expect($('[data-reveal]')!.getAttribute('data-criterion')).toBe('smoking');
    expect(text($('[data-reveal]'))).toContain(voice.copy.criteria.smoking.finding);
    expect(within($('[data-reveal]')!).getByRole('link', { name: ui.more }).getAttribute('href')).toBe(`/chapters/${criteria[0]!.explainedIn.chapter}/#${criteria[0]!.explainedIn.section}`);
    expect(announcement()).toBe(said(1, 2));

    await user.click($('[data-back]')!);
    await user.click($('[data-back]')!);
    await vi.advanceTimersByTimeAsync(100);
    expect(screen.getByTestId('score').textContent).toBe('0');
    // Two presses inside one pause are one change, said once, from where they started.
    expect(announcement()).toBe(said(2, 0));
    expect(localStorage.getItem(STAGE_KEY)).toBe('0');
  });

  it('an import of a hostile JSON file shows the model’s message and changes nothing', async () => {
    setup();
    const hostile = JSON.stringify({ format: 'scored-classroom', version: 1, seed: 1, demo: false, students: [{ nickname: '<img src=x onerror=alert(1)>', ratings: [0, 0, 0, 0, 0, 0, 0, 0] }], __proto__: { polluted: true } });
    const parsed = fromJson(hostile);
    expect(parsed.ok).toBe(false);
    const input = $<HTMLInputElement>('[data-import]')!;
    await fireEvent.change(input, { target: { files: [new File([hostile], 'class.json', { type: 'application/json' })] } });
    await vi.waitFor(() => expect($('[data-import-error]')).not.toBeNull());
    const message = describeRosterError((parsed as { problem: Parameters<typeof describeRosterError>[0] }).problem, voice);
    expect(text($('[data-import-error]'))).toBe(`${message} ${ui.nothingChanged}`);
    expect(announcement()).toBe(`${message} ${ui.nothingChanged}`);
    expect(nicknames()).toEqual(demo.students.map((s) => s.nickname));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a good JSON file replaces the class', async () => {
    setup();
    const saved = toJson({ ...emptySession(7), students: [{ nickname: 'Owl', ratings: [1, 1, 1, 1, 1, 1, 1, 1] }] });
    await fireEvent.change($<HTMLInputElement>('[data-import]')!, { target: { files: [new File([saved], 'class.json')] } });
    await vi.waitFor(() => expect(nicknames()).toEqual(['Owl']));
    expect(announcement()).toBe(fill(ui.imported, { count: '1', file: 'class.json' }));
  });

  it('restores the class and its stage from local storage after a re-render', async () => {
    const user = setup();
    await user.type(entry(), 'Fox, 1 0 3 2 0 0 4 1{Enter}');
    await user.click($('[data-next]')!);
    cleanup();
    setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.getByTestId('score').textContent).toBe('1');
    expect(nicknames()).toEqual(['Fox']);
    expect(text($('[data-privacy]'))).toContain(ui.kept);
  });

  it('works when storage throws, and says the class will not be kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const user = setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(text($('[data-privacy]'))).toContain(ui.notKept);
    await user.type(entry(), 'Fox, 1 0 3 2 0 0 4 1{Enter}');
    expect(nicknames()).toEqual(['Fox']);
    await user.click($('[data-next]')!);
    expect(screen.getByTestId('score').textContent).toBe('1');
  });

  it('every stage labels its numbers: the rules’ sizes illustrative, the class’s own numbers and the counters exempt', async () => {
    // As tests/components/evidence-labels.test.ts checks the first two stages, for every stage.
    const exempt = '.evidence, [aria-hidden="true"], [role="status"], [data-no-evidence]';
    const unlabelled = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!/\d/.test(node.textContent!) || parent.closest(exempt)) continue;
        const scope = parent.closest('li, [data-evidence-scope]') ?? parent.closest('p');
        if (!scope?.querySelector('.evidence')) found.push(node.textContent!.trim());
      }
      return found;
    };
    const user = setup();
    for (let stage = stages.roster; stage <= stages.last; stage++) {
      expect(screen.getByTestId('score').textContent).toBe(String(stage));
      expect(unlabelled($('[data-widget]')!), `stage ${stage}`).toEqual([]);
      if (stage < stages.last) await user.click($('[data-next]')!);
    }
    expect($('[data-summary]')!.closest('[data-evidence-scope]')!.querySelector('.evidence')).not.toBeNull();
  });

  it('exports the class as CSV through an object URL, sending nothing', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:classroom');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = setup();
    await user.click($('[data-export-csv]')!);
    expect(clicked).toHaveBeenCalledOnce();
    expect(await created.mock.calls[0]![0].text()).toMatch(/^nickname,smoking,/);
    expect(announcement()).toBe(fill(ui.exported, { file: 'scored-classroom.csv' }));
  });
});
