import fc from 'fast-check';
import { withValueAt } from './fuzz-schema';
import {
  deeplyNested,
  hostileText,
  hostileValue,
  malformedJson,
  prototypeKeys,
  urlPart,
  wrongContentTypes,
} from './fuzz-values';

/** One write route, ready to be called by a caller allowed to: its real ids filled in. */
export interface FuzzTarget {
  route: string;
  method: string;
  /** The URL with every path parameter filled with a real id of the caller's clinic. */
  url: string;
  /** The path parameters' names and their segment's index in `url`, for replacing one at a time. */
  params: { name: string; index: number }[];
  headers: Record<string, string>;
  /** A body the route would take (from the authorization matrix or sampled from its schema). */
  base: unknown;
  /** Uploads take the raw image rather than JSON. */
  binary: boolean;
  fields: (string | number)[][];
  queryNames: string[];
}

/** One bad request: what kind of bad it is, for the report, and what goes on the wire. */
export interface FuzzCase {
  kind: string;
  url: string;
  payload: string | Buffer | undefined;
  contentType: string | undefined;
}

const json = 'application/json';
/** The server's body limit is 1 MiB: just past it. */
const OVERSIZED = 1024 * 1024 + 64;

/**
 * The JSON text of a body: `JSON.stringify` writes NUL and lone surrogates as `\u0000` and
 * `\ud800` escapes, which the server's parser turns back into exactly those characters.
 */
const text = (body: unknown): string => JSON.stringify(body) ?? 'null';

const asCase = (target: FuzzTarget, kind: string, payload: string | Buffer, contentType = json) => ({
  kind,
  url: target.url,
  payload,
  contentType,
});

/** Its base body with `insert` (raw JSON of one member) spliced in as the first member. */
function splice(target: FuzzTarget, insert: string): string {
  const base = text(
    target.base && typeof target.base === 'object' && !Array.isArray(target.base) ? target.base : {},
  );
  return base === '{}' ? `{${insert}}` : `{${insert},${base.slice(1)}`;
}

function bodyCases(target: FuzzTarget): fc.Arbitrary<FuzzCase>[] {
  const fields = target.fields.length > 0 ? target.fields : [['unknownField']];
  return [
    fc
      .tuple(fc.constantFrom(...fields), hostileValue)
      .map(([path, { family, value }]) =>
        asCase(target, `field ${path.join('.')} ${family}`, text(withValueAt(target.base, path, value))),
      ),
    fc
      .array(hostileValue, { minLength: fields.length, maxLength: fields.length })
      .map((values) =>
        asCase(
          target,
          'every field hostile',
          text(values.reduce((body, { value }, i) => withValueAt(body, fields[i]!, value), target.base)),
        ),
      ),
    fc
      .oneof(
        fc.jsonValue({ maxDepth: 2 }),
        hostileValue.map((v) => v.value),
      )
      .map((body) => asCase(target, 'body of the wrong shape', text(body))),
    fc.tuple(prototypeKeys, fc.constantFrom(...fields), fc.boolean()).map(([key, path, atTop]) => {
      const nested = text(withValueAt(target.base, path, { placeholder: 1 })).replace(
        '{"placeholder":1}',
        `{${key}}`,
      );
      return asCase(target, `prototype key ${key.split(':')[0]}`, atTop ? splice(target, key) : nested);
    }),
    fc
      .tuple(
        fc.constantFrom(1_000, 5_000),
        fc.constantFrom('object', 'array') as fc.Arbitrary<'object' | 'array'>,
        fc.constantFrom(...fields),
      )
      .map(([depth, kind, path]) => {
        const deep = deeplyNested(depth, kind);
        const body = text(withValueAt(target.base, path, { placeholder: 1 })).replace(
          '{"placeholder":1}',
          deep,
        );
        return asCase(target, `nested ${depth} deep in ${path.join('.')}`, body);
      }),
    malformedJson.map((body) => asCase(target, 'malformed JSON', body)),
  ];
}

function wireCases(target: FuzzTarget): fc.Arbitrary<FuzzCase>[] {
  const base = target.binary ? Buffer.from('not an image') : text(target.base);
  return [
    wrongContentTypes.map((type) => asCase(target, `content type ${type}`, base, type)),
    fc.constant(null).map(() => asCase(target, 'oversized body', `{"a":"${'x'.repeat(OVERSIZED)}"}`)),
    fc
      .uint8Array({ maxLength: 256 })
      .map((bytes) =>
        asCase(target, 'random bytes', Buffer.from(bytes), target.binary ? 'image/jpeg' : json),
      ),
    fc
      .constant(null)
      .map(() => ({ kind: 'no body', url: target.url, payload: undefined, contentType: undefined })),
  ];
}

/** One path parameter, or the query string (named parameters and sort/order/limit), hostile. */
function urlCases(target: FuzzTarget): fc.Arbitrary<FuzzCase>[] {
  const payload = target.binary ? Buffer.from('not an image') : text(target.base);
  const contentType = target.binary ? 'image/jpeg' : json;
  const queryNames = [...new Set([...target.queryNames, 'sort', 'order', 'orderBy', 'limit', 'offset', 'q'])];
  const query = fc.tuple(fc.constantFrom(...queryNames), hostileText).map(([name, { family, value }]) => ({
    kind: `query ${name} ${family}`,
    url: `${target.url}${target.url.includes('?') ? '&' : '?'}${name}=${urlPart(value)}`,
    payload,
    contentType,
  }));
  if (target.params.length === 0) return [query];
  const param = fc.tuple(fc.constantFrom(...target.params), hostileText).map(([p, { family, value }]) => ({
    kind: `path ${p.name} ${family}`,
    url: withSegment(target.url, p.index, urlPart(value) || '%20'),
    payload,
    contentType,
  }));
  return [query, param];
}

function withSegment(url: string, index: number, segment: string): string {
  const [path, query] = url.split('?');
  const segments = path!.split('/');
  segments[index] = segment;
  return `${segments.join('/')}${query === undefined ? '' : `?${query}`}`;
}

/** Every kind of bad request for the route, weighted towards field-by-field mutations. */
export function fuzzCases(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const [field, everyField, shape, proto, deep, malformed] = bodyCases(target);
  const [contentType, oversized, bytes, noBody] = wireCases(target);
  const [query, param] = urlCases(target);
  const weighted: fc.WeightedArbitrary<FuzzCase>[] = [
    { weight: target.binary ? 2 : 30, arbitrary: field! },
    { weight: target.binary ? 1 : 6, arbitrary: everyField! },
    { weight: 5, arbitrary: shape! },
    { weight: 4, arbitrary: proto! },
    { weight: 2, arbitrary: deep! },
    { weight: 3, arbitrary: malformed! },
    { weight: 3, arbitrary: contentType! },
    { weight: 1, arbitrary: oversized! },
    { weight: target.binary ? 8 : 2, arbitrary: bytes! },
    { weight: 1, arbitrary: noBody! },
    { weight: 3, arbitrary: query! },
    ...(param ? [{ weight: 6, arbitrary: param }] : []),
  ];
  return fc.oneof(...weighted);
}
