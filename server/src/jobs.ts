import type { Deps } from './deps';
import type { JobDefinition } from './platform/jobs/job';
import { welcomeAdminJob } from './modules/clinic/clinic.jobs';

/** Every job a worker can run; a module adds its jobs here. */
export const allJobs: readonly JobDefinition<never, Deps>[] = [welcomeAdminJob as JobDefinition<never, Deps>];
