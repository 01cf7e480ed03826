import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * Article text is untrusted: the UI renders it with DOM text APIs, and this policy is the second
 * wall: only our own scripts and styles run, nothing inline, no plugins, no framing, no form
 * posts elsewhere. Canvas charts draw with script, so `img-src` needs no `data:`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Swagger UI (at /api/docs only) needs inline styles and data: images; still no inline script. */
export const DOCS_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

export function securityHeaders(reply: FastifyReply): void {
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
}

export const TOKEN_COOKIE = 'presstrail_token';

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * Checks the access token. A browser opens `/?token=…` once: the token moves into an HttpOnly,
 * SameSite=Strict cookie and the address bar loses it. Scripts send `Authorization: Bearer …`.
 */
export function checkToken(request: FastifyRequest, reply: FastifyReply, token: string): 'ok' | 'redirected' {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (sameToken(bearer, token) || sameToken(cookieValue(request.headers.cookie, TOKEN_COOKIE), token)) return 'ok';
  const url = new URL(request.url, 'http://x');
  if (request.method === 'GET' && sameToken(url.searchParams.get('token') ?? undefined, token)) {
    url.searchParams.delete('token');
    reply.header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    reply.redirect(url.pathname + url.search, 303);
    return 'redirected';
  }
  throw new HttpError(401, 'PT-E052', 'This server needs its access token: open the address `presstrail serve` printed (it ends in ?token=…), or send "Authorization: Bearer TOKEN".');
}

/**
 * Loopback servers answer only to loopback host names (a page on another site cannot reach
 * them through DNS rebinding), and writes must come from this origin (no cross-site posts).
 */
export function checkOrigin(request: FastifyRequest, loopback: boolean): void {
  const host = request.headers.host ?? '';
  if (loopback && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i.test(host)) {
    throw new HttpError(403, 'PT-E056', `Refused: the Host header "${host}" is not a loopback name; open the server at http://127.0.0.1:PORT/.`);
  }
  const origin = request.headers.origin;
  if (request.method !== 'GET' && request.method !== 'HEAD' && origin !== undefined && origin !== 'null') {
    let originHost = '';
    try { originHost = new URL(origin).host; } catch { /* unparsable: refused below */ }
    if (originHost !== host) throw new HttpError(403, 'PT-E056', `Refused: a write from another origin (${origin}).`);
  }
}
