import { useMemo } from 'react';
import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { knownTimeZones, matchesTimeZone } from './time-zones';

const filterTimeZones: OptionsFilter = ({ options, search, limit }) =>
  options
    .filter((option): option is ComboboxItem => 'value' in option && matchesTimeZone(option.label, search))
    .slice(0, limit);

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'filter'>;

export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <Select
      {...props}
      data={zones}
      searchable
      filter={filterTimeZones}
      nothingFoundMessage="No time zone matches that search"
      maxDropdownHeight={280}
      // Mounting the list only while open keeps "Time zone" the label of one element, the field.
      comboboxProps={{ shadow: 'md', keepMounted: false }}
    />
  );
}
