import type { PurchaseSuggestion, ReorderPlan, ServiceLevels } from '../../api/planning';

/** Answers shaped as forecasting-service's records serialise them. */

export function reorderPlan(overrides: Partial<ReorderPlan> = {}): ReorderPlan {
  return {
    sku: 'GIN-70',
    skuClass: 'A',
    skuClassBasis: 'forecast value',
    locationId: 'leith',
    locationType: 'WAREHOUSE',
    pooledLocations: ['leith'],
    demandSource: 'regions UK, EU',
    weeklyDemand: [40, 42, 41],
    leadTimeDays: 14,
    leadTimeSource: 'product',
    reviewPeriodDays: 7,
    serviceLevel: 0.95,
    z: 1.645,
    weeklyErrorSigma: 8,
    leadTimeSigma: 11.31,
    demandOverLeadTime: 82,
    demandOverReviewPeriod: 41,
    safetyStock: 18.6,
    reorderPoint: 100.6,
    onHand: 60,
    onOrder: 0,
    daysOfCover: 10.2,
    projectedStockout: '2026-12-17',
    stockOutWithinLeadTime: true,
    rawQuantity: 81.6,
    moq: 50,
    casePack: 12,
    quantity: 84,
    unitCost: 12.5,
    currency: 'GBP',
    orderValue: 1050,
    orderBy: '2026-12-07',
    expectedArrival: '2026-12-21',
    supplier: { supplierId: 's-1', code: 'HIGH', name: 'Highland Spirits' },
    ...overrides,
  };
}

export function suggestion(overrides: Partial<PurchaseSuggestion> = {}): PurchaseSuggestion {
  return {
    id: '7b0c1a2e-0000-4000-8000-000000000001',
    run: '11111111-0000-4000-8000-000000000001',
    sku: 'GIN-70',
    locationId: 'leith',
    quantity: 84,
    unitCost: 12.5,
    currency: 'GBP',
    orderValue: 125000,
    requiresApproval: true,
    approvalReason: "The order's value 125000.00 GBP exceeds the approval threshold of 100000.",
    status: 'open',
    orderBy: '2026-12-07',
    expectedArrival: '2026-12-21',
    projectedStockout: '2026-12-17',
    explanation: {
      ...reorderPlan(),
      steps: [
        'Demand over the 14-day lead time (product): 82 units, from the regions UK, EU forecast.',
        'Reorder point: 82 + 18.6 = 100.6 units.',
        'Need: reorder point 100.6 + demand over the 7-day review period 41 - on hand 60 - on order 0 = 81.6 units.',
      ],
    },
    createdAt: '2026-12-07T06:01:00Z',
    decision: null,
    execution: null,
    ...overrides,
  };
}

export function serviceLevels(overrides: Partial<ServiceLevels> = {}): ServiceLevels {
  return {
    defaultLevel: 0.95,
    classes: { A: 0.98, B: 0.95, C: 0.95 },
    setByTenant: ['A'],
    ...overrides,
  };
}
