import { photoUploadMaxBytes } from '@corium/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PhotoFile } from './photo-reads.service';

/**
 * Upload bodies are the image bytes, whatever Content-Type the browser claimed (a phone may send
 * HEIC as application/octet-stream, an attacker SVG as image/jpeg): every body of this plugin is
 * taken as bytes, up to photoUploadMaxBytes, and the pipeline decides by content.
 */
export function acceptImageBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: photoUploadMaxBytes },
    (_request, body, done) => done(null, body),
  );
}

export const imageBytes = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

/**
 * A photo's bytes go out as a JPEG no cache keeps (a shared tablet, a proxy), that no browser
 * second-guesses, shown inline under a generated name.
 */
export const sendPhotoFile = (reply: FastifyReply, file: PhotoFile): FastifyReply =>
  reply
    .type('image/jpeg')
    .header('Content-Length', file.size)
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cross-Origin-Resource-Policy', 'same-origin')
    .header('Content-Disposition', `inline; filename="${file.fileName}"`)
    .send(file.stream);
