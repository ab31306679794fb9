import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useColorScheme } from '../app/useColorScheme';
import { Skeleton } from '../ui/Skeleton';

type EChartsModule = typeof import('./echarts');

let loading: Promise<EChartsModule> | undefined;
function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts');
  return loading;
}

/**
 * One chart. Drawn on a canvas (nothing the Content-Security-Policy would refuse), in the
 * system's light or dark theme, named for screen readers by its label (ECharts' aria
 * option keeps it); every chart in the app also has the same figures in a table next to it.
 */
export function EChart({
  option,
  label,
  height = 320,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let chart: ReturnType<EChartsModule['echarts']['init']> | undefined;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (disposed || element.current === null) {
        return;
      }
      chart = echarts.init(element.current, scheme === 'dark' ? 'dark' : undefined, {
        renderer: 'canvas',
      });
      chart.setOption({
        backgroundColor: 'transparent',
        // ECharts writes its aria description onto the container: it must say what the
        // page's label says, or the chart loses its accessible name.
        aria: { enabled: true, label: { description: label } },
        // Rich-text tooltips are drawn on the canvas: HTML ones would carry inline styles.
        tooltip: { renderMode: 'richText' },
        ...option,
      });
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(element.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option, scheme, label]);

  return (
    <div className="chart" style={{ height }}>
      {!ready && <Skeleton height={`${String(height)}px`} />}
      <div ref={element} role="img" aria-label={label} style={{ height, width: '100%' }} />
    </div>
  );
}
