import type { PatientList } from '@corium/contracts';
import { Button, Card, Group, Loader, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { PatientTable } from './PatientTable';
import { patientsPerPage, usePatientSearch } from './use-patient-search';

export function PatientsPage() {
  usePageTitle('Patients');
  const navigate = useNavigate();
  const { typed, type, query, page, goToPage, resource, refreshing, reload } = usePatientSearch();

  return (
    <Stack gap="lg" maw={1080}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={1}>Patients</Title>
        {/* A button, not a link, so the links on this page are the patients found and nothing else. */}
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          onClick={() => void navigate('/staff/patients/new')}
        >
          Register patient
        </Button>
      </Group>
      <TextInput
        label="Search patients"
        description="By name, phone number or e-mail address"
        type="search"
        value={typed}
        onChange={(event) => type(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        rightSection={refreshing ? <Loader size="xs" aria-hidden="true" /> : null}
        maw={480}
      />
      <Card component="section" aria-label="Search results" p={{ base: 'sm', sm: 'lg' }}>
        {resource.status === 'loading' && <SectionLoader label="Finding patients…" />}
        {resource.status === 'failed' && (
          <LoadProblem title="Patients could not be loaded" error={resource.error} onRetry={reload} />
        )}
        {resource.status === 'ready' && (
          <Results list={resource.data} query={query} page={page} onPage={goToPage} />
        )}
      </Card>
    </Stack>
  );
}

const controlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
};

interface ResultsProps {
  list: PatientList;
  query: string;
  page: number;
  onPage: (page: number) => void;
}

function summary({ patients, total }: PatientList, query: string, page: number): string {
  if (total === 0) return query ? `No patients match “${query}”.` : 'There are no patients yet.';
  const first = (page - 1) * patientsPerPage + 1;
  const range = patients.length === total ? '' : `${first}–${first + patients.length - 1} of `;
  const noun = total === 1 ? 'patient' : 'patients';
  return query
    ? `Showing ${range}${total} ${noun} matching “${query}”.`
    : `Showing ${range}${total} ${noun}.`;
}

function Results({ list, query, page, onPage }: ResultsProps) {
  const pages = Math.ceil(list.total / patientsPerPage);
  return (
    <Stack gap="md">
      <Text role="status" aria-live="polite">
        {summary(list, query, page)}
      </Text>
      {list.patients.length > 0 && <PatientTable patients={list.patients} />}
      {pages > 1 && (
        <Group component="nav" aria-label="Pages of results" justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={onPage}
            size={44}
            getItemProps={(item) => ({
              'aria-label': `Page ${item}`,
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
          />
        </Group>
      )}
    </Stack>
  );
}
