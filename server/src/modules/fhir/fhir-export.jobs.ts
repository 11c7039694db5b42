import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { defineJob } from '../../platform/jobs/job';
import { completeExport, lockExport, type ExportFile, type ExportRow } from './fhir-export.repo';
import { definitionOf } from './fhir-registry';
import { patientIdsOf, type FhirResource, type FhirScope, type ResourceDefinition } from './fhir-resource';
import { parseSearch } from './search-params';
import { uncounted } from './search-page';

/** Rows read per query while exporting: the export streams, it never holds a whole type in memory. */
const EXPORT_PAGE = 500;

/** Where an export's NDJSON files live: `DATA_DIR/fhir-exports/<clinic>/<export>/<Type>.ndjson`. */
export const exportDirectory = (deps: Deps, clinicId: string, exportId: string): string =>
  path.join(deps.config.dataDir, 'fhir-exports', clinicId, exportId);

async function* everyResource(
  definition: ResourceDefinition,
  scope: FhirScope,
  since: Date | null,
): AsyncGenerator<FhirResource> {
  const canFilter = since !== null && definition.searchParams.some((p) => p.name === '_lastUpdated');
  const query = canFilter ? { _lastUpdated: `ge${since.toISOString()}` } : {};
  const { criteria } = parseSearch(query, definition.searchParams, false);
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await definition.search(scope, criteria, uncounted({ count: EXPORT_PAGE, offset }));
    yield* page.resources;
    if (!page.more) return;
  }
}

/** One resource per line, waiting whenever the file falls behind. */
async function writeNdjson(file: string, resources: AsyncIterable<FhirResource>, patients: Set<string>) {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let count = 0;
  try {
    for await (const resource of resources) {
      patientIdsOf(resource).forEach((id) => patients.add(id));
      count += 1;
      if (!out.write(`${JSON.stringify(resource)}\n`)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await finished(out);
  }
  return count;
}

async function writeFiles(deps: Deps, row: ExportRow, scope: FhirScope, patients: Set<string>) {
  const directory = exportDirectory(deps, row.clinic_id, row.id);
  await mkdir(directory, { recursive: true });
  const output: ExportFile[] = [];
  for (const type of row.types) {
    const definition = definitionOf(type);
    if (!definition) continue;
    const file = `${type}.ndjson`;
    const count = await writeNdjson(
      path.join(directory, file),
      everyResource(definition, scope, row.since),
      patients,
    );
    output.push({ type, file, count });
  }
  return output;
}

/**
 * Writes a bulk export's NDJSON files, then marks it complete and records, as the requester,
 * every patient it holds. The export stays locked while it runs: a cancellation waits, then
 * removes the files.
 */
export const fhirExportJob = defineJob<{ exportId: string; clinicId: string }, Deps>({
  name: 'fhir.bulk-export',
  payload: z.object({ exportId: z.uuid(), clinicId: z.uuid() }),
  async handle(deps, { exportId, clinicId }, ctx) {
    const row = await lockExport(ctx.trx, clinicId, exportId);
    if (!row || row.status !== 'accepted') return; // cancelled before it ran: nothing to write
    const scope: FhirScope = {
      db: ctx.trx,
      clinicId,
      patientId: row.patient_id,
      origin: new URL(row.request_url).origin,
    };
    const patients = new Set<string>();
    const output = await writeFiles(deps, row, scope, patients);
    const now = deps.clock.now();
    await completeExport(ctx.trx, clinicId, exportId, output, now);
    const actor = {
      clinicId,
      userId: row.requested_by,
      role: null,
      tokenId: null,
      ip: null,
      requestId: ctx.outboxId,
    };
    await recordAudit(
      ctx.trx,
      actor,
      {
        action: 'export',
        resourceType: 'fhir.$export',
        resourceId: exportId,
        patientIds: [...patients],
        details: { output },
      },
      now,
    );
  },
});

/** Removes a cancelled export's files; a missing directory is already gone. */
export const removeExportFiles = (deps: Deps, clinicId: string, exportId: string): Promise<void> =>
  rm(exportDirectory(deps, clinicId, exportId), { recursive: true, force: true });
