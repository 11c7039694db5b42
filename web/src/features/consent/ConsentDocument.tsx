import { Fragment } from 'react';
import { parseConsentText, type ConsentBlock, type TextRun } from '@corium/contracts';
import { List, Stack, Text, Title, type TitleOrder } from '@mantine/core';

/**
 * The canonical text the server renders (and hashes, and prints) is the title, a blank line,
 * then the filled-in body; the title is shown as the document's heading.
 */
export function splitDocument(text: string): { title: string; body: string } {
  const end = text.indexOf('\n\n');
  return end < 0
    ? { title: text.trim(), body: '' }
    : { title: text.slice(0, end), body: text.slice(end + 2) };
}

/** Text only: the markup's bold spans become <strong>, nothing is ever read as HTML. */
function Runs({ runs }: { runs: TextRun[] }) {
  return runs.map((run, i) => (
    <Fragment key={i}>{run.bold ? <strong>{run.text}</strong> : run.text}</Fragment>
  ));
}

const nextOrder = (order: TitleOrder): TitleOrder => Math.min(order + 1, 6) as TitleOrder;

function Block({ block, headingOrder }: { block: ConsentBlock; headingOrder: TitleOrder }) {
  switch (block.kind) {
    case 'heading': {
      const order = block.level === 1 ? headingOrder : nextOrder(headingOrder);
      return (
        <Title order={order} size={block.level === 1 ? 'h3' : 'h4'} mt="sm">
          <Runs runs={block.runs} />
        </Title>
      );
    }
    case 'paragraph':
      return (
        <Text lh={1.6}>
          <Runs runs={block.runs} />
        </Text>
      );
    case 'bullets':
      return (
        <List spacing={6} lh={1.6} pl={4} withPadding>
          {block.items.map((item, i) => (
            <List.Item key={i}>
              <Runs runs={item} />
            </List.Item>
          ))}
        </List>
      );
  }
}

interface ConsentDocumentProps {
  /** The document's title, shown as its main heading. */
  title: string;
  /** The body in the consent markup, placeholders already filled in. */
  body: string;
  /** The level of the title; the markup's headings come below it. */
  titleOrder?: TitleOrder;
}

/**
 * A consent document as the patient reads it: the same parser builds the PDF, so headings,
 * paragraphs, lists and bold words appear here exactly as they will be printed and signed.
 */
export function ConsentDocument({ title, body, titleOrder = 2 }: ConsentDocumentProps) {
  const blocks = parseConsentText(body);
  const inner = nextOrder(titleOrder);
  return (
    <Stack gap="sm" maw="70ch">
      <Title order={titleOrder}>{title}</Title>
      {blocks.map((block, i) => (
        <Block key={i} block={block} headingOrder={inner} />
      ))}
    </Stack>
  );
}
