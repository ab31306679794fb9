import encodeQR from 'qr';
import { useMemo } from 'react';

/** A quiet zone of four modules, as ISO/IEC 18004 asks for, so phones find the code. */
const QUIET_ZONE = 4;

/**
 * The dark modules as one SVG path: a rectangle per horizontal run of dark modules. An SVG
 * element built by React (no markup string, no inline style), so it stays inside the CSP.
 */
export function qrPath(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (row[x] !== true) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x] === true) {
        x += 1;
      }
      parts.push(`M${String(start)} ${String(y)}h${String(x - start)}v1h-${String(x - start)}z`);
    }
  });
  return parts.join('');
}

/** A QR code of `value`, dark on light in either theme (scanners need the contrast). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const modules = useMemo(
    () => encodeQR(value, 'raw', { ecc: 'medium', border: QUIET_ZONE }),
    [value],
  );
  const size = modules.length;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect className="qr-light" width={size} height={size} />
      <path className="qr-dark" d={qrPath(modules)} />
    </svg>
  );
}
