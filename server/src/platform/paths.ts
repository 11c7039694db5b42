import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder, found from this file whether it runs as TypeScript source
 * (server/src/platform) or from the bundle (server/dist).
 */
function findServerRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'migrations'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the server folder (no migrations/ above)');
    dir = parent;
  }
  return dir;
}

const serverRoot = findServerRoot();

export const paths = {
  serverRoot,
  migrations: path.join(serverRoot, 'migrations'),
  webDist: path.join(serverRoot, '..', 'web', 'dist'),
};
