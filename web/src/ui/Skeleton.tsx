/** A placeholder of the size of what is loading, so nothing jumps when it arrives. */
export function Skeleton({ height = '1rem', width = '100%' }: { height?: string; width?: string }) {
  return <span className="skeleton" aria-hidden="true" style={{ height, width }} />;
}

export function LoadingRegion({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-live="polite" className="loading-region">
      <span className="visually-hidden">Loading {label}…</span>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} height="1.25rem" width={`${String(90 - index * 12)}%`} />
      ))}
    </div>
  );
}
