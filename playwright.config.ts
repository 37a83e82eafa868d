import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { EMBED_HOST_ORIGIN, EMBED_HOST_PORT, EMBED_OTHER_PORT } from './tests/e2e/fixtures/embed-host/origins';

/**
 * The browser: `CHROMIUM_PATH` when set, else Debian's /usr/bin/chromium when present, else Playwright's own
 * Chromium (scripts/run-e2e.mjs installs it where it can). Real WebGL comes up on SwiftShader with no extra flags.
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/**
 * A second server of the same build for the `hostile-data` project: the hostile dataset (tests/fixtures/hostile-data)
 * through DATA_DIR, and a hostile EMBED_FRAME_ANCESTORS whose bad entries the headers must drop.
 */
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? port + 1);
const hostileBaseURL = `http://localhost:${hostilePort}`;
const HOSTILE_SPECS = /hostile-data\.spec\.ts$/;
const executablePath = chromiumPath();
const launchOptions = executablePath ? { executablePath } : {};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
      testIgnore: HOSTILE_SPECS,
    },
    {
      name: 'mobile',
      use: { ...devices['iPhone 13'], browserName: 'chromium', launchOptions },
      // HTTP-only checks answer alike whatever the browser: they run once, in the desktop project.
      testIgnore: [/api\.spec\.ts$/, /security-headers\.spec\.ts$/, /hostile-requests\.spec\.ts$/, /embed-oembed\.spec\.ts$/, HOSTILE_SPECS],
    },
    {
      name: 'hostile-data',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions, baseURL: hostileBaseURL },
      testMatch: HOSTILE_SPECS,
    },
  ],
  webServer: [
    {
      command: 'node scripts/server/serve.mjs',
      url: baseURL,
      env: { PORT: String(port), EMBED_COMMAND_ORIGINS: EMBED_HOST_ORIGIN },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node scripts/server/serve.mjs',
      url: hostileBaseURL,
      env: {
        PORT: String(hostilePort),
        DATA_DIR: path.join(__dirname, 'tests', 'fixtures', 'hostile-data'),
        EMBED_FRAME_ANCESTORS: "https://News.example 'unsafe-inline' javascript:alert(1) https://x.example;script-src *",
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The embedding tests' host pages: https on a second local origin, whose commands the app obeys
      // (EMBED_COMMAND_ORIGINS above), and on a third, whose commands it must ignore.
      command: 'node tests/e2e/fixtures/embed-host/server.mjs',
      url: `${EMBED_HOST_ORIGIN}/`,
      ignoreHTTPSErrors: true,
      env: { EMBED_HOST_PORT: String(EMBED_HOST_PORT), EMBED_OTHER_PORT: String(EMBED_OTHER_PORT), APP_ORIGIN: baseURL },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
