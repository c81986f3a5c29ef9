/**
 * First step of `npm test`: makes sure the browser tests have a Chromium to drive.
 *
 * - Chromium present (CHROME_PATH, or /usr/bin/chromium): nothing to do, one line of output.
 * - Missing, running as root on Debian/Ubuntu (CI, a fresh container): installs Debian's
 *   `chromium` with apt-get, non-interactively, retrying while another apt holds the dpkg lock.
 * - Missing anywhere else: stops at once with a one-line instruction.
 *
 * `planChromium` holds the decision and is unit-tested (tests/model/toolchain.test.ts);
 * the rest only looks at the machine and runs the plan.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/** The Chromium the browser tests launch: CHROME_PATH if set, else Debian's. */
export function chromePath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROME_PATH'] || DEFAULT_CHROME_PATH;
}

/** What the decision needs to know about the machine. */
export interface Machine {
  /** The executable the tests will launch. */
  chromePath: string;
  /** True when that path came from CHROME_PATH (then we never install over it). */
  fromEnv: boolean;
  /** The path exists and is executable. */
  present: boolean;
  root: boolean;
  /** apt-get is on PATH and the system is Debian or a derivative (Ubuntu). */
  apt: boolean;
}

export interface Command {
  argv: string[];
  env: Record<string, string>;
}

export type Plan =
  | { action: 'none'; chromePath: string }
  | { action: 'install'; chromePath: string; commands: Command[] }
  | { action: 'stop'; message: string };

const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };
/** apt waits this long for a dpkg lock held by another apt before it gives up (then we retry). */
const LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=120'];

export function planChromium(machine: Machine): Plan {
  if (machine.present) return { action: 'none', chromePath: machine.chromePath };
  if (machine.fromEnv) {
    return {
      action: 'stop',
      message: `CHROME_PATH is ${machine.chromePath}, which is not an executable file: point it at a Chromium or Chrome executable, or unset it to use ${DEFAULT_CHROME_PATH}.`,
    };
  }
  if (machine.apt && machine.root) {
    return {
      action: 'install',
      chromePath: machine.chromePath,
      commands: [
        { argv: ['apt-get', ...LOCK_WAIT, 'update'], env: APT_ENV },
        { argv: ['apt-get', ...LOCK_WAIT, 'install', '-y', '--no-install-recommends', 'chromium'], env: APT_ENV },
      ],
    };
  }
  if (machine.apt) {
    return {
      action: 'stop',
      message: `Chromium is missing (${machine.chromePath}): run \`sudo apt-get install -y --no-install-recommends chromium\`, or set CHROME_PATH to a Chromium or Chrome executable, then run npm test again.`,
    };
  }
  return {
    action: 'stop',
    message: `Chromium is missing (${machine.chromePath}): install Chromium or Chrome and set CHROME_PATH to its executable, then run npm test again.`,
  };
}

export type Runner = (command: Command) => number;

/**
 * Runs the commands in order; a failing command (most often a dpkg lock still held by another
 * apt after apt's own wait, or a network blip) is retried after a pause, up to `attempts` times.
 * Returns true when every command succeeded.
 */
export async function runWithRetry(
  commands: Command[],
  run: Runner,
  { attempts = 3, pauseMs = 15_000, wait = (ms: number) => sleep(ms) as Promise<unknown>, log = console.error } = {},
): Promise<boolean> {
  for (const command of commands) {
    for (let attempt = 1; ; attempt++) {
      const status = run(command);
      if (status === 0) break;
      if (attempt >= attempts) {
        log(`chromium: \`${command.argv.join(' ')}\` failed ${attempts} times (exit ${status}); giving up.`);
        return false;
      }
      log(`chromium: \`${command.argv.join(' ')}\` failed (exit ${status}, attempt ${attempt} of ${attempts}); retrying in ${pauseMs / 1000} s.`);
      await wait(pauseMs);
    }
  }
  return true;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  return (env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, name)));
}

export function inspectMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const path = chromePath(env);
  return {
    chromePath: path,
    fromEnv: Boolean(env['CHROME_PATH']),
    present: isExecutable(path),
    root: process.getuid?.() === 0,
    apt: existsSync('/etc/debian_version') && onPath('apt-get', env),
  };
}

export const runCommand: Runner = ({ argv, env }) => {
  const [file, ...args] = argv as [string, ...string[]];
  console.log(`chromium: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${argv.join(' ')}`);
  // No stdin: CI has none, and apt must never wait for an answer.
  const result = spawnSync(file, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  return result.status ?? 1;
};

const seconds = () => `${(performance.now() / 1000).toFixed(1)} s`;

export async function main(): Promise<number> {
  const plan = planChromium(inspectMachine());
  if (plan.action === 'none') {
    console.log(`chromium: ${plan.chromePath} is present (${Math.round(performance.now())} ms)`);
    return 0;
  }
  if (plan.action === 'stop') {
    console.error(plan.message);
    return 1;
  }
  console.log(`chromium: ${plan.chromePath} is missing; installing Debian's chromium with apt-get (running as root)`);
  if (!(await runWithRetry(plan.commands, runCommand))) {
    console.error(`Chromium could not be installed (see apt-get above): install it with \`apt-get install chromium\` or set CHROME_PATH, then run npm test again.`);
    return 1;
  }
  if (!isExecutable(plan.chromePath)) {
    console.error(`apt-get installed chromium but ${plan.chromePath} is not there (on Ubuntu it may be a snap): set CHROME_PATH to its executable, then run npm test again.`);
    return 1;
  }
  console.log(`chromium: installed ${plan.chromePath} (${seconds()})`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
