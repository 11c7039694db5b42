import { useCallback } from 'react';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { api } from '../../lib/api';
import { roleName } from '../auth/roles';
import { useResource } from '../../ui/use-resource';

export interface AccessLogFilterValues {
  userId: string | null;
  /** `YYYY-MM-DD` or empty, as a date field gives it. */
  from: string;
  to: string;
}

export const noFilters: AccessLogFilterValues = { userId: null, from: '', to: '' };

/** The filters only when they make sense together; an end before the start asks for nothing. */
export function filterProblem(filters: AccessLogFilterValues): string | null {
  return filters.from && filters.to && filters.to < filters.from
    ? 'The end date is before the start date'
    : null;
}

interface AccessLogFiltersProps {
  filters: AccessLogFilterValues;
  onChange: (filters: AccessLogFilterValues) => void;
}

export function AccessLogFilters({ filters, onChange }: AccessLogFiltersProps) {
  const load = useCallback(() => api.staff(), []);
  const { resource } = useResource(load);
  const people =
    resource.status === 'ready'
      ? resource.data.map((member) => ({
          value: member.id,
          label: `${member.displayName} (${roleName(member.role)})`,
        }))
      : [];

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Select
        label="Staff member"
        placeholder="Everyone"
        data={people}
        value={filters.userId}
        onChange={(userId) => onChange({ ...filters, userId })}
        clearable
        searchable
        nothingFoundMessage="No one on the team matches"
        description={resource.status === 'failed' ? 'The team list could not be loaded' : undefined}
        comboboxProps={{ keepMounted: false }}
      />
      <TextInput
        label="From"
        type="date"
        value={filters.from}
        onChange={(event) => onChange({ ...filters, from: event.currentTarget.value })}
      />
      <TextInput
        label="To"
        type="date"
        value={filters.to}
        min={filters.from || undefined}
        error={filterProblem(filters)}
        onChange={(event) => onChange({ ...filters, to: event.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
