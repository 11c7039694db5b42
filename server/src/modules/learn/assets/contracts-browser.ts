/**
 * What the screening engine needs at run time from `@corium/contracts`, without the schema
 * library that module carries (about 110 KB gzipped). The self-check bundle resolves
 * `@corium/contracts` to this file; `self-check-bundle.test.ts` checks it matches the contracts,
 * and esbuild stops the build if the engine ever imports a value this file lacks.
 */
export const screeningLevels = ['clear', 'warn', 'needs-doctor', 'block'] as const;
