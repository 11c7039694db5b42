import { useCallback, useState } from 'react';
import type { PatientSummary } from '@corium/contracts';
import { Button, Loader, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { calendarDate } from '../../lib/clinic-time';
import { patientName } from '../patient-record/ContactDetails';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';

// Long enough to wait for the next keystroke, short enough to feel immediate.
const typingPauseMs = 300;
// A duplicate is looked for by name; a handful of the closest is enough to spot it.
const candidateLimit = 10;

/**
 * Like the Patients page's search, but kept in the dialog rather than in the page's address,
 * and nothing is looked up until something is typed (every search is logged with its results).
 */
function useDuplicateSearch() {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), typingPauseMs);
  const load = useCallback(
    () => (query === '' ? Promise.resolve(null) : api.patients({ q: query, limit: candidateLimit })),
    [query],
  );
  const { resource, refreshing, reload } = useResource(load, { keepWhileLoading: true });
  return { typed, setTyped, query, resource, refreshing, reload };
}

interface MergeSearchProps {
  /** The record being kept, which cannot be its own duplicate. */
  survivor: PatientSummary;
  onChoose: (duplicate: PatientSummary) => void;
}

export function MergeSearch({ survivor, onChoose }: MergeSearchProps) {
  const { typed, setTyped, query, resource, refreshing, reload } = useDuplicateSearch();
  const candidates =
    resource.status === 'ready' && resource.data
      ? resource.data.patients.filter((patient) => patient.id !== survivor.id)
      : [];

  return (
    <Stack gap="md">
      <TextInput
        label="Find the duplicate record"
        description="By name, date of birth (YYYY-MM-DD), phone number or e-mail address"
        type="search"
        data-autofocus
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        rightSection={refreshing ? <Loader size="xs" aria-hidden="true" /> : null}
      />
      {resource.status === 'loading' && <SectionLoader label="Finding patients…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Patients could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <Text role="status" aria-live="polite" size="sm">
          {query === ''
            ? 'Type a name to find the other record of this patient.'
            : candidates.length === 0
              ? `No other record matches “${query}”.`
              : `Records matching “${query}”, closest first.`}
        </Text>
      )}
      {candidates.length > 0 && <Candidates patients={candidates} onChoose={onChoose} />}
    </Stack>
  );
}

function Candidates({
  patients,
  onChoose,
}: {
  patients: PatientSummary[];
  onChoose: MergeSearchProps['onChoose'];
}) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Date of birth</Table.Th>
            <Table.Th scope="col">Phone or e-mail</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Choose</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <Table.Tr key={patient.id}>
              <Table.Th scope="row" fw={600}>
                {patientName(patient)}
              </Table.Th>
              <Table.Td>{calendarDate(patient.dateOfBirth)}</Table.Td>
              <Table.Td>{patient.phone ?? patient.email ?? '—'}</Table.Td>
              <Table.Td ta="right">
                <Button
                  variant="default"
                  aria-label={`Compare with ${patientName(patient)}`}
                  onClick={() => onChoose(patient)}
                >
                  Compare
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
