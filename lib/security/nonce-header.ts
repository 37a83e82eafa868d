/**
 * The request header proxy.ts sets on HTML page requests to this request's script nonce (overwriting whatever a
 * client sent under that name). Next already puts the nonce on its own scripts; a server component that renders an
 * inline `<script>` of its own reads it here (`(await headers()).get(NONCE_HEADER)`) and sets it as `nonce`.
 */
export const NONCE_HEADER = 'x-claims-atlas-nonce';
