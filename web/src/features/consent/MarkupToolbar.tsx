import type { RefObject } from 'react';
import { consentPlaceholders } from '@corium/contracts';
import { Button, Group, Menu } from '@mantine/core';
import {
  IconBold,
  IconBraces,
  IconChevronDown,
  IconH1,
  IconH2,
  IconList,
  type Icon,
} from '@tabler/icons-react';
import { insertAt, markBold, markLines, placeholderWords, type Edit } from './template-markup';

interface MarkupToolbarProps {
  /** The textarea the buttons write into. */
  target: RefObject<HTMLTextAreaElement | null>;
  textareaId: string;
  onEdit: (text: string) => void;
}

type Change = (edit: Edit) => Edit;

const tools: { label: string; icon: Icon; change: Change }[] = [
  { label: 'Heading', icon: IconH1, change: (edit) => markLines(edit, '# ') },
  { label: 'Subheading', icon: IconH2, change: (edit) => markLines(edit, '## ') },
  { label: 'Bullet', icon: IconList, change: (edit) => markLines(edit, '- ') },
  { label: 'Bold', icon: IconBold, change: markBold },
];

/**
 * Buttons that write the consent markup into the body, so nobody has to remember it. The
 * textarea stays the truth: what the buttons write can also be typed.
 */
export function MarkupToolbar({ target, textareaId, onEdit }: MarkupToolbarProps) {
  function apply(change: Change) {
    const area = target.current;
    if (!area) return;
    const next = change({ text: area.value, start: area.selectionStart, end: area.selectionEnd });
    onEdit(next.text);
    // After React has written the new text, put the selection back where the change left it.
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.start, next.end);
    });
  }

  const common = { variant: 'default', size: 'sm', 'aria-controls': textareaId } as const;
  return (
    <Group gap={6} role="group" aria-label="Formatting">
      {tools.map(({ label, icon: ToolIcon, change }) => (
        <Button
          key={label}
          {...common}
          leftSection={<ToolIcon size={18} aria-hidden="true" />}
          onClick={() => apply(change)}
        >
          {label}
        </Button>
      ))}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            {...common}
            leftSection={<IconBraces size={18} aria-hidden="true" />}
            rightSection={<IconChevronDown size={16} aria-hidden="true" />}
          >
            Insert placeholder
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {consentPlaceholders.map((name) => (
            <Menu.Item key={name} onClick={() => apply((edit) => insertAt(edit, `{{${name}}}`))}>
              {placeholderWords[name]} <code>{`{{${name}}}`}</code>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
