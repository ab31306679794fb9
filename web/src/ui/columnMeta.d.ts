import '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // The generic parameters must match TanStack's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TFeatures, TData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
  }
}
