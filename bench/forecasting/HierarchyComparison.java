import java.util.*;
import io.sentia.forecasting.engine.*;
import io.sentia.forecasting.engine.hierarchy.*;
/** Compares reconciliation methods on simulated SKU × channel × region demand (bench/forecasting/hierarchy.sh). */
public class HierarchyComparison {
  public static void main(String[] a) {
    List<String> SKUS = List.of("a","b","c","d"), CH = List.of("s","z"), RE = List.of("UK","EU","US");
    Random random = new Random(99);
    HierarchicalForecaster f = new HierarchicalForecaster(new ForecastEngine());
    Map<ReconciliationMethod,double[]> err = new EnumMap<>(ReconciliationMethod.class);
    double[] base = new double[4];
    for (int rep = 0; rep < 20; rep++) {
      Map<SeriesKey,double[]> full = new LinkedHashMap<>();
      for (String s: SKUS) for (String c: CH) for (String r: RE) {
        double share = 2 + 8*random.nextDouble(); double[] y = new double[72];
        for (int t=0;t<72;t++){ double sig = share*(1+0.01*t)*(1+0.5*Math.sin(2*Math.PI*t/12)); y[t]=Math.max(0,Math.round(sig+Math.sqrt(sig)*1.5*random.nextGaussian()));}
        full.put(new SeriesKey(s,c,r), y);
      }
      Map<SeriesKey,double[]> hist = new HashMap<>(); full.forEach((k,v)->hist.put(k, Arrays.copyOf(v,60)));
      Hierarchy h = new Hierarchy(full.keySet());
      for (ReconciliationMethod m : ReconciliationMethod.values()) {
        Map<HierarchyNode,Forecast> fc = f.forecast(hist, 12, 12, ModelChoice.AUTO, new double[]{80}, m);
        double[] e = err.computeIfAbsent(m, k -> new double[4]);
        for (HierarchyNode n : h.nodes()) {
          double[] act = Arrays.copyOfRange(h.aggregate(n, full), 60, 72); double[] past = Arrays.copyOf(h.aggregate(n, full), 60);
          double sc = 0; for (int t=1;t<60;t++) sc += Math.abs(past[t]-past[t-1]); sc/=59;
          double ae=0; for (int k=0;k<12;k++) ae += Math.abs(fc.get(n).point(k)-act[k]); e[n.level().ordinal()] += ae/12/sc;
          if (m == ReconciliationMethod.BOTTOM_UP) { Forecast b = new ForecastEngine().forecast(new TimeSeries(past,12),12,ModelChoice.AUTO,new double[]{80}); double be=0; for(int k=0;k<12;k++) be+=Math.abs(b.point(k)-act[k]); base[n.level().ordinal()] += be/12/sc; }
        }
      }
    }
    System.out.printf("MASE sums by level (TOTAL, SKU, REGION, BOTTOM) over 20 replicates:%nbase  %s%n", Arrays.toString(base));
    err.forEach((m,e)->System.out.printf("%s %s%n", m, Arrays.toString(e)));
  }
}
