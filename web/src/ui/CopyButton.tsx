import { useState } from 'react';
import { Button } from 'react-aria-components';

/**
 * Copies a value to the clipboard and says so (to screen readers too). Where the browser
 * refuses (no permission, not a secure context) it says to copy by hand; the value stays on
 * screen for that.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy-button">
      <Button
        className="button"
        onPress={() => {
          navigator.clipboard.writeText(value).then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className="muted">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying was refused; select and copy it by hand.'
            : ''}
      </span>
    </span>
  );
}
