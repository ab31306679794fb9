import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, NumberField, TextField } from 'react-aria-components';
import { analogueQuery, chooseAnalogue, dropAnalogue } from '../../api/forecasts';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { count } from '../../format/format';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

/**
 * The service's default `sentia.forecasting.controls.analogue-min-weeks`; the API does not
 * say which value is in force, so the page names it as the default.
 */
const MIN_WEEKS = 26;

/**
 * Analogue SKUs for a new series or SKU: while it has little history of its own, runs fit
 * it on the analogues' demand in the same channel and region, times a scale.
 */
export function Analogue({
  seriesKey,
  historyWeeks,
}: {
  seriesKey: string;
  historyWeeks?: number;
}) {
  const me = useMe();
  const client = useQueryClient();
  const choice = useQuery(analogueQuery(seriesKey));
  const [skus, setSkus] = useState('');
  const [scale, setScale] = useState(1);
  const refresh = () => client.invalidateQueries({ queryKey: analogueQuery(seriesKey).queryKey });
  const choose = useMutation({
    mutationFn: () =>
      chooseAnalogue(
        seriesKey,
        skus
          .split(',')
          .map((sku) => sku.trim())
          .filter((sku) => sku !== ''),
        scale,
      ),
    onSuccess: async () => {
      setSkus('');
      await refresh();
    },
  });
  const drop = useMutation({ mutationFn: () => dropAnalogue(seriesKey), onSuccess: refresh });
  const isSku = seriesKey.endsWith(':all:all');
  return (
    <Card title={isSku ? `Analogue SKUs for ${seriesKey.slice(0, -8)}` : 'Analogue SKUs'}>
      <p className="muted">
        While {isSku ? 'a series of this SKU' : 'this series'} has fewer weeks since its first sale
        than the service's setting ({MIN_WEEKS} unless changed), each run forecasts it from the
        analogues’ demand in the same channel and region, times the scale.
        {historyWeeks !== undefined && ` This series has ${count(historyWeeks)} weeks of history.`}
      </p>
      {choice.isPending ? (
        <LoadingRegion label="the analogue" lines={2} />
      ) : choice.isError ? (
        <ErrorPanel
          title="The analogue is not available"
          error={choice.error}
          onRetry={() => void choice.refetch()}
        />
      ) : choice.data === null ? (
        <p>No analogue chosen.</p>
      ) : (
        <p>
          Forecast from {choice.data.analogueSkus.join(', ')} × {count(choice.data.scale, 2)}{' '}
          <span className="muted">
            (chosen by {choice.data.updatedBy}, {new Date(choice.data.updatedAt).toLocaleString()})
          </span>
        </p>
      )}
      {hasRole(me, 'OPERATOR') && (
        <Form
          className="scenario-form"
          aria-label="Choose analogues"
          onSubmit={(event) => {
            event.preventDefault();
            choose.mutate();
          }}
        >
          <TextField className="field" value={skus} onChange={setSkus} isRequired>
            <Label>Analogue SKUs (comma-separated)</Label>
            <Input />
          </TextField>
          <NumberField
            className="field"
            value={scale}
            onChange={setScale}
            minValue={0.01}
            maxValue={1000}
            step={0.01}
          >
            <Label>Scale</Label>
            <Input />
          </NumberField>
          <Button type="submit" className="button button-primary" isPending={choose.isPending}>
            Use these analogues
          </Button>
          {choice.data != null && (
            <Button
              className="button"
              isPending={drop.isPending}
              onPress={() => {
                drop.mutate();
              }}
            >
              Stop using analogues
            </Button>
          )}
        </Form>
      )}
      {choose.isError && <ErrorPanel title="The analogues were refused" error={choose.error} />}
      {drop.isError && <ErrorPanel title="The analogues were not removed" error={drop.error} />}
    </Card>
  );
}
