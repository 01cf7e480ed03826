import { fileURLToPath } from 'node:url';

/**
 * The built UI: `dist/web` of this package. This file sits at src/server/ (tsx, tests) or
 * dist/server/ (the installed CLI), two levels below the package root either way.
 */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
