import type { Document } from './document.js';
import { withMessages } from './document.js';
import { message } from './diagnostics.js';
import { PresstrailError } from './errors.js';
import type { Stage, StageContext } from './stage.js';
import { silentContext } from './stage.js';

/** Checks that every stage's requirements are produced by an earlier stage (or are reader layers). */
export function checkPipeline(stages: readonly Stage[], readerLayers: readonly string[] = []): void {
  const have = new Set(readerLayers);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new PresstrailError('PT-E003', `Stage "${stage.name}" requires the "${need}" layer; put a stage that produces it earlier in the pipeline.`);
      }
    }
    for (const made of stage.produces) have.add(made);
  }
}

/**
 * Runs stages over one document. A stage that throws on a document does not stop the batch:
 * the failure is recorded on the document as a fatal message naming the stage.
 */
export function runPipeline(stages: readonly Stage[], doc: Document, ctx: StageContext = silentContext): Document {
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current, ctx);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return withMessages(current, [message(`${stage.name}.v${stage.version}`, 'stage-failed', `stage ${stage.name} failed: ${reason}`, { fatal: true })]);
    }
  }
  return current;
}

/** Streams documents through the pipeline (spaCy's `Language.pipe`). */
export function* pipe(stages: readonly Stage[], docs: Iterable<Document>, ctx: StageContext = silentContext): Generator<Document> {
  checkPipeline(stages);
  for (const doc of docs) yield runPipeline(stages, doc, ctx);
}
