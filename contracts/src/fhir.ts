import { z } from 'zod';

/**
 * The FHIR R4 API's request and response envelopes. Resource content is FHIR's own JSON, shaped
 * by the server's mappers; these schemas check only what every resource shares.
 */

/** A FHIR logical id: http://hl7.org/fhir/R4/datatypes.html#id. */
export const fhirId = z
  .string()
  .regex(/^[A-Za-z0-9\-.]{1,64}$/, 'A FHIR id has 1–64 letters, digits, "-" and "."');

export const fhirReadParams = z.strictObject({ id: fhirId });

/** Any resource: its type is required, its elements are FHIR's. */
export const fhirResource = z.looseObject({ resourceType: z.string().min(1) });
export type FhirResourceJson = z.infer<typeof fhirResource>;

/** Search parameters are FHIR's (`birthdate=ge1990`, repeated keys); the server parses them itself. */
export const fhirSearchQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const fhirUpdateHeaders = z.looseObject({ 'if-match': z.string().optional() });

/** Bulk Data kick-off parameters (http://hl7.org/fhir/uv/bulkdata/export.html#query-parameters). */
export const fhirExportQuery = z.strictObject({
  _outputFormat: z.enum(['application/fhir+ndjson', 'application/ndjson', 'ndjson']).optional(),
  _type: z.string().max(500).optional(),
  _since: z.iso.datetime({ offset: true }).optional(),
});
export type FhirExportQuery = z.infer<typeof fhirExportQuery>;

export const fhirExportParams = z.strictObject({ exportId: z.uuid() });
export const fhirExportFileParams = z.strictObject({
  exportId: z.uuid(),
  /** `Patient.ndjson`: one file per resource type. */
  file: z.string().regex(/^[A-Za-z]{1,40}\.ndjson$/),
});

/** The completed export's manifest (http://hl7.org/fhir/uv/bulkdata/export.html#response---complete-status). */
export const fhirExportManifest = z.object({
  transactionTime: z.iso.datetime(),
  request: z.string(),
  requiresAccessToken: z.boolean(),
  output: z.array(z.object({ type: z.string(), url: z.string(), count: z.number().int() })),
  error: z.array(z.object({ type: z.string(), url: z.string() })),
});
export type FhirExportManifest = z.infer<typeof fhirExportManifest>;
