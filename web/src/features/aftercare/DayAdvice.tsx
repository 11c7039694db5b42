import type { TimelineDay } from '@corium/contracts';
import { List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';

interface DayAdviceProps {
  day: TimelineDay;
  /** Heading level of "Do" and "Avoid" inside the page's outline. */
  headingOrder: 3 | 4;
}

/** A day's "what to expect", "do" and "avoid", with ticks and crosses that the headings also say. */
export function DayAdvice({ day, headingOrder }: DayAdviceProps) {
  return (
    <Stack gap="md">
      <Text>{day.expected}</Text>
      {day.do.length > 0 && <AdviceList title="Do" items={day.do} headingOrder={headingOrder} good />}
      {day.avoid.length > 0 && (
        <AdviceList title="Avoid" items={day.avoid} headingOrder={headingOrder} good={false} />
      )}
    </Stack>
  );
}

interface AdviceListProps {
  title: string;
  items: readonly string[];
  headingOrder: 3 | 4;
  good: boolean;
}

function AdviceList({ title, items, headingOrder, good }: AdviceListProps) {
  return (
    <Stack gap="xs">
      <Title order={headingOrder} size="h5">
        {title}
      </Title>
      <List
        spacing="xs"
        center
        icon={
          <ThemeIcon size={24} radius="xl" color={good ? 'green.8' : 'red.9'} variant="light">
            {good ? <IconCheck size={16} aria-hidden="true" /> : <IconX size={16} aria-hidden="true" />}
          </ThemeIcon>
        }
      >
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
