import { queryOptions } from '@tanstack/react-query';
import { api } from './http';
import type { Decimal } from './types';

/**
 * Inventory planning as forecasting-service answers it (`/api/forecasting/v1/plans`,
 * `/suggestions`, `/planning/service-levels`): the shapes of its records `PlanList`,
 * `SkuPlan`, `Suggestion` and `ServiceLevels`.
 */

const BASE = '/api/forecasting/v1';

export type SkuClass = 'A' | 'B' | 'C';

export interface Supplier {
  supplierId: string;
  code?: string | null;
  name: string;
}

/** A SKU's reorder plan at one location with every number it is computed from. */
export interface ReorderPlan {
  sku: string;
  skuClass: SkuClass;
  skuClassBasis: string;
  locationId: string;
  locationType?: string | null;
  pooledLocations: string[];
  demandSource: string;
  weeklyDemand: number[];
  leadTimeDays: number;
  leadTimeSource: string;
  reviewPeriodDays: number;
  serviceLevel: number;
  z: number;
  weeklyErrorSigma: number;
  leadTimeSigma: number;
  demandOverLeadTime: number;
  demandOverReviewPeriod: number;
  safetyStock: number;
  reorderPoint: number;
  onHand: number;
  onOrder: number;
  daysOfCover?: number | null;
  projectedStockout?: string | null;
  stockOutWithinLeadTime: boolean;
  rawQuantity: number;
  moq: number;
  casePack: number;
  quantity: number;
  unitCost?: Decimal | null;
  currency?: string | null;
  orderValue?: Decimal | null;
  orderBy: string;
  expectedArrival: string;
  supplier?: Supplier | null;
}

export interface ReorderPlans {
  run?: string | null;
  historyEnd?: string | null;
  plans: ReorderPlan[];
}

export const SUGGESTION_STATUSES = [
  'open',
  'approved',
  'executed',
  'rejected',
  'superseded',
  'withdrawn',
] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface Decision {
  outcome: 'approved' | 'rejected';
  by: string;
  email?: string | null;
  at: string;
  reason: string;
}

export interface Execution {
  by: string;
  email?: string | null;
  at: string;
  note?: string | null;
}

/** A suggested purchase order: the plan it came from, its arithmetic in words, the decisions. */
export interface PurchaseSuggestion {
  id: string;
  run: string;
  sku: string;
  locationId: string;
  quantity: number;
  unitCost?: Decimal | null;
  currency?: string | null;
  orderValue?: Decimal | null;
  requiresApproval: boolean;
  approvalReason: string;
  status: SuggestionStatus;
  orderBy: string;
  expectedArrival: string;
  projectedStockout?: string | null;
  explanation: Partial<ReorderPlan> & { steps?: string[] };
  createdAt: string;
  decision?: Decision | null;
  execution?: Execution | null;
}

export interface ServiceLevels {
  defaultLevel: number;
  classes: Record<SkuClass, number>;
  setByTenant: SkuClass[];
}

export const reorderPlansQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'plans', 'full'],
    queryFn: ({ signal }) => api<ReorderPlans>(`${BASE}/plans`, { signal }),
  });

export const suggestionsQuery = (status: SuggestionStatus | 'all') =>
  queryOptions({
    queryKey: ['forecasting', 'suggestions', { status, limit: 1000 }],
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ limit: '1000' });
      if (status !== 'all') {
        query.set('status', status);
      }
      return api<PurchaseSuggestion[]>(`${BASE}/suggestions?${query.toString()}`, { signal });
    },
  });

export const serviceLevelsQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'service-levels'],
    queryFn: ({ signal }) => api<ServiceLevels>(`${BASE}/planning/service-levels`, { signal }),
  });

export type SuggestionAction = 'approve' | 'reject' | 'execute';

export function decideSuggestion(id: string, action: SuggestionAction, reason: string) {
  const trimmed = reason.trim();
  return api<PurchaseSuggestion>(`${BASE}/suggestions/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body: action === 'execute' && trimmed === '' ? {} : { reason: trimmed },
  });
}

/** Sets the classes given; null puts a class back on the service's default. */
export function putServiceLevels(levels: Partial<Record<SkuClass, number | null>>) {
  return api<ServiceLevels>(`${BASE}/planning/service-levels`, { method: 'PUT', body: levels });
}

/** A stock location and the sales regions it serves (empty: pooled with the others). */
export interface StockLocation {
  locationId: string;
  locationType?: string | null;
  regions: string[];
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export const locationsQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'locations'],
    queryFn: ({ signal }) => api<StockLocation[]>(`${BASE}/locations`, { signal }),
  });

export function putLocationRegions(locationId: string, regions: string[]) {
  return api<StockLocation>(`${BASE}/locations/${encodeURIComponent(locationId)}/regions`, {
    method: 'PUT',
    body: { regions },
  });
}
