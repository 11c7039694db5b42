import fc from 'fast-check';

/**
 * The hostile values the bad-input fuzzer puts into fields, path parameters and query strings:
 * what a broken client, a curious patient or an attacker sends. Each family is one arbitrary, so
 * a failing case names what kind of input it was.
 */

/** Classic SQL injection strings; a parameterised query must treat every one as plain text. */
export const sqlInjections = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE patient; --",
  '"; DROP TABLE patient; --',
  '1; SELECT pg_sleep(5)--',
  "' UNION SELECT id, email, password_hash FROM app_user --",
  "') OR ('a'='a",
  "admin'--",
  '1 OR 1=1',
  "name; DELETE FROM patient WHERE '1'='1",
  'given_name DESC; DROP TABLE audit_event',
  'created_at, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)',
  '$$; DROP TABLE patient; $$',
  "\\'; TRUNCATE clinic CASCADE; --",
  "%' AND 1=CAST((SELECT version()) AS int) --",
  "E'\\x00'",
  '${7*7}',
  "1' AND SLEEP(5)#",
];

const nul = fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`);
const loneSurrogates = fc.constantFrom('\ud800', 'a\udc00b', '\udbff', 'x\ud83d', '\udfff\ud800');
/** Long enough to pass no length limit, short enough to stay under the 1 MiB body limit. */
const huge = fc.constantFrom(5_000, 70_000, 300_000).map((n) => 'A'.repeat(n));
const oddUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u202eevil\u202c', 'Z̷̢̛̪a̵͚̍l̸̰̈g̶̱̈́o̴̞͝', '👩🏽‍⚕️💉', '\ufeff', '\u0085\u2028\u2029', '０１２'),
);
const dateLike = fc.constantFrom(
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '-000001-01-01',
  '+275760-09-13',
  '2026-13-01T25:61:61Z',
  '1970-01-01T00:00:00+99:00',
  '2026-11-26T10:00:00.123456789Z',
  'today',
  '',
);
const idLike = fc.oneof(
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-a-uuid',
  ),
  fc.uuid(),
);
const edgeNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  0.1 + 0.2,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  123456789012345680000,
);
const wrongTypes = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Any hostile value, tagged with its family for the failure message. */
export const hostileValue: fc.Arbitrary<{ family: string; value: unknown }> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sqlInjections).map((value) => ({ family: 'sql', value })) },
  { weight: 2, arbitrary: nul.map((value) => ({ family: 'nul', value })) },
  { weight: 2, arbitrary: loneSurrogates.map((value) => ({ family: 'surrogate', value })) },
  { weight: 1, arbitrary: huge.map((value) => ({ family: 'huge-string', value })) },
  { weight: 2, arbitrary: oddUnicode.map((value) => ({ family: 'unicode', value })) },
  { weight: 2, arbitrary: dateLike.map((value) => ({ family: 'date', value })) },
  { weight: 2, arbitrary: idLike.map((value) => ({ family: 'id', value })) },
  { weight: 2, arbitrary: edgeNumbers.map((value) => ({ family: 'number', value })) },
  { weight: 4, arbitrary: wrongTypes.map((value) => ({ family: 'wrong-type', value })) },
);

/** A hostile value that is a string, for path parameters and query strings. */
export const hostileText: fc.Arbitrary<{ family: string; value: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sqlInjections).map((value) => ({ family: 'sql', value })) },
  { weight: 1, arbitrary: nul.map((value) => ({ family: 'nul', value })) },
  { weight: 1, arbitrary: loneSurrogates.map((value) => ({ family: 'surrogate', value })) },
  { weight: 1, arbitrary: fc.constant({ family: 'long', value: 'B'.repeat(5_000) }) },
  { weight: 1, arbitrary: oddUnicode.map((value) => ({ family: 'unicode', value })) },
  { weight: 1, arbitrary: dateLike.map((value) => ({ family: 'date', value })) },
  { weight: 1, arbitrary: idLike.map((value) => ({ family: 'id', value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('-1', '1e309', 'NaN', '0x10', '1.5')
      .map((value) => ({ family: 'number', value })),
  },
);

/**
 * Encodes text for a URL the way a careless client might: percent-encoded, lone surrogates
 * included (encodeURIComponent refuses those, so they go as raw bytes a UTF-8 decoder rejects).
 */
export function urlPart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`;
  }
}

/** JSON nested `depth` levels deep, as text: `{"a":{"a":…}}` or `[[[…]]]`. */
export function deeplyNested(depth: number, kind: 'object' | 'array'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies that are not JSON at all, sent as application/json. */
export const malformedJson = fc.constantFrom(
  '{',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  'nul',
  '{"a":1} trailing',
  '\u0000',
  '{"a":"\\ud800',
  '{"a":"\\u00zz"}',
  '',
  ' ',
  '[',
  '{"a":1e99999}',
  '\ufeff{}',
);

/** Content types a JSON route does not take, and one that lies about its body. */
export const wrongContentTypes = fc.constantFrom(
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'image/jpeg',
  'application/json; charset=utf-16',
  'application/fhir+json',
  'application/octet-stream',
  'application/json, text/plain',
);

/** Raw JSON that tries to pollute prototypes; JSON.stringify cannot write `__proto__` as a key. */
export const prototypeKeys = fc.constantFrom(
  '"__proto__":{"isAdmin":true,"role":"admin"}',
  '"constructor":{"prototype":{"isAdmin":true}}',
  '"__proto__":null',
  '"prototype":{"role":"admin"}',
  '"hasOwnProperty":1',
  '"toString":"x"',
);
