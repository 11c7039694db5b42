import type { Config } from '../../platform/config/config';
import type { BlobStore } from '../../platform/blobs/blob-store';
import { createLocalBlobStore } from '../../platform/blobs/local-blob-store';

/** Photos' files: DATA_DIR/blobs/photos/ (the store is a path, so making one per use costs nothing). */
export const photoBlobs = (config: Pick<Config, 'dataDir'>): BlobStore =>
  createLocalBlobStore(config.dataDir, 'photos');
