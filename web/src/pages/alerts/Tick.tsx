import type { ReactNode } from 'react';
import { CheckboxButton, CheckboxField, type CheckboxFieldProps } from 'react-aria-components';

/** A labelled checkbox (React Aria's CheckboxField), alone or inside a CheckboxGroup. */
export function Tick({
  children,
  ...props
}: Omit<CheckboxFieldProps, 'children' | 'className'> & { children: ReactNode }) {
  return (
    <CheckboxField {...props} className="checkbox">
      <CheckboxButton className="checkbox-button">
        {({ isSelected }) => (
          <>
            <span className="checkbox-box" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            {children}
          </>
        )}
      </CheckboxButton>
    </CheckboxField>
  );
}
