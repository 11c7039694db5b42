import {
  id,
  photoBaseline,
  photoBaselineQuery,
  photoList,
  photoListQuery,
  photoUploadQuery,
  photoUploadResponse,
  removePhotoRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { acceptImageBodies, imageBytes, sendPhotoFile } from './photo-http';
import * as reads from './photo-reads.service';
import { removePhoto } from './photo-removal.service';
import { uploadPhoto } from './photo-upload.service';

const tags = ['photos'];
const params = z.object({ patientId: id });
const photoParams = z.object({ patientId: id, photoId: id });
// Clinical staff take and read photos; admins read them (complaints, access requests); the
// front desk has no need to see a patient's skin.
const takers = { policy: { roles: clinicalStaff, patient: 'path' as const } };
const readers = { policy: { roles: [...clinicalStaff, 'admin' as const], patient: 'path' as const } };

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Staff: a patient's photos, taken in the clinic and at home. */
export const photoRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  acceptImageBodies(app);
  takingAndListing(app, deps);
  fileRoutes(app, deps);
};

function takingAndListing(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/photos',
    {
      config: takers,
      schema: { tags, params, querystring: photoUploadQuery, response: { 201: photoUploadResponse } },
    },
    async (request, reply) => {
      const photo = await uploadPhoto(
        deps,
        request.principal!,
        request.params.patientId,
        request.query,
        imageBytes(request.body),
        requestMeta(request),
      );
      return reply.status(201).send({ photo });
    },
  );

  app.get(
    '/api/patients/:patientId/photos',
    { config: readers, schema: { tags, params, querystring: photoListQuery, response: { 200: photoList } } },
    async (request) => ({
      photos: await reads.listPhotos(
        deps,
        request.principal!,
        request.params.patientId,
        request.query,
        requestMeta(request),
      ),
    }),
  );

  app.get(
    '/api/patients/:patientId/photos/baseline',
    {
      config: readers,
      schema: { tags, params, querystring: photoBaselineQuery, response: { 200: photoBaseline } },
    },
    async (request) => ({
      photo: await reads.photoBaseline(
        deps,
        request.principal!,
        request.params.patientId,
        request.query,
        requestMeta(request),
      ),
    }),
  );
}

/** The bytes, only through here: audited, never cached. */
function fileRoutes(app: App, deps: Deps): void {
  for (const variant of ['image', 'thumbnail'] as const)
    app.get(
      `/api/patients/:patientId/photos/:photoId/${variant}`,
      { config: readers, schema: { tags, params: photoParams, produces: ['image/jpeg'] } },
      async (request, reply) => {
        const { patientId, photoId } = request.params;
        const file = await reads.photoFile(
          deps,
          request.principal!,
          patientId,
          photoId,
          variant,
          requestMeta(request),
        );
        return sendPhotoFile(reply, file);
      },
    );
}

/**
 * Taking a photo out of the record, with a reason; the row stays as the trace. Its own plugin:
 * the body is JSON, and the photo routes above take raw image bodies only.
 */
export const photoRemovalRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/photos/:photoId/remove',
    {
      config: takers,
      schema: { tags, params: photoParams, body: removePhotoRequest, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removePhoto(deps, request.principal!, request.params, request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );
};
