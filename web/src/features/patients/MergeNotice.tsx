import type { MergedFrom, MergedInto } from '@corium/contracts';
import { Alert, Anchor, Text } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';

/** On a merged-away duplicate: where its record went, when, by whom and why. Nothing here can be edited. */
export function MergedNotice({ mergedInto }: { mergedInto: MergedInto }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Alert
      color="yellow"
      icon={<IconArrowMerge aria-hidden="true" />}
      title="Merged record"
      // Mantine's yellow title falls below 4.5:1 on this background; black text keeps it readable.
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text>
        This record was merged into{' '}
        <Anchor component={Link} to={`/staff/patients/${mergedInto.id}`} fw={600}>
          {mergedInto.name}
        </Anchor>{' '}
        on {clinicDateTime(mergedInto.at, timeZone)} by {mergedInto.by ?? 'a former user'}:{' '}
        {mergedInto.reason}
      </Text>
      <Text size="sm" mt="xs">
        It is kept as it was for reference and cannot be changed. Its medical history, screenings and portal
        sign-in are on the record it was merged into.
      </Text>
    </Alert>
  );
}

/** On the kept record: the duplicates merged into it, each a link to what it looked like. */
export function MergedFromNote({ mergedFrom }: { mergedFrom: MergedFrom[] }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Text size="sm">
      Also registered as{' '}
      {mergedFrom.map((record, index) => (
        <span key={record.id}>
          {index > 0 && ', '}
          <Anchor component={Link} to={`/staff/patients/${record.id}`}>
            {record.name}
          </Anchor>{' '}
          (merged {clinicDateTime(record.at, timeZone)})
        </span>
      ))}
      .
    </Text>
  );
}
