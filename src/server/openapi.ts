import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DOCS_CONTENT_SECURITY_POLICY } from './security.js';

const VERSION: string = createRequire(import.meta.url)('../../package.json').version;

/** The OpenAPI document is generated from the routes' own schemas (which also validate requests). */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'presstrail API', version: VERSION,
        description: 'Articles, quotes and speakers of a presstrail store; every annotation is a `[start, end)` UTF-16 span into its document, with the rule that made it. Errors are `{error: {code, message}}` (docs/errors.md).',
      },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'needed when the server listens on a non-loopback address' } } },
      security: [{ token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CONTENT_SECURITY_POLICY, uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
