import { checkInEffects, type CheckInRecord, type RedFlagQuestionId } from '@corium/contracts';
import { Badge, List, Table, Text } from '@mantine/core';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { checkInStatusWords, effectWords, scoreWords, triageLooks } from './aftercare-words';
import { flagsRaised } from './recovery-view';

/** Red-flag ids in the staff's words: short, since the full question is the patient's. */
const flagWords: Record<RedFlagQuestionId, string> = {
  breathing_or_lip_swelling: 'breathing difficulty or lip/tongue swelling',
  pus_or_crusts: 'pus or honey crusts',
  fever: 'fever ≥ 38 °C',
  spreading_redness: 'spreading redness or streaks',
  pain_increasing: 'pain increasing after day 2',
  grouped_blisters: 'grouped blisters',
  eye_symptoms: 'eye pain or vision change',
  feeling_very_unwell: 'feeling very unwell',
  burn_marks: 'blisters or white/grey/black areas (burn)',
  new_bumps: 'new bumps',
  darkening_patches: 'darkening patches',
};

/** Every check-in of a plan: when, how it was triaged, and what the patient said. */
export function CheckInTable({
  checkIns,
  timeZone,
}: {
  checkIns: readonly CheckInRecord[];
  timeZone: string;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Check-in</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Scores</Table.Th>
            <Table.Th scope="col">Triage</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checkIns.map((checkIn) => (
            <Table.Tr key={checkIn.id}>
              <Table.Td>
                <Text fw={600}>Day {checkIn.day}</Text>
                <Text size="sm">{calendarDate(checkIn.dueDate)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{checkInStatusWords[checkIn.status]}</Text>
                {checkIn.submittedAt && (
                  <Text size="sm" c="dimmed">
                    {clinicDateTime(checkIn.submittedAt, timeZone)}
                    {checkIn.via === 'link' ? ' · e-mail link' : checkIn.via === 'portal' ? ' · portal' : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Answers checkIn={checkIn} />
              </Table.Td>
              <Table.Td>
                <Triage checkIn={checkIn} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Answers({ checkIn }: { checkIn: CheckInRecord }) {
  if (!checkIn.answers) return <Text size="sm">—</Text>;
  const { effects, note } = checkIn.answers;
  const flags = flagsRaised(checkIn);
  return (
    <>
      <Text size="sm">
        {checkInEffects.map((effect) => `${effectWords[effect]} ${scoreWords[effects[effect]]}`).join(' · ')}
      </Text>
      <Text size="sm" fw={flags.length > 0 ? 700 : undefined} c={flags.length > 0 ? 'red.9' : undefined}>
        {flags.length === 0 ? 'No red flags' : `Yes to: ${flags.map((flag) => flagWords[flag]).join(', ')}`}
      </Text>
      {note && <Text size="sm">“{note}”</Text>}
    </>
  );
}

function Triage({ checkIn }: { checkIn: CheckInRecord }) {
  if (!checkIn.level) return <Text size="sm">—</Text>;
  const look = triageLooks[checkIn.level];
  return (
    <>
      <Badge color={look.badge} autoContrast>
        {look.label}
      </Badge>
      {checkIn.triage && checkIn.triage.reasons.length > 0 && (
        <List size="sm" mt={4}>
          {checkIn.triage.reasons.map((reason) => (
            <List.Item key={reason.code}>{reason.staffText}</List.Item>
          ))}
        </List>
      )}
    </>
  );
}
