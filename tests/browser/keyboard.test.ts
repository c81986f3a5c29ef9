import { describe, expect, inject, it } from 'vitest';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { recordAnnouncements, tabTo } from '../support/keyboard';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('sesame-score by keyboard alone', () => {
  it('arrow keys on a dimension slider carry the score across 600, unlock the bike perk and announce it once', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/chapters/sesame-credit/#try-it-yourself', siteUrl).href);
    const widget = page.locator('[data-widget="sesame-score"]');
    await widget.scrollIntoViewIfNeeded();
    await waitForHydration(page);
    const score = widget.getByTestId('score');
    const bikes = widget.locator('[data-perk="suzhou-bikes"]');
    expect(await score.textContent()).toBe('590');
    expect(await bikes.getAttribute('data-state')).toBe('locked');

    const announcements = await recordAnnouncements(widget.getByRole('status'));
    await page.locator('body').focus();
    await tabTo(page, widget.getByRole('slider', { name: /Credit history/ }));
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');

    await expect.poll(() => score.textContent()).toBe('601');
    expect(await bikes.getAttribute('data-state')).toBe('unlocked');
    expect(await bikes.innerText()).toMatch(/^Unlocked/);
    await expect.poll(announcements, { timeout: 3000 }).toEqual([
      'Score 590 to 601 (+11), tier now Good. Unlocked: Deposit-free public bikes in Suzhou.',
    ]);
    await page.waitForTimeout(1000);
    expect(await announcements()).toHaveLength(1);

    // Home drops credit history to 0: 350 + 600 × (0.25 + 0.20 + 0.15 + 0.05) × 0.4 = 506.
    await page.keyboard.press('Home');
    await expect.poll(() => score.textContent()).toBe('506');
    await expect.poll(async () => (await announcements()).at(-1)).toMatch(/tier now Poor\. Lost: Deposit-free public bikes in Suzhou\.$/);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('profile and behaviour buttons work with Enter and Space', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/embed/sesame-score/', siteUrl).href);
    await waitForHydration(page);
    const widget = page.locator('[data-widget="sesame-score"]');
    await tabTo(page, widget.getByRole('button', { name: 'How You, 752' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.getByTestId('score').textContent()).toBe('752');
    expect(await widget.locator('[data-perk="canada-finances"]').getAttribute('data-state')).toBe('unlocked');
    await tabTo(page, widget.getByRole('button', { name: /Miss a credit repayment/ }));
    await page.keyboard.press('Space');
    await expect.poll(() => widget.getByTestId('score').textContent()).toBe('710');
    expect(await widget.locator('[data-perk="canada-finances"]').getAttribute('data-state')).toBe('locked');
    await context.close();
  });
});

describe('rongcheng-ledger by keyboard alone', () => {
  it('Enter on a deed crosses into grade AA, unlocks village rewards and announces it once; Space unticks consent', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/chapters/rongcheng/#try-the-ledger', siteUrl).href);
    const widget = page.locator('[data-widget="rongcheng-ledger"]');
    await widget.scrollIntoViewIfNeeded();
    await waitForHydration(page);
    const score = widget.getByTestId('score');
    const rewards = widget.locator('[data-perk="village-rewards"]');
    expect(await score.textContent()).toBe('1,000');
    expect(await rewards.getAttribute('data-state')).toBe('locked');

    const announcements = await recordAnnouncements(widget.getByRole('status'));
    await page.locator('body').focus();
    await tabTo(page, widget.getByRole('button', { name: /Donate a 3,000-yuan TV/ }));
    await page.keyboard.press('Enter');

    await expect.poll(() => score.textContent()).toBe('1,030');
    expect(await widget.getByTestId('grade').innerText()).toMatch(/Grade AA/);
    expect(await rewards.getAttribute('data-state')).toBe('unlocked');
    await expect.poll(announcements, { timeout: 3000 }).toHaveLength(1);
    expect((await announcements())[0]).toMatch(/\+30 points\. Score 1,000 to 1,030 \(\+30\), grade now AA\. Unlocked: Village rewards and praise on the board\./);
    await page.waitForTimeout(600);
    expect(await announcements()).toHaveLength(1);

    await tabTo(page, widget.getByRole('checkbox', { name: /consent/ }));
    await page.keyboard.press('Space');
    await expect.poll(() => score.textContent()).toBe('Not scored');
    await expect.poll(async () => (await announcements()).at(-1)).toMatch(/No longer scored\. Lost: Village rewards/);
    expect(await widget.locator('[data-entry]').count()).toBe(1);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('widgets by touch at 320 px', () => {
  it.each([
    ['sesame-score', 'How You, 752', '752'],
    ['rongcheng-ledger', 'Donate a 3,000-yuan TV', '1,030'],
  ])('%s: a tap on "%s" changes the score, and nothing overflows', async (id, button, expected) => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    const widget = page.locator(`[data-widget="${id}"]`);
    await widget.getByRole('button', { name: new RegExp(button) }).tap();
    await expect.poll(() => widget.getByTestId('score').textContent()).toBe(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
