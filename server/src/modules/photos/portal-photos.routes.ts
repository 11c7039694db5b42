import {
  id,
  photoBaseline,
  photoBaselineQuery,
  photoList,
  photoListQuery,
  photoUploadQuery,
  photoUploadResponse,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { acceptImageBodies, imageBytes, sendPhotoFile } from './photo-http';
import * as reads from './photo-reads.service';
import { uploadOwnPhoto } from './photo-upload.service';

/** The patient's own photos in the portal: always their own record, never an id they send. */
const patientOnly = { policy: { roles: ['patient'] as const } };
const tags = ['portal'];

type App = Parameters<FastifyPluginAsyncZod>[0];

export const portalPhotoRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  acceptImageBodies(app);
  takingAndListing(app, deps);
  fileRoutes(app, deps);
};

function takingAndListing(app: App, deps: Deps): void {
  app.post(
    '/api/portal/photos',
    {
      config: patientOnly,
      schema: { tags, querystring: photoUploadQuery, response: { 201: photoUploadResponse } },
    },
    async (request, reply) => {
      const photo = await uploadOwnPhoto(
        deps,
        request.principal!,
        request.query,
        imageBytes(request.body),
        requestMeta(request),
      );
      return reply.status(201).send({ photo });
    },
  );

  app.get(
    '/api/portal/photos',
    { config: patientOnly, schema: { tags, querystring: photoListQuery, response: { 200: photoList } } },
    async (request) => ({
      photos: await reads.listOwnPhotos(deps, request.principal!, request.query, requestMeta(request)),
    }),
  );

  app.get(
    '/api/portal/photos/baseline',
    {
      config: patientOnly,
      schema: { tags, querystring: photoBaselineQuery, response: { 200: photoBaseline } },
    },
    async (request) => ({
      photo: await reads.ownPhotoBaseline(deps, request.principal!, request.query, requestMeta(request)),
    }),
  );
}

function fileRoutes(app: App, deps: Deps): void {
  for (const variant of ['image', 'thumbnail'] as const)
    app.get(
      `/api/portal/photos/:photoId/${variant}`,
      { config: patientOnly, schema: { tags, params: z.object({ photoId: id }), produces: ['image/jpeg'] } },
      async (request, reply) => {
        const file = await reads.ownPhotoFile(
          deps,
          request.principal!,
          request.params.photoId,
          variant,
          requestMeta(request),
        );
        return sendPhotoFile(reply, file);
      },
    );
}
