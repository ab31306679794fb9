import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Form, Input, Label, NumberField, TextField } from 'react-aria-components';
import { api } from '../../api/http';
import { savedScenariosQuery } from '../../api/queries';
import { decimal, type SavedScenario, type Scenario, type ScenarioAnswer } from '../../api/types';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { EChart } from '../../charts/EChart';
import { date, money, shortDate } from '../../format/format';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';

const FIELDS: { key: keyof Scenario; label: string; unit: string; min: number; max: number }[] = [
  { key: 'demandChangePercent', label: 'Demand change', unit: '%', min: -100, max: 1000 },
  { key: 'monthlyGrowthPercent', label: 'Monthly growth', unit: '% a month', min: -100, max: 100 },
  {
    key: 'customersPayLaterDays',
    label: 'Customers pay later by',
    unit: 'days',
    min: -365,
    max: 365,
  },
  {
    key: 'supplierTermsChangeDays',
    label: 'Supplier terms change',
    unit: 'days',
    min: -365,
    max: 365,
  },
];

type Levers = Record<string, number>;

function scenarioOf(levers: Levers): Scenario {
  const scenario: Scenario = {};
  for (const field of FIELDS) {
    const value = levers[field.key];
    if (value !== undefined && !Number.isNaN(value) && value !== 0) {
      (scenario as Record<string, number>)[field.key] = value;
    }
  }
  return scenario;
}

function comparisonChart(answer: ScenarioAnswer) {
  const weeks = answer.comparison.weeks;
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: {
      type: 'category',
      data: weeks.map((week) => `W${String(week.number)} ${shortDate(week.start)}`),
    },
    yAxis: { type: 'value', name: answer.base.currency },
    series: [
      {
        type: 'line',
        name: 'Base case',
        data: weeks.map((week) => decimal(week.base.closing) ?? 0),
      },
      {
        type: 'line',
        name: answer.name ?? 'Scenario',
        data: weeks.map((week) => decimal(week.scenario.closing) ?? 0),
        markLine: {
          symbol: 'none',
          label: { formatter: 'Minimum cash' },
          data: [{ yAxis: decimal(answer.base.minimumCash) ?? 0 }],
        },
      },
    ],
  };
}

function Comparison({ answer }: { answer: ScenarioAnswer }) {
  const option = useMemo(() => comparisonChart(answer), [answer]);
  const currency = answer.base.currency;
  const { base, scenario, delta } = answer.comparison;
  return (
    <>
      <EChart
        option={option}
        label="Closing balance, base case against the scenario"
        height={300}
      />
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Base case and scenario side by side"
      >
        <table className="compact">
          <caption className="visually-hidden">
            Closing balance per week, base case and scenario
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col" className="numeric">
                Base closing
              </th>
              <th scope="col" className="numeric">
                Scenario closing
              </th>
              <th scope="col" className="numeric">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.comparison.weeks.map((week) => (
              <tr
                key={week.number}
                className={week.scenarioBelowThreshold ? 'below-threshold' : undefined}
              >
                <th scope="row">
                  {week.number}: {date(week.start)}
                </th>
                <td className="numeric">{money(week.base.closing, currency)}</td>
                <td className="numeric">{money(week.scenario.closing, currency)}</td>
                <td className="numeric">{money(week.delta.closing, currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Weeks below minimum</th>
              <td className="numeric">{base.weeksBelowThreshold}</td>
              <td className="numeric">{scenario.weeksBelowThreshold}</td>
              <td className="numeric">{delta.weeksBelowThreshold}</td>
            </tr>
            <tr>
              <th scope="row">Lowest point</th>
              <td className="numeric">{money(base.lowestPoint, currency)}</td>
              <td className="numeric">{money(scenario.lowestPoint, currency)}</td>
              <td className="numeric">{money(delta.lowestPoint, currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** What-if levers on the 13-week outlook, evaluated by the API beside the base case. */
export function Scenarios() {
  const me = useMe();
  const client = useQueryClient();
  const [levers, setLevers] = useState<Levers>({});
  const [name, setName] = useState('');
  const saved = useQuery(savedScenariosQuery());
  const evaluate = useMutation({
    mutationFn: (scenario: Scenario) =>
      api<ScenarioAnswer>('/api/analytics/v1/cash/scenarios:evaluate', {
        method: 'POST',
        body: scenario,
      }),
  });
  const [openId, setOpenId] = useState<string | undefined>();
  const open = useQuery({
    queryKey: ['analytics', 'cash', 'scenarios', openId, 'outlook'],
    queryFn: ({ signal }) =>
      api<ScenarioAnswer>(
        `/api/analytics/v1/cash/scenarios/${encodeURIComponent(openId ?? '')}/outlook`,
        {
          signal,
        },
      ),
    enabled: openId !== undefined,
  });
  const save = useMutation({
    mutationFn: (body: { name: string; scenario: Scenario }) =>
      api<SavedScenario>('/api/analytics/v1/cash/scenarios', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: savedScenariosQuery().queryKey }),
  });
  const answer = openId !== undefined ? open.data : evaluate.data;
  const failure = openId !== undefined ? open.error : evaluate.error;

  return (
    <Card title="Scenarios" wide>
      <Form
        className="scenario-form"
        onSubmit={(event) => {
          event.preventDefault();
          setOpenId(undefined);
          evaluate.mutate(scenarioOf(levers));
        }}
      >
        {FIELDS.map((field) => (
          <NumberField
            key={field.key}
            className="field"
            minValue={field.min}
            maxValue={field.max}
            value={levers[field.key] ?? 0}
            onChange={(value) => {
              setLevers((previous) => ({ ...previous, [field.key]: value }));
            }}
          >
            <Label>
              {field.label} ({field.unit})
            </Label>
            <Input />
          </NumberField>
        ))}
        <Button type="submit" className="button button-primary" isPending={evaluate.isPending}>
          Compare with the base case
        </Button>
      </Form>
      {hasRole(me, 'MANAGER') && (
        <Form
          className="scenario-form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ name, scenario: scenarioOf(levers) });
          }}
        >
          <TextField className="field" value={name} onChange={setName} isRequired maxLength={100}>
            <Label>Save these levers as</Label>
            <Input />
          </TextField>
          <Button type="submit" className="button" isPending={save.isPending}>
            Save scenario
          </Button>
          {save.isError && <ErrorPanel title="The scenario was not saved" error={save.error} />}
          {save.isSuccess && <p role="status">Saved “{save.data.name}”.</p>}
        </Form>
      )}
      {saved.isSuccess && saved.data.length > 0 && (
        <div className="saved-scenarios">
          <h3>Saved scenarios</h3>
          <ul className="plain-list">
            {saved.data.map((scenario) => (
              <li key={scenario.id}>
                <Button
                  className="button button-quiet"
                  onPress={() => {
                    evaluate.reset();
                    setOpenId(scenario.id);
                  }}
                >
                  {scenario.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saved.isError && (
        <ErrorPanel title="Saved scenarios are not available" error={saved.error} />
      )}
      {failure !== null && (
        <ErrorPanel title="The scenario could not be evaluated" error={failure} />
      )}
      {answer !== undefined && <Comparison answer={answer} />}
    </Card>
  );
}
