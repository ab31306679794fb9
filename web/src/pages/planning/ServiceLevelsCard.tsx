import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, NumberField } from 'react-aria-components';
import {
  putServiceLevels,
  reorderPlansQuery,
  serviceLevelsQuery,
  type ServiceLevels,
  type SkuClass,
} from '../../api/planning';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { count, percent } from '../../format/format';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

const CLASSES: { id: SkuClass; meaning: string }[] = [
  { id: 'A', meaning: 'the SKUs making the first 80% of forecast value' },
  { id: 'B', meaning: 'the next 15%' },
  { id: 'C', meaning: 'the rest' },
];

/** A manager's levels in percent; the API takes fractions (95% → 0.95). */
function LevelsForm({ levels }: { levels: ServiceLevels }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Partial<Record<SkuClass, number>>>({});
  const save = useMutation({
    mutationFn: putServiceLevels,
    onSuccess: async () => {
      setDraft({});
      await Promise.all([
        client.invalidateQueries({ queryKey: serviceLevelsQuery().queryKey }),
        client.invalidateQueries({ queryKey: ['forecasting', 'plans'] }),
      ]);
    },
  });
  const changed = Object.entries(draft).filter(([, value]) => !Number.isNaN(value));
  return (
    <Form
      className="scenario-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          Object.fromEntries(
            changed.map(([skuClass, value]) => [skuClass, Math.round(value * 100) / 10000]),
          ),
        );
      }}
    >
      {CLASSES.map(({ id }) => (
        <NumberField
          key={id}
          className="field"
          minValue={50}
          maxValue={99.99}
          step={0.01}
          value={draft[id] ?? levels.classes[id] * 100}
          onChange={(value) => {
            setDraft((previous) => ({ ...previous, [id]: value }));
          }}
        >
          <Label>Class {id} service level (%)</Label>
          <Input />
        </NumberField>
      ))}
      <Button
        type="submit"
        className="button button-primary"
        isDisabled={changed.length === 0}
        isPending={save.isPending}
      >
        Save service levels
      </Button>
      {levels.setByTenant.length > 0 && (
        <Button
          className="button"
          onPress={() => {
            save.mutate(Object.fromEntries(levels.setByTenant.map((id) => [id, null])));
          }}
        >
          Back to the default ({percent(levels.defaultLevel * 100)})
        </Button>
      )}
      {save.isError && <ErrorPanel title="The levels were not saved" error={save.error} />}
    </Form>
  );
}

/** The service level each ABC class is planned for, and how many plans fall in each. */
export function ServiceLevelsCard() {
  const me = useMe();
  const levels = useQuery(serviceLevelsQuery());
  const plans = useQuery(reorderPlansQuery());
  const title = 'Service levels per SKU class';
  if (levels.isPending) {
    return (
      <Card title={title}>
        <LoadingRegion label="the service levels" lines={4} />
      </Card>
    );
  }
  if (levels.isError) {
    return (
      <Card title={title}>
        <ErrorPanel
          title="Service levels are not available"
          error={levels.error}
          onRetry={() => void levels.refetch()}
        />
      </Card>
    );
  }
  const skus = (skuClass: SkuClass) =>
    plans.data === undefined
      ? undefined
      : new Set(plans.data.plans.filter((plan) => plan.skuClass === skuClass).map((p) => p.sku))
          .size;
  return (
    <Card title={title}>
      <table className="compact">
        <caption className="visually-hidden">Service level per SKU class</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col" className="numeric">
              Service level
            </th>
            <th scope="col">Set by</th>
            <th scope="col" className="numeric">
              SKUs
            </th>
          </tr>
        </thead>
        <tbody>
          {CLASSES.map(({ id, meaning }) => (
            <tr key={id}>
              <th scope="row">
                {id} <span className="muted">({meaning})</span>
              </th>
              <td className="numeric">{percent(levels.data.classes[id] * 100)}</td>
              <td>{levels.data.setByTenant.includes(id) ? 'your tenant' : 'default'}</td>
              <td className="numeric">{count(skus(id))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasRole(me, 'MANAGER') && <LevelsForm levels={levels.data} />}
    </Card>
  );
}
