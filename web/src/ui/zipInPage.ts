import {
  zipSync,
  type AsyncZipOptions,
  type AsyncZippable,
  type FlateCallback,
  type FlateError,
} from 'fflate';

// Everything else write-excel-file takes from fflate (strToU8 …) is fflate's own.
export * from 'fflate';

/**
 * fflate's `zip` for write-excel-file, compressing on the page's own thread. The real one
 * hands files over 160 KB to a Web Worker it starts from a blob: URL, which the gateway's
 * Content-Security-Policy (default-src 'self') refuses, so a large table's XLSX would fail.
 * vite.config.ts points write-excel-file's imports of `fflate` here; a table of thousands of
 * rows still zips in well under a second.
 */
export function zip(
  data: AsyncZippable,
  optionsOrCallback: AsyncZipOptions | FlateCallback,
  maybeCallback?: FlateCallback,
): void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  if (callback === undefined) {
    throw new TypeError('zip needs a callback');
  }
  let archive: Uint8Array<ArrayBuffer>;
  try {
    archive = zipSync(data, options);
  } catch (error) {
    callback(error as FlateError, new Uint8Array(0));
    return;
  }
  callback(null, archive);
}
