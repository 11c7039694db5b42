// Bundles the self-check's browser script: the screening engine and a few lines of page glue,
// minified for the public page. Used by server/build.mjs (into dist/) and, when the server
// runs from source, by learn.service.ts in memory. esbuild is a build-time tool only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `@corium/contracts` → the engine's few run-time values, so no schema library ships. */
const contractsForBrowser = {
  name: 'contracts-for-browser',
  setup(b) {
    b.onResolve({ filter: /^@corium\/contracts$/ }, () => ({
      path: path.join(here, 'contracts-browser.ts'),
    }));
  },
};

/**
 * `entry` defaults to the page script; tests pass the pure core instead. With `outfile` the
 * bundle is written there; without, its text is returned.
 */
export async function bundleSelfCheck({ outfile, entry = path.join(here, 'self-check.js') } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    plugins: [contractsForBrowser],
    write: Boolean(outfile),
    ...(outfile ? { outfile } : {}),
    logLevel: 'warning',
  });
  return outfile ? null : result.outputFiles[0].text;
}
