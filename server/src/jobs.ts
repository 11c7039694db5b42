import type { Deps } from './deps';
import type { JobDefinition } from './platform/jobs/job';
import { startWorker, type Worker } from './platform/jobs/worker';
import { welcomeAdminJob } from './modules/clinic/clinic.jobs';
import { fhirExportJob } from './modules/fhir/fhir-export.jobs';
import { inviteStaffJob } from './modules/identity/identity.jobs';
import { recallNoticeJob } from './modules/inventory/recalls.jobs';
import { appointmentNoticeJob } from './modules/notifications/notifications.jobs';
import { backupFailedJob } from './modules/operations/backup-alert.job';
import { manualBackupJob, scheduledBackupJob } from './modules/operations/backups.jobs';
import { photoReconcileJob } from './modules/photos/photo-reconcile.jobs';
import { waitlistJobs } from './modules/waitlist/waitlist-offers';
import { aftercareJobs } from './modules/aftercare/aftercare.jobs';
import { privacyJobs } from './modules/privacy/export.jobs';
import { outcomeJobs } from './modules/outcomes/outcomes.jobs';
import { webhookDeliveryJob } from './modules/webhooks/webhook-delivery.jobs';

/** Every job a worker can run; a module adds its jobs here. */
export const allJobs: readonly JobDefinition<never, Deps>[] = [
  welcomeAdminJob as JobDefinition<never, Deps>,
  inviteStaffJob as JobDefinition<never, Deps>,
  appointmentNoticeJob as JobDefinition<never, Deps>,
  scheduledBackupJob as JobDefinition<never, Deps>,
  manualBackupJob as JobDefinition<never, Deps>,
  backupFailedJob as JobDefinition<never, Deps>,
  ...waitlistJobs.map((job) => job as JobDefinition<never, Deps>),
  fhirExportJob as JobDefinition<never, Deps>,
  photoReconcileJob as JobDefinition<never, Deps>,
  recallNoticeJob as JobDefinition<never, Deps>,
  ...aftercareJobs,
  ...privacyJobs.map((job) => job as JobDefinition<never, Deps>),
  ...outcomeJobs,
  webhookDeliveryJob as JobDefinition<never, Deps>,
];

/** The outbox worker with every job, as the server process and `corium worker` both run it. */
export const startJobWorker = (deps: Deps): Worker =>
  startWorker({
    db: deps.db,
    deps,
    jobs: allJobs,
    log: deps.log,
    clock: deps.clock,
    pollMs: deps.config.workerPollMs,
  });
