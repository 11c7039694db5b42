import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { concernCodes, modalities, type ReportQuery } from '@corium/contracts';
import { concernWords } from '../patient-record/patient-words';

export interface Choice {
  value: string;
  label: string;
}

const protocolWords: Record<(typeof modalities)[number], string> = {
  microneedling: 'Microneedling',
  'rf-microneedling': 'RF microneedling',
};

/**
 * The report's range (whole months, at most 24) and filters; applied together with the button,
 * so that changing several fields loads the report once.
 */
export function ReportFilters({
  initial,
  practitioners,
  pens,
  onApply,
}: {
  initial: ReportQuery;
  practitioners: Choice[];
  pens: Choice[];
  onApply: (query: ReportQuery) => void;
}) {
  const [draft, setDraft] = useState<ReportQuery>(initial);
  const set = (key: keyof ReportQuery) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <Group align="flex-end" gap="md">
        {(['from', 'to'] as const).map((key) => (
          <TextInput
            key={key}
            type="month"
            label={key === 'from' ? 'From' : 'To'}
            size="md"
            value={draft[key] ?? ''}
            onChange={(e) => set(key)(e.currentTarget.value)}
          />
        ))}
        <ClinicalFilters draft={draft} set={set} />
        <WhoFilters draft={draft} set={set} practitioners={practitioners} pens={pens} />
        <Button type="submit" size="md">
          Show report
        </Button>
      </Group>
    </form>
  );
}

type Setter = (key: keyof ReportQuery) => (value: string | null) => void;

function ClinicalFilters({ draft, set }: { draft: ReportQuery; set: Setter }) {
  return (
    <>
      <Select
        label="Concern"
        size="md"
        clearable
        placeholder="All concerns"
        data={concernCodes.map((c) => ({ value: c, label: concernWords[c] }))}
        value={draft.concern ?? null}
        onChange={set('concern')}
      />
      <Select
        label="Protocol"
        size="md"
        clearable
        placeholder="All protocols"
        data={modalities.map((m) => ({ value: m, label: protocolWords[m] }))}
        value={draft.modality ?? null}
        onChange={set('modality')}
      />
    </>
  );
}

function WhoFilters({
  draft,
  set,
  practitioners,
  pens,
}: {
  draft: ReportQuery;
  set: Setter;
  practitioners: Choice[];
  pens: Choice[];
}) {
  return (
    <>
      <Select
        label="Practitioner"
        size="md"
        clearable
        placeholder="Everyone"
        data={practitioners}
        value={draft.practitionerId ?? null}
        onChange={set('practitionerId')}
      />
      <Select
        label="Pen"
        size="md"
        clearable
        placeholder="All pens"
        data={pens}
        value={draft.deviceId ?? null}
        onChange={set('deviceId')}
      />
    </>
  );
}
