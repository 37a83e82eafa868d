// Settings read from the environment by the production server (serve.mjs) and the load test.

/**
 * A whole number from the environment variable `name`, `fallback` when unset or empty. A value that is not a whole
 * number from `min` to `max` stops the process with the reason (exit code 2), so a typo cannot start a server or a
 * run with an unbounded setting.
 */
export function wholeNumberSetting(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}.`);
    process.exit(2);
  }
  return value;
}
