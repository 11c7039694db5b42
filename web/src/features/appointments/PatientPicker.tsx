import { useCallback, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../../lib/api';
import { calendarDate } from '../../lib/clinic-time';
import { useResource } from '../../ui/use-resource';

export interface ChosenPatient {
  id: string;
  displayName: string;
}

// Long enough to wait for the next keystroke, short enough to feel immediate.
const TYPING_PAUSE_MS = 300;

/** Finds a patient by name, e-mail or phone as the person types; date of birth tells namesakes apart. */
export function PatientPicker({ onChoose }: { onChoose: (patient: ChosenPatient) => void }) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const load = useCallback(
    () => (query.length < 2 ? Promise.resolve(null) : api.patients({ q: query, limit: 10 })),
    [query],
  );
  const { resource } = useResource(load, { keepWhileLoading: true });
  const patients = resource.status === 'ready' ? (resource.data?.patients ?? []) : [];
  const options = patients.map((p) => ({
    value: p.id,
    label: `${p.givenName} ${p.familyName} (born ${calendarDate(p.dateOfBirth)})`,
  }));
  return (
    <Select
      label="Patient"
      placeholder="Type a name, e-mail or phone"
      searchable
      data={options}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.length < 2 ? 'Type at least two letters' : 'No patient found'}
      onChange={(value) => {
        const patient = patients.find((p) => p.id === value);
        if (patient) onChoose({ id: patient.id, displayName: `${patient.givenName} ${patient.familyName}` });
      }}
      data-autofocus
    />
  );
}
