import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { clinicDateTime, clinicDay } from '../../lib/clinic-time';
import type { HistoryVersion } from './history-api';

const sourceWords: Record<HistoryVersion['source'], string> = {
  patient: 'Patient, in the portal',
  staff: 'Staff',
};

interface HistoryVersionsProps {
  /** Newest first, as the server lists them. */
  versions: HistoryVersion[];
  /** The version on screen, if any. */
  shownVersion: number | null;
  timeZone: string;
  /** Shows the history as it stood at the end of `day`; `''` for the current one. */
  onShowDay: (day: string) => void;
}

/**
 * A version can be shown by its day only if it was the last one entered that day: the history
 * is looked up "as of the end of a day". `null` for one replaced the same day.
 */
function dayToShow(versions: HistoryVersion[], index: number, timeZone: string): string | null {
  const version = versions[index]!;
  if (index === 0) return '';
  const day = clinicDay(new Date(version.enteredAt), timeZone);
  const newer = versions[index - 1]!;
  return clinicDay(new Date(newer.enteredAt), timeZone) === day ? null : day;
}

/** Every version of the history: number, when, who, and whether the patient or staff entered it. */
export function HistoryVersions({ versions, shownVersion, timeZone, onShowDay }: HistoryVersionsProps) {
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            {['Version', 'Entered', 'By', 'Source'].map((heading) => (
              <Table.Th key={heading} scope="col">
                {heading}
              </Table.Th>
            ))}
            <Table.Th scope="col">
              <VisuallyHidden>Show</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version, index) => (
            <Table.Tr key={version.version}>
              <Table.Th scope="row">
                <Text span fw={600}>
                  {version.version}
                </Text>
                {index === 0 && (
                  <Text span c="dimmed">
                    {' '}
                    (current)
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <time dateTime={version.enteredAt}>{clinicDateTime(version.enteredAt, timeZone)}</time>
              </Table.Td>
              <Table.Td>{version.enteredBy ?? '—'}</Table.Td>
              <Table.Td>{sourceWords[version.source]}</Table.Td>
              <Table.Td>
                <ShowCell
                  version={version.version}
                  shown={version.version === shownVersion}
                  day={dayToShow(versions, index, timeZone)}
                  onShowDay={onShowDay}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ShowCellProps {
  version: number;
  shown: boolean;
  day: string | null;
  onShowDay: (day: string) => void;
}

function ShowCell({ version, shown, day, onShowDay }: ShowCellProps) {
  if (shown) {
    return (
      <Badge variant="outline" color="corium.8" radius="sm">
        Shown above
      </Badge>
    );
  }
  if (day === null) {
    return (
      <Text size="sm" c="dimmed">
        Replaced the same day
      </Text>
    );
  }
  return (
    <Button variant="subtle" onClick={() => onShowDay(day)} aria-label={`Show version ${version}`}>
      Show
    </Button>
  );
}
