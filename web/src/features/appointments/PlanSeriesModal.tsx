import { useState } from 'react';
import { modalities, type TreatmentSeries } from '@corium/contracts';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { concernWords, type Concern } from '../patient-record/patient-words';
import { modalityWords } from '../screening/screening-words';
import { bookingApi } from './booking-api';
import { initialPlan, planProblem, planRequest, type PlanValues } from './plan-series-form';
import { ZoneDepths } from './ZoneDepths';

interface PlanSeriesModalProps {
  patientId: string;
  concerns: Concern[];
  onClose: () => void;
  onPlanned: (series: TreatmentSeries) => void;
}

const concernOptions = (Object.keys(concernWords) as Concern[]).map((c) => ({
  value: c,
  label: concernWords[c],
}));
const optionalDays = (value: string | number) => (typeof value === 'number' ? value : '');

function usePlan(patientId: string, concerns: Concern[], onPlanned: PlanSeriesModalProps['onPlanned']) {
  const [values, setValues] = useState<PlanValues>(() => initialPlan(concerns));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<PlanValues>) => setValues((v) => ({ ...v, ...change }));
  async function submit() {
    const missing = planProblem(values);
    if (missing) return setProblem(missing);
    setBusy(true);
    setProblem(null);
    try {
      onPlanned(await bookingApi.planSeries(patientId, planRequest(values)));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { values, set, busy, problem, submit };
}

/** Sessions and intervals; each left empty is filled from the indication by the server. */
function CourseNumbers({ values, set }: { values: PlanValues; set: (change: Partial<PlanValues>) => void }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NumberInput
        label="Sessions"
        description="Empty: by indication"
        min={1}
        max={12}
        value={values.sessions}
        onChange={(v) => set({ sessions: optionalDays(v) })}
      />
      <NumberInput
        label="Shortest interval (days)"
        description="At least 14"
        min={14}
        max={365}
        value={values.minIntervalDays}
        onChange={(v) => set({ minIntervalDays: optionalDays(v) })}
      />
      <NumberInput
        label="Longest interval (days)"
        description="Empty: by indication"
        min={14}
        max={365}
        value={values.maxIntervalDays}
        onChange={(v) => set({ maxIntervalDays: optionalDays(v) })}
      />
    </SimpleGrid>
  );
}

/** A clinician plans a course; sessions and intervals left empty come from the indication. */
export function PlanSeriesModal({ patientId, concerns, onClose, onPlanned }: PlanSeriesModalProps) {
  const plan = usePlan(patientId, concerns, onPlanned);
  const { values, set } = plan;
  return (
    <Modal opened onClose={onClose} title="Plan a course of treatment" size="lg">
      <Stack gap="md">
        <MultiSelect
          label="Concerns"
          required
          searchable
          data={concernOptions}
          value={values.concerns}
          onChange={(v) => set({ concerns: v as Concern[] })}
        />
        <Select
          label="Treatment"
          required
          allowDeselect={false}
          data={modalities.map((m) => ({ value: m, label: modalityWords[m] }))}
          value={values.modality}
          onChange={(v) => v && set({ modality: v as PlanValues['modality'] })}
        />
        <CourseNumbers values={values} set={set} />
        <ZoneDepths depths={values.depths} onChange={(depths) => set({ depths })} />
        <Textarea
          label="Notes"
          maxLength={2000}
          value={values.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
        />
        <FormProblem message={plan.problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={plan.busy}>
            Cancel
          </Button>
          <Button loading={plan.busy} onClick={() => void plan.submit()}>
            Plan the course
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
