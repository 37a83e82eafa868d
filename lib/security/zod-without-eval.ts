import { config } from 'zod/v4/core';

/**
 * zod 4 compiles object schemas with `new Function` when it may, and finds out whether it may by calling
 * `Function('')` once. Under our script policy (no 'unsafe-eval') that probe is refused and reported as a CSP
 * violation on every page. Switching the compiler off in the browser keeps the policy's reports clean; parsing
 * still validates the same way, only without the generated fast path.
 *
 * The browser's schemas are `zod/mini` (whose objects have no compiled fast path today) and classic `zod` stays out
 * of its bundle, but both flavours share this one setting of `zod/v4/core`, so the guarantee holds whichever of them
 * a client module uses. The browser imports its schemas through lib/security/load-schemas.ts, which loads this module
 * first.
 */
config({ jitless: true });
