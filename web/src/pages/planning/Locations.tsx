import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { locationsQuery, putLocationRegions, type StockLocation } from '../../api/planning';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

function served(location: StockLocation): string {
  if (location.locationType === 'AMAZON_FBA') {
    return 'its Amazon marketplace';
  }
  return location.regions.length === 0 ? 'pooled with the others' : location.regions.join(', ');
}

function RegionsForm({ location }: { location: StockLocation }) {
  const client = useQueryClient();
  const [regions, setRegions] = useState(location.regions.join(', '));
  const save = useMutation({
    mutationFn: () =>
      putLocationRegions(
        location.locationId,
        regions
          .split(',')
          .map((region) => region.trim())
          .filter((region) => region !== ''),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: locationsQuery().queryKey }),
        client.invalidateQueries({ queryKey: ['forecasting', 'plans'] }),
      ]),
  });
  return (
    <Form
      className="scenario-form"
      aria-label={`Regions of ${location.locationId}`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <TextField className="field" value={regions} onChange={setRegions}>
        <Label>Regions {location.locationId} serves (comma-separated; empty pools it)</Label>
        <Input />
      </TextField>
      <Button type="submit" className="button" isPending={save.isPending}>
        Save regions
      </Button>
      {save.isError && <ErrorPanel title="The regions were not saved" error={save.error} />}
    </Form>
  );
}

/** Which demand each location is planned for; a manager sets the regions a warehouse serves. */
export function Locations() {
  const me = useMe();
  const locations = useQuery(locationsQuery());
  const title = 'Locations';
  if (locations.isPending) {
    return (
      <Card title={title}>
        <LoadingRegion label="the locations" lines={3} />
      </Card>
    );
  }
  if (locations.isError) {
    return (
      <Card title={title}>
        <ErrorPanel
          title="The locations are not available"
          error={locations.error}
          onRetry={() => void locations.refetch()}
        />
      </Card>
    );
  }
  const editable = locations.data.filter((location) => location.locationType !== 'AMAZON_FBA');
  return (
    <Card title={title}>
      {locations.data.length === 0 ? (
        <p>No stock location is known yet.</p>
      ) : (
        <table className="compact">
          <caption className="visually-hidden">Stock locations and the demand they serve</caption>
          <thead>
            <tr>
              <th scope="col">Location</th>
              <th scope="col">Type</th>
              <th scope="col">Serves</th>
            </tr>
          </thead>
          <tbody>
            {locations.data.map((location) => (
              <tr key={location.locationId}>
                <th scope="row">{location.locationId}</th>
                <td>{location.locationType ?? '—'}</td>
                <td>{served(location)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasRole(me, 'MANAGER') &&
        editable.map((location) => <RegionsForm key={location.locationId} location={location} />)}
    </Card>
  );
}
