/**
 * The shapes of the answers the app reads, as the services document them (module READMEs
 * and their OpenAPI examples). Decimals arrive as JSON numbers or strings; read them with
 * `decimal()`.
 */

export type Decimal = number | string;

export type Role = 'VIEWER' | 'OPERATOR' | 'MANAGER' | 'ADMIN';

export interface Membership {
  tenantId: string;
  tenantName: string;
  role: Role;
}

/** GET /api/me (auth-service's /api/auth/v1/me). */
export interface Me {
  id: string;
  email: string;
  name?: string | null;
  activeTenantId: string;
  memberships: Membership[];
}

export interface DateRange {
  from: string;
  to: string;
}

export interface Figure {
  value?: Decimal | null;
  unavailableReason?: string | null;
}

export interface Change {
  base?: Decimal | null;
  current?: Decimal | null;
  absolute?: Decimal | null;
  percent?: Decimal | null;
}

export interface PeriodAggregate {
  revenue: Decimal;
  revenueByCurrency: Record<string, Decimal>;
  revenueWithCost: Decimal;
  grossMargin: Decimal;
  orders: number;
  units: number;
  refunds: Decimal;
  cancellations: number;
}

export interface SalesKpis {
  totals: PeriodAggregate;
  averageOrderValue: Figure;
  grossMarginPercent: Figure;
}

export interface KpiChanges {
  revenue: Change;
  orders: Change;
  units: Change;
  averageOrderValue: Change;
  grossMargin: Change;
  grossMarginPercent: Change;
  refunds: Change;
  cancellations: Change;
}

export interface SalesRow {
  key: string;
  current: SalesKpis;
  previous?: SalesKpis | null;
  lastYear?: SalesKpis | null;
  vsPrevious?: KpiChanges | null;
  vsLastYear?: KpiChanges | null;
  refundedOrders: number;
}

export type SalesGroupBy =
  'total' | 'region' | 'channel' | 'store' | 'sku' | 'day' | 'week' | 'month';

/** GET /api/analytics/v1/sales */
export interface SalesReport {
  from: string;
  to: string;
  groupBy: SalesGroupBy;
  baseCurrency: string;
  periods: { current: DateRange; previous: DateRange; lastYear: DateRange };
  totals: SalesRow;
  rows: SalesRow[];
  topMovers: { up: { key: string; change: Change }[]; down: { key: string; change: Change }[] };
  conversion: {
    currency: string;
    revenue: Decimal;
    unconverted: Decimal;
    ordersAtEarlierRate: number;
  }[];
}

export interface AgeingBuckets {
  current: Decimal;
  days1To30: Decimal;
  days31To60: Decimal;
  days61To90: Decimal;
  over90: Decimal;
  total: Decimal;
  items: number;
}

export interface FxNotes {
  earlierRates: { currency: string; amounts: number; oldestRateDate: string }[];
  notConverted: { item: string; currency: string; amount: Decimal; date: string }[];
  notConvertedCount: number;
}

/** GET /api/analytics/v1/receivables/ageing and /payables/ageing */
export interface AgeingAnswer {
  ageing: {
    type: 'ACCREC' | 'ACCPAY';
    asOf: string;
    baseCurrency: string;
    total: AgeingBuckets;
    totalByCurrency: Record<string, AgeingBuckets>;
    contacts: { contact: { contactId: string; name: string }; buckets: AgeingBuckets }[];
  };
  fx: FxNotes;
}

export interface WorkingCapitalMetric {
  name: string;
  formula: string;
  inputs: { name: string; figure: Figure }[];
  figure: Figure;
}

/** GET /api/analytics/v1/working-capital */
export interface WorkingCapitalAnswer {
  window: DateRange;
  days: number;
  baseCurrency: string;
  metrics: WorkingCapitalMetric[];
  liquidity: {
    asOf: string;
    baseCurrency: string;
    currentRatio: Figure;
    quickRatio: Figure;
  };
  inventoryHistoryFrom?: string | null;
}

export interface CashLine {
  category: string;
  label: string;
  planned: boolean;
  amount: Decimal;
  fxEstimated: boolean;
}

export interface CashWeek {
  number: number;
  start: string;
  end: string;
  opening: Decimal;
  lines: CashLine[];
  inflows: Decimal;
  outflows: Decimal;
  closing: Decimal;
  lowestPoint: Decimal;
  lowestPointDate: string;
  belowThreshold: boolean;
}

export interface CashOutlook {
  asOf: string;
  currency: string;
  openingBalance: Decimal;
  minimumCash: Decimal;
  channelsWithoutPayoutPlan: string[];
  fxEstimated: boolean;
  weeks: CashWeek[];
}

/** GET /api/analytics/v1/cash/outlook */
export interface OutlookReport {
  outlook: CashOutlook;
  notes: {
    unconverted?: { item: string; amount: Decimal; currency: string }[];
    channelsOnDefaultPayoutPlan?: string[];
    approvedPurchasesNote?: string;
  };
}

export interface Scenario {
  demandChangePercent?: number | null;
  monthlyGrowthPercent?: number | null;
  customersPayLaterDays?: number | null;
  supplierTermsChangeDays?: number | null;
  suggestedPurchaseChanges?: { id: string; action: 'DELAY' | 'DROP'; delayDays?: number }[];
  extraLines?: { label: string; date: string; amount: Decimal; direction: 'IN' | 'OUT' }[];
}

export interface WeekFigures {
  opening: Decimal;
  inflows: Decimal;
  outflows: Decimal;
  closing: Decimal;
  lowestPoint: Decimal;
}

export interface OutlookTotals {
  inflows: Decimal;
  outflows: Decimal;
  closing: Decimal;
  lowestPoint: Decimal;
  weeksBelowThreshold: number;
}

/** POST /api/analytics/v1/cash/scenarios:evaluate, GET …/scenarios/{id}/outlook */
export interface ScenarioAnswer {
  name?: string | null;
  scenario: Scenario;
  base: CashOutlook;
  outlook: CashOutlook;
  comparison: {
    weeks: {
      number: number;
      start: string;
      end: string;
      base: WeekFigures;
      scenario: WeekFigures;
      delta: WeekFigures;
      baseBelowThreshold: boolean;
      scenarioBelowThreshold: boolean;
    }[];
    base: OutlookTotals;
    scenario: OutlookTotals;
    delta: OutlookTotals;
  };
}

export interface SavedScenario {
  id: string;
  name: string;
  scenario: Scenario;
  createdAt: string;
  updatedAt: string;
}

/** One plan of GET /api/forecasting/v1/plans */
export interface SkuPlan {
  sku: string;
  locationId: string;
  onHand: number;
  onOrder: number;
  daysOfCover?: number | null;
  projectedStockout?: string | null;
  stockOutWithinLeadTime: boolean;
  quantity: number;
  orderBy: string;
  leadTimeDays: number;
}

export interface PlanList {
  run?: string | null;
  historyEnd?: string | null;
  plans: SkuPlan[];
}

/** One suggestion of GET /api/forecasting/v1/suggestions */
export interface Suggestion {
  id: string;
  sku: string;
  locationId: string;
  quantity: number;
  currency?: string | null;
  orderValue?: Decimal | null;
  requiresApproval: boolean;
  approvalReason?: string | null;
  status: string;
  orderBy: string;
  projectedStockout?: string | null;
  createdAt: string;
}

export function decimal(value: Decimal | null | undefined): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}
