import { render, screen } from '@testing-library/react';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { QrCode } from './QrCode';

const URI =
  'otpauth://totp/Sentia:admin%40highland-harbour.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sentia&algorithm=SHA1&digits=6&period=30';

/** Paints the SVG the way a screen would (light square, dark path runs) into RGB pixels. */
function rasterise(svg: SVGElement, scale = 4) {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const pixels = size * scale;
  const data = new Uint8Array(pixels * pixels * 3).fill(255);
  const d = svg.querySelector('path.qr-dark')?.getAttribute('d') ?? '';
  for (const run of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, width] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + width) * scale; px++) {
        data.fill(0, (py * pixels + px) * 3, (py * pixels + px) * 3 + 3);
      }
    }
  }
  return { width: pixels, height: pixels, data };
}

describe('QrCode', () => {
  it('draws a code that a scanner reads back as the otpauth URI', () => {
    render(<QrCode value={URI} label="QR code for the app" />);

    const svg = screen.getByRole('img', { name: 'QR code for the app' });

    expect(decodeQR(rasterise(svg as unknown as SVGElement))).toBe(URI);
  });

  it('keeps a quiet zone around the code and uses no inline style (CSP)', () => {
    const { container } = render(<QrCode value={URI} label="QR" />);

    const svg = container.querySelector('svg');
    const d = svg?.querySelector('path')?.getAttribute('d') ?? '';
    const starts = [...d.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...starts.map(([x]) => x ?? 0))).toBe(4);
    expect(Math.min(...starts.map(([, y]) => y ?? 0))).toBe(4);
    expect(container.querySelector('[style]')).toBeNull();
  });
});
