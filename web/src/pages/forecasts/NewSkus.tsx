import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { Analogue } from './Analogue';

/**
 * Analogues for a SKU that has started selling but is not in a run yet (or has too little
 * history to forecast well): every series of the SKU (`sku:all:all`) is fitted on them.
 */
export function NewSkus() {
  const [typed, setTyped] = useState('');
  const [sku, setSku] = useState<string | undefined>();
  return (
    <>
      <Form
        className="scenario-form"
        aria-label="Find a SKU's analogues"
        onSubmit={(event) => {
          event.preventDefault();
          setSku(typed.trim() === '' ? undefined : typed.trim());
        }}
      >
        <TextField className="field" value={typed} onChange={setTyped} isRequired>
          <Label>New SKU</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button">
          Show its analogues
        </Button>
      </Form>
      {sku !== undefined && <Analogue key={sku} seriesKey={`${sku}:all:all`} />}
    </>
  );
}
