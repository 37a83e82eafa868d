// Runs the end-to-end suite against a fresh production build in a real Chromium.
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser (installed here when missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      console.error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
      process.exit(1);
    }
    return;
  }
  if (existsSync('/usr/bin/chromium')) return;
  console.log('No CHROMIUM_PATH and no /usr/bin/chromium: installing Playwright\'s own Chromium.');
  if (run('npx', ['playwright', 'install', 'chromium']) !== 0) {
    console.error(
      'Could not install a Chromium. On Debian: apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).',
    );
    process.exit(1);
  }
}

ensureChromium();
if (!process.env.E2E_SKIP_BUILD) {
  const status = run('npm', ['run', 'build'], { ...process.env, CLAIMS_ATLAS_SKIP_BUILD_TYPECHECK: '1' });
  if (status !== 0) process.exit(status);
}
// The second server of the suite reads the hostile dataset (tests/fixtures/hostile-data): it must validate as data/ does.
const hostileCheck = run('npm', ['run', 'data:check'], { ...process.env, DATA_DIR: 'tests/fixtures/hostile-data' });
if (hostileCheck !== 0) process.exit(hostileCheck);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
