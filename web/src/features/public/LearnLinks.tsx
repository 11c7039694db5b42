import { Anchor, List, Text, Title } from '@mantine/core';
import { learnLinks } from './microneedling-facts';

/** The home page's way into the public learning pages. */
export function LearnLinks() {
  return (
    <>
      <Title order={2} id="learn-heading" mt={48} mb="sm">
        Learn and decide
      </Title>
      <Text mb="sm">
        Honest answers, each with its source, to help you choose what is right for your skin.
      </Text>
      <List spacing="xs" aria-labelledby="learn-heading">
        {learnLinks.map((link) => (
          <List.Item key={link.href}>
            {/* Server-rendered pages: a plain link, so the browser loads them from the server. */}
            <Anchor href={link.href}>{link.label}</Anchor>
          </List.Item>
        ))}
      </List>
    </>
  );
}
