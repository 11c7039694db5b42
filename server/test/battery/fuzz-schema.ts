/**
 * What the fuzzer knows about a route's input, read from the app's own OpenAPI document (built
 * from the same Zod contracts that validate requests): the body's field paths, its query
 * parameters, and a plausible body to start from when the authorization matrix has none.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface RouteInput {
  body: JsonSchema | undefined;
  queryNames: string[];
}

/** `POST /api/patients/:patientId` → its operation in the OpenAPI document. */
export function routeInput(openApi: unknown, method: string, url: string): RouteInput {
  const paths = (openApi as { paths: Record<string, Record<string, OpenApiOperation>> }).paths;
  const operation = paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const content = operation?.requestBody?.content ?? {};
  const body = Object.values(content)[0]?.schema;
  const queryNames = (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  return { body, queryNames };
}

const options = (schema: JsonSchema): JsonSchema[] => schema.anyOf ?? schema.oneOf ?? [];

/** Field paths of a body, two levels deep (a nested object's fields, an array's first item's). */
export function fieldPaths(schema: JsonSchema | undefined, depth = 0): (string | number)[][] {
  if (!schema || depth > 2) return [];
  const objects = [schema, ...options(schema), ...(schema.allOf ?? [])].filter((s) => s.properties);
  const paths: (string | number)[][] = [];
  for (const object of objects)
    for (const [name, field] of Object.entries(object.properties!)) {
      paths.push([name]);
      const inner = field.items ? [0, field.items] : [null, field];
      for (const nested of fieldPaths(inner[1] as JsonSchema, depth + 1))
        paths.push(inner[0] === null ? [name, ...nested] : [name, 0, ...nested]);
    }
  return paths;
}

/** A body that satisfies the schema as far as a generic sampler can: the fuzz mutates from here. */
export function sampleBody(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  const choice = options(schema).find((s) => s.type !== 'null') ?? schema.allOf?.[0];
  if (choice) return sampleBody(choice);
  const type = [schema.type].flat()[0];
  if (type === 'object') {
    const body: Record<string, unknown> = {};
    for (const name of schema.required ?? []) body[name] = sampleBody(schema.properties?.[name]);
    return body;
  }
  if (type === 'array') return Array.from({ length: schema.minItems ?? 0 }, () => sampleBody(schema.items));
  if (type === 'integer' || type === 'number') return schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
  if (type === 'boolean') return false;
  if (type === 'string') return sampleString(schema);
  return null;
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return '7d3b8a4e-1c2f-4a5b-9c8d-0e1f2a3b4c5d';
  if (schema.format === 'date') return '2026-12-01';
  if (schema.format === 'date-time') return '2026-12-01T10:00:00.000Z';
  if (schema.format === 'email') return 'fuzz@example.test';
  return 'Fuzz text'.padEnd(schema.minLength ?? 0, '.');
}

/** Every path to a leaf or container in a sample body, so mutations reach what is really sent. */
export function valuePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (prefix.length > 3 || value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.slice(0, 2).map((v, i) => [i, v] as const)
    : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...valuePaths(inner, [...prefix, key])]);
}

/** A copy of `body` with the value at `path` replaced, creating objects on the way as needed. */
export function withValueAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const root: unknown = body !== null && typeof body === 'object' ? structuredClone(body) : {};
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node[key] = next !== null && typeof next === 'object' ? next : typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return root;
}
