import { readFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from './paths';

/** Corium's version, from the root package.json. */
export const coriumVersion: string = (
  JSON.parse(readFileSync(path.join(paths.serverRoot, '..', 'package.json'), 'utf8')) as { version: string }
).version;
