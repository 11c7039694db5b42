import type { Deps } from './deps';
import type { JobDefinition } from './platform/jobs/job';
import { startWorker, type Worker } from './platform/jobs/worker';
import { welcomeAdminJob } from './modules/clinic/clinic.jobs';

/** Every job a worker can run; a module adds its jobs here. */
export const allJobs: readonly JobDefinition<never, Deps>[] = [welcomeAdminJob as JobDefinition<never, Deps>];

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
