import { Button, CopyButton, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface CopyTextButtonProps extends Omit<ButtonProps, 'children' | 'leftSection'> {
  text: string;
  label: string;
}

/** Copies `text` to the clipboard and says so, on screen and to screen readers. */
export function CopyTextButton({ text, label, ...buttonProps }: CopyTextButtonProps) {
  return (
    <CopyButton value={text} timeout={3000}>
      {({ copied, copy }) => (
        <>
          <Button
            variant="default"
            {...buttonProps}
            leftSection={
              copied ? <IconCheck size={18} aria-hidden="true" /> : <IconCopy size={18} aria-hidden="true" />
            }
            onClick={copy}
          >
            {copied ? 'Copied' : label}
          </Button>
          <VisuallyHidden role="status">{copied ? 'Copied to the clipboard' : ''}</VisuallyHidden>
        </>
      )}
    </CopyButton>
  );
}
