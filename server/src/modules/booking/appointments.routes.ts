import {
  appointment,
  appointmentList,
  bookAppointmentRequest,
  cancelAppointmentRequest,
  id,
  rescheduleAppointmentRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as appointments from './appointments.service';
import { bookAppointment } from './book-appointment.service';
import { rescheduleAppointment } from './reschedule.service';

const params = z.object({ patientId: id });
const appointmentParams = z.object({ patientId: id, appointmentId: id });
// Front desk books as much as clinicians do; the screening gate and the prescriber-only
// spacing override are decided by the service, whoever books.
const staffForPatient = { policy: { roles: anyStaff, patient: 'path' as const } };
const tags = ['appointments'];

/** Book a visit, and the patient's list of visits. */
const bookingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/appointments',
    {
      config: staffForPatient,
      schema: {
        tags,
        summary: 'Book a visit: every resource for the time it is needed, or nothing',
        params,
        body: bookAppointmentRequest,
        response: { 201: appointment },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await bookAppointment(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/patients/:patientId/appointments',
    { config: staffForPatient, schema: { tags, params, response: { 200: appointmentList } } },
    async (request) => ({
      appointments: await appointments.listPatientAppointments(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
};

/** A booked visit cancelled, or missed. */
const statusRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/appointments/:appointmentId/cancel',
    {
      config: staffForPatient,
      schema: {
        tags,
        params: appointmentParams,
        body: cancelAppointmentRequest,
        response: { 200: appointment },
      },
    },
    async (request) =>
      appointments.cancelAppointment(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.appointmentId,
        request.body,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/appointments/:appointmentId/no-show',
    { config: staffForPatient, schema: { tags, params: appointmentParams, response: { 200: appointment } } },
    async (request) =>
      appointments.recordNoShow(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.appointmentId,
        requestMeta(request),
      ),
  );
};

/** A booked visit moved to another time, location or resources. */
const moveRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/appointments/:appointmentId/reschedule',
    {
      config: staffForPatient,
      schema: {
        tags,
        summary: 'Move a booked visit: same appointment, new time and resources, every booking rule again',
        params: appointmentParams,
        body: rescheduleAppointmentRequest,
        response: { 200: appointment },
      },
    },
    async (request) =>
      rescheduleAppointment(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.appointmentId,
        request.body,
        requestMeta(request),
      ),
  );
};

/** A patient's appointments: book, list, cancel, move, record a no-show. */
export const appointmentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(bookingRoutes, { deps });
  await app.register(statusRoutes, { deps });
  await app.register(moveRoutes, { deps });
};
