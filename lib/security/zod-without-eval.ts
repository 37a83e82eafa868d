import { z } from 'zod';

/**
 * zod 4 compiles object schemas with `new Function` when it may, and finds out whether it may by calling
 * `Function('')` once. Under our script policy (no 'unsafe-eval') that probe is refused and reported as a CSP
 * violation on every page. Switching the compiler off in the browser keeps the policy's reports clean; parsing
 * still validates the same way, only without the generated fast path.
 */
z.config({ jitless: true });
