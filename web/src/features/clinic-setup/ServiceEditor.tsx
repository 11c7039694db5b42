import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Switch, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { modalities, serviceDefinition, serviceKinds, type BookingService } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { RolesEditor } from './RolesEditor';
import { SegmentsEditor } from './SegmentsEditor';
import { bodyOf, type ServiceDraft } from './service-draft';
import { useSave } from './use-save';
import { VisitTimeline } from './VisitTimeline';

interface ServiceEditorProps {
  /** The service being changed; none for a new one. */
  service: BookingService | null;
  initial: ServiceDraft;
  onSaved: () => void;
  onCancel: () => void;
}

const kindLabels = { consultation: 'Consultation', treatment: 'Treatment', review: 'Review' };
const modalityLabels: Record<string, string> = {
  microneedling: 'Microneedling',
  'rf-microneedling': 'RF microneedling',
};

/** The draft, checked with the contract's own rules before it is sent. */
function useServiceDraft(service: BookingService | null, initial: ServiceDraft, onSaved: () => void) {
  const [draft, setDraft] = useState(initial);
  const saving = useSave();
  const set = (patch: Partial<ServiceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  async function submit() {
    const checked = serviceDefinition.safeParse({ roles: draft.roles, segments: draft.segments });
    if (!checked.success) {
      const marked = Object.fromEntries(
        checked.error.issues.map((i) => [['definition', ...i.path].join('.'), i.message]),
      );
      return saving.refuse(
        'The roles and steps do not fit together yet: see the fields marked below.',
        marked,
      );
    }
    const body = bodyOf(draft);
    const send = () =>
      service ? setupApi.editService(service.id, body) : setupApi.addService({ ...body, code: draft.code });
    if (await saving.save(send)) onSaved();
  }
  return { draft, set, saving, submit };
}

/** Name, kind, the roles a visit needs and its steps in order, with the visit drawn as it changes. */
export function ServiceEditor({ service, initial, onSaved, onCancel }: ServiceEditorProps) {
  const { draft, set, saving, submit } = useServiceDraft(service, initial, onSaved);
  const title = service ? `Change ${service.name}` : 'New service';
  return (
    <Stack gap="md" component="form" aria-label={title} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
        Changes apply to bookings made from now on. Visits already booked keep their times, rooms,
        practitioners and devices.
      </Alert>
      <ServiceBasics draft={draft} isNew={!service} errors={saving.fields} set={set} />
      <Definition draft={draft} errors={saving.fields} set={set} />
      <FormProblem message={saving.problem} />
      <Group>
        <Button type="submit" loading={saving.busy}>
          {service ? 'Save service' : 'Add service'}
        </Button>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

interface DraftPartProps {
  draft: ServiceDraft;
  errors: Record<string, string>;
  set: (patch: Partial<ServiceDraft>) => void;
}

function ServiceBasics({ draft, isNew, errors, set }: DraftPartProps & { isNew: boolean }) {
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label="Name"
        required
        value={draft.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={errors.name}
        w={260}
      />
      {isNew && (
        <TextInput
          label="Code"
          description="e.g. microneedling_neck; fixed once saved"
          required
          value={draft.code}
          onChange={(e) => set({ code: e.currentTarget.value })}
          error={errors.code}
          w={240}
        />
      )}
      <NativeSelect
        label="Kind"
        data={serviceKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        value={draft.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as ServiceDraft['kind'] })}
        w={170}
      />
      {draft.kind === 'treatment' && (
        <NativeSelect
          label="Modality"
          data={modalities.map((m) => ({ value: m, label: modalityLabels[m] ?? m }))}
          value={draft.modality ?? 'microneedling'}
          onChange={(e) => set({ modality: e.currentTarget.value as ServiceDraft['modality'] })}
          error={errors.modality}
          w={200}
        />
      )}
      <Switch
        label="Offered for booking"
        checked={draft.active}
        onChange={(e) => set({ active: e.currentTarget.checked })}
        mt={32}
      />
    </Group>
  );
}

function Definition({ draft, errors, set }: DraftPartProps) {
  const addRole = () =>
    set({ roles: [...draft.roles, { key: `role_${draft.roles.length + 1}`, kind: 'practitioner' }] });
  const addStep = () =>
    set({ segments: [...draft.segments, { name: 'Step', minutes: 15, uses: [draft.roles[0]!.key] }] });
  return (
    <>
      <VisitTimeline
        roles={draft.roles}
        segments={draft.segments}
        label={`${draft.name || 'The visit'}, step by step`}
      />
      <Title order={4} size="h5">
        What the visit needs
      </Title>
      <RolesEditor roles={draft.roles} errors={errors} onChange={(roles) => set({ roles })} />
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconPlus size={16} aria-hidden="true" />}
        onClick={addRole}
      >
        Add role
      </Button>
      <Title order={4} size="h5">
        Steps, in order
      </Title>
      <SegmentsEditor
        roles={draft.roles}
        segments={draft.segments}
        errors={errors}
        onChange={(segments) => set({ segments })}
      />
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconPlus size={16} aria-hidden="true" />}
        onClick={addStep}
      >
        Add step
      </Button>
    </>
  );
}
