import type { TimelineMilestone } from '@corium/contracts';
import { NumberInput, Switch, Table, TextInput } from '@mantine/core';
import { withEnglish } from './timeline-edit';

interface MilestoneEditorProps {
  milestones: readonly TimelineMilestone[];
  onChange: (milestones: TimelineMilestone[]) => void;
}

/** When each everyday thing may resume: the day, whether it moves for deeper work, and its words. */
export function MilestoneEditor({ milestones, onChange }: MilestoneEditorProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Milestone</Table.Th>
            <Table.Th scope="col">From day</Table.Th>
            <Table.Th scope="col">Later after deeper work</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((milestone, index) => (
            <MilestoneRow
              key={milestone.id}
              milestone={milestone}
              onChange={(next) => onChange(milestones.map((m, i) => (i === index ? next : m)))}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface MilestoneRowProps {
  milestone: TimelineMilestone;
  onChange: (milestone: TimelineMilestone) => void;
}

function MilestoneRow({ milestone, onChange }: MilestoneRowProps) {
  const name = milestone.title.en;
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          label="Title"
          value={milestone.title.en}
          onChange={(event) =>
            onChange({ ...milestone, title: withEnglish(milestone.title, event.currentTarget.value) })
          }
        />
        <TextInput
          label="Detail"
          mt="xs"
          value={milestone.detail.en}
          onChange={(event) =>
            onChange({ ...milestone, detail: withEnglish(milestone.detail, event.currentTarget.value) })
          }
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={`${name}: from day`}
          min={0}
          max={42}
          allowDecimal={false}
          w={100}
          value={milestone.day}
          onChange={(value) => typeof value === 'number' && onChange({ ...milestone, day: value })}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          size="md"
          label="Moves later"
          aria-label={`${name}: moves later`}
          checked={milestone.delayable}
          onChange={(event) => onChange({ ...milestone, delayable: event.currentTarget.checked })}
        />
      </Table.Td>
    </Table.Tr>
  );
}
