import { Button } from 'react-aria-components';

/**
 * Newer/older pages of a list the API answers page by page, newest first. Shown only when
 * there is more than one page: not on the first page while it came back short.
 */
export function Pager({
  page,
  pageSize,
  shown,
  onPage,
}: {
  /** The page shown, from 0. */
  page: number;
  pageSize: number;
  /** How many rows the API answered for this page. */
  shown: number;
  onPage: (page: number) => void;
}) {
  const hasOlder = shown === pageSize;
  if (page === 0 && !hasOlder) {
    return null;
  }
  return (
    <div className="pager" role="group" aria-label="Pages">
      <Button
        className="button"
        isDisabled={page === 0}
        onPress={() => {
          onPage(page - 1);
        }}
      >
        Newer
      </Button>
      <span className="muted">Page {page + 1}</span>
      <Button
        className="button"
        isDisabled={!hasOlder}
        onPress={() => {
          onPage(page + 1);
        }}
      >
        Older
      </Button>
    </div>
  );
}
