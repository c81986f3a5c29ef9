import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromePath, planChromium, runWithRetry, type Command, type Machine } from '../../tests/tools/ensure-chromium.ts';

describe('toolchain: Node', () => {
  it('runs on the Node the project needs (the `node` devDependency), even from an older system npm', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.engines.node).toBe('>=22.12');
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12), `vitest runs on Node ${process.versions.node}`).toBe(true);
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
  });
});

const debianRoot: Machine = { chromePath: '/usr/bin/chromium', fromEnv: false, present: false, root: true, apt: true };

describe('ensure-chromium: what npm test does about Chromium', () => {
  it('uses CHROME_PATH when set, else Debian’s /usr/bin/chromium', () => {
    expect(chromePath({})).toBe('/usr/bin/chromium');
    expect(chromePath({ CHROME_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromePath({ CHROME_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it('does nothing when Chromium is present, whoever runs it', () => {
    for (const root of [true, false]) {
      for (const apt of [true, false]) {
        expect(planChromium({ ...debianRoot, present: true, root, apt })).toEqual({ action: 'none', chromePath: '/usr/bin/chromium' });
        expect(planChromium({ ...debianRoot, chromePath: '/opt/c', fromEnv: true, present: true, root, apt })).toEqual({ action: 'none', chromePath: '/opt/c' });
      }
    }
  });

  it('installs Debian’s chromium non-interactively when missing, as root on an apt system', () => {
    const plan = planChromium(debianRoot);
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.commands.map((c) => c.argv)).toEqual([
      ['apt-get', '-o', 'DPkg::Lock::Timeout=120', 'update'],
      ['apt-get', '-o', 'DPkg::Lock::Timeout=120', 'install', '-y', '--no-install-recommends', 'chromium'],
    ]);
    for (const command of plan.commands) expect(command.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' });
  });

  it('stops with one line naming the fix when missing and not root, or not apt-based', () => {
    const notRoot = planChromium({ ...debianRoot, root: false });
    expect(notRoot).toEqual({ action: 'stop', message: expect.stringContaining('sudo apt-get install -y --no-install-recommends chromium') });
    for (const machine of [{ ...debianRoot, apt: false }, { ...debianRoot, apt: false, root: false }]) {
      const plan = planChromium(machine);
      expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('set CHROME_PATH') });
      if (plan.action === 'stop') expect(plan.message).not.toContain('apt-get');
    }
    for (const plan of [notRoot, planChromium({ ...debianRoot, apt: false })]) {
      if (plan.action === 'stop') expect(plan.message).not.toContain('\n');
    }
  });

  it('never installs over a CHROME_PATH that names nothing: says so instead', () => {
    const plan = planChromium({ ...debianRoot, chromePath: '/opt/missing', fromEnv: true });
    expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('CHROME_PATH is /opt/missing') });
  });
});

describe('ensure-chromium: retrying apt-get', () => {
  const commands: Command[] = [
    { argv: ['apt-get', 'update'], env: {} },
    { argv: ['apt-get', 'install'], env: {} },
  ];
  const quiet = { pauseMs: 5, wait: async () => {}, log: () => {} };

  it('runs each command once when they succeed', async () => {
    const ran: string[] = [];
    expect(await runWithRetry(commands, (c) => (ran.push(c.argv[1]!), 0), quiet)).toBe(true);
    expect(ran).toEqual(['update', 'install']);
  });

  it('retries a command that fails (a dpkg lock still held), then goes on', async () => {
    const ran: string[] = [];
    const exits = [0, 100, 100, 0];
    expect(await runWithRetry(commands, (c) => (ran.push(c.argv[1]!), exits.shift()!), quiet)).toBe(true);
    expect(ran).toEqual(['update', 'install', 'install', 'install']);
  });

  it('gives up after the last attempt', async () => {
    const ran: string[] = [];
    expect(await runWithRetry(commands, (c) => (ran.push(c.argv[1]!), 100), { ...quiet, attempts: 3 })).toBe(false);
    expect(ran).toEqual(['update', 'update', 'update']);
  });
});
