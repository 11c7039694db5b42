import type { Workload } from '../lib/types';
import { availability } from './availability';
import { embeddedStart } from './embedded-start';
import { fhirWorkloads } from './fhir-workloads';
import { health } from './health';
import { monthlyReport } from './monthly-report';
import { photoPipeline } from './photo-pipeline';
import { recall } from './recall';
import { screening } from './screening';

/** Every workload, in the order `npm run bench` runs them; a new workload is one file plus one line here. */
export const workloads: Workload[] = [
  health,
  embeddedStart,
  screening,
  availability,
  recall,
  photoPipeline,
  ...fhirWorkloads,
  monthlyReport,
];
