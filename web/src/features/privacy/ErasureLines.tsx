import type { ErasureLine } from '@corium/contracts';
import { Table, Text } from '@mantine/core';
import { countText, outcomeLabels } from './privacy-words';

/** Each kind of data: deleted, withdrawn or kept, how many rows, and why. */
export function ErasureLines({ lines, caption }: { lines: ErasureLine[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Data</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Rows</Table.Th>
            <Table.Th scope="col">Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.category}>
              <Table.Th scope="row" fw={500}>
                {line.label}
              </Table.Th>
              <Table.Td>
                <Text fw={600} size="sm" c={line.outcome === 'kept' ? undefined : 'red.8'}>
                  {outcomeLabels[line.outcome]}
                </Text>
              </Table.Td>
              <Table.Td>{countText(line)}</Table.Td>
              <Table.Td>
                <Text size="sm">{line.why}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
