/**
 * Starts the platform exactly as `pnpm start` does (same script, embedded databases in a fresh
 * temporary folder, ports of its own so a developer's running platform is left alone), and stops
 * it after the suite. The tests read PORTAL_URL and ADMIN_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './test/support/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
// MOTCUA_E2E_PORT_OFFSET lets two checkouts run their browser suites side by side.
const offset = Number(process.env.MOTCUA_E2E_PORT_OFFSET ?? 0);
const PORTS = {
  GATEWAY_PORT: 14000 + offset,
  ORGANIZATIONS_PORT: 14101 + offset,
  PROCEDURES_PORT: 14102 + offset,
  DOSSIERS_PORT: 14103 + offset,
  EVALUATIONS_PORT: 14104 + offset,
  PORTAL_PORT: 15173 + offset,
  ADMIN_PORT: 15174 + offset,
};

let platform: ChildProcess | null = null;
let dataDir = '';

export async function setup(): Promise<void> {
  dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(PORTS).map(([key, value]) => [key, String(value)])),
    MOTCUA_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL; // the README's first command runs on the embedded default
  platform = spawn(process.execPath, [join(root, 'tooling/scripts/start-all.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform did not start in 480 s:\n${output}`)), 480_000);
    platform!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
      if (output.includes('Motcua is running.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    platform!.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`platform exited with ${code} before it was ready:\n${output}`));
    });
  });
  process.env.PORTAL_URL = `http://127.0.0.1:${PORTS.PORTAL_PORT}`;
  process.env.ADMIN_URL = `http://127.0.0.1:${PORTS.ADMIN_PORT}`;
  process.env.GATEWAY_URL = `http://127.0.0.1:${PORTS.GATEWAY_PORT}`;
  await warmUp([process.env.PORTAL_URL, process.env.ADMIN_URL]);
}

/**
 * Vite's dev servers compile each module on its first request. Loading both apps once here,
 * with time to spare, keeps that one-off cost out of the first test's page timeouts.
 */
async function warmUp(urls: string[]): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const url of urls) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'networkidle', timeout: 180_000 });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

export async function teardown(): Promise<void> {
  if (platform && platform.exitCode === null) {
    const exited = new Promise((resolve) => platform!.once('exit', resolve));
    platform.kill('SIGINT'); // as Ctrl-C would
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
