import { useState } from 'react';
import { outcomeScales, type OutcomeScore } from '@corium/contracts';
import { Badge, Button, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { describeError } from '../../lib/api';
import { concernName, scoreWords, timepointWords } from './outcome-words';
import { outcomesApi } from './outcomes-api';

interface ScoreListProps {
  patientId: string;
  scores: readonly OutcomeScore[];
  canMark: boolean;
  onChanged: () => void;
}

/** Every score as recorded, newest first; a wrong one is marked entered in error, never changed. */
export function ScoreList({ patientId, scores, canMark, onChanged }: ScoreListProps) {
  const [marking, setMarking] = useState<OutcomeScore | null>(null);
  return (
    <Stack component="section" aria-labelledby="outcome-scores" gap="sm">
      <Title order={2} size="h3" id="outcome-scores">
        Scores recorded
      </Title>
      {scores.length === 0 ? (
        <Text>No scores yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rated on</Table.Th>
                <Table.Th scope="col">Scale and concern</Table.Th>
                <Table.Th scope="col">Score</Table.Th>
                <Table.Th scope="col">Point · rater</Table.Th>
                {canMark && <Table.Th scope="col">Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...scores].reverse().map((score) => (
                <ScoreRow key={score.id} score={score} canMark={canMark} onMark={setMarking} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MarkDialog
        patientId={patientId}
        score={marking}
        onClose={() => setMarking(null)}
        onMarked={onChanged}
      />
    </Stack>
  );
}

function MarkDialog(props: {
  patientId: string;
  score: OutcomeScore | null;
  onClose: () => void;
  onMarked: () => void;
}) {
  const { patientId, score, onClose, onMarked } = props;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function mark() {
    if (!score) return;
    setBusy(true);
    try {
      await outcomesApi.markEnteredInError(patientId, score.id, reason);
      setReason('');
      setProblem(null);
      onClose();
      onMarked();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened={score !== null} onClose={onClose} title="Mark this score entered in error">
      <Stack gap="sm">
        <Text size="sm">
          The score stays on record, struck through, and leaves the progress chart. Record the right one
          afterwards.
        </Text>
        <Textarea
          label="Why is it wrong?"
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          size="md"
        />
        <FormProblem message={problem} />
        <Button onClick={() => void mark()} loading={busy} disabled={reason.trim().length < 3} size="md">
          Mark entered in error
        </Button>
      </Stack>
    </Modal>
  );
}

function ScoreRow(props: { score: OutcomeScore; canMark: boolean; onMark: (score: OutcomeScore) => void }) {
  const { score, canMark, onMark } = props;
  return (
    <Table.Tr style={score.enteredInError ? { textDecoration: 'line-through' } : undefined}>
      <Table.Td>{calendarDate(score.ratedOn)}</Table.Td>
      <Table.Td>
        {outcomeScales[score.scale].name} · {concernName(score.concern)}
      </Table.Td>
      <Table.Td>{scoreWords(score.scale, score.score)}</Table.Td>
      <Table.Td>
        {timepointWords[score.timepoint]} · {score.ratedByName ?? 'the patient'}
        {score.enteredInError && (
          <Badge color="red" variant="light" ml="xs" style={{ textDecoration: 'none' }}>
            Entered in error: {score.enteredInError.reason}
          </Badge>
        )}
      </Table.Td>
      {canMark && (
        <Table.Td>
          {!score.enteredInError && (
            <Button variant="default" size="sm" mih={44} onClick={() => onMark(score)}>
              Mark entered in error
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
