import { mkdirSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import type { UploadedFile } from '../ingest-jobs.js';
import { safeUploadPath } from '../upload-name.js';
import { ERROR_RESPONSE, type RouteModule } from './route-context.js';

/** Writes each uploaded file under a fresh folder; the multipart plugin enforces the size limits. */
async function receiveFiles(request: FastifyRequest): Promise<{ files: UploadedFile[]; folder: string }> {
  if (!request.isMultipart()) throw new HttpError(415, 'PT-E053', 'Upload files as multipart/form-data (a form field named "files").');
  const folder = mkdtempSync(join(tmpdir(), 'presstrail-upload-'));
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.files()) {
      const name = safeUploadPath(part.filename);
      if (name === null) { part.file.resume(); continue; }
      const path = join(folder, `${files.length}`, name);
      mkdirSync(dirname(path), { recursive: true });
      const out = createWriteStream(path);
      await pipeline(part.file, out);
      files.push({ name, path, size: out.bytesWritten });
    }
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  if (files.length === 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new HttpError(400, 'PT-E053', 'The upload held no files.');
  }
  return { files, folder };
}

const JOB = { type: 'object', additionalProperties: true, description: 'an ingest job: state, progress, per-file problems, summary, articles' } as const;

/** Uploads: files (or a folder's files) in, one ingest job out, polled for progress. */
export const ingestRoutes: RouteModule = (app, { jobs }) => {
  app.post('/api/ingest', {
    schema: {
      tags: ['ingest'], summary: 'Upload files to ingest (multipart/form-data, any number of "files" fields)',
      description: 'Answers 202 with the job at once; poll GET /api/ingest/{id}. File names may carry a relative path (a dropped folder).',
      consumes: ['multipart/form-data'],
      response: { 202: JOB, 413: ERROR_RESPONSE, 415: ERROR_RESPONSE },
    },
  }, async (request, reply) => {
    const { files, folder } = await receiveFiles(request);
    return reply.code(202).send(jobs.submit(files, folder));
  });

  app.get<{ Params: { id: string } }>('/api/ingest/:id', {
    schema: { tags: ['ingest'], summary: 'One ingest job', params: { type: 'object', properties: { id: { type: 'string', maxLength: 40 } } }, response: { 200: JOB, 404: ERROR_RESPONSE } },
  }, async (request) => {
    const job = jobs.get(request.params.id);
    if (!job) throw new HttpError(404, 'PT-E055', `No ingest job ${request.params.id} (jobs are kept in memory until the server stops).`);
    return job;
  });

  app.get('/api/ingest', { schema: { tags: ['ingest'], summary: 'Recent ingest jobs, newest first' } }, async () => ({ items: jobs.list() }));
};
