// Runs in the browser before the app's own code: settings the page's Content-Security-Policy needs (SECURITY.md).
import '@/lib/security/zod-without-eval';
