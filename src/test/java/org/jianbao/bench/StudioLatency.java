package org.jianbao.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The same edit → new page images round trip as {@link StudioBenchmark}, timed by hand, reporting
 * for each sample and edit the median wall time and the median CPU time of the whole process per
 * edit (every thread: server, drawing, client). On a machine shared with other work the CPU time is
 * the steadier figure: it is what an edit costs, whatever else runs. Run it on the classpath that
 * bench/studio.sh builds: {@code java -Djianbao.home=. -cp … org.jianbao.bench.StudioLatency [edits]}.
 */
public final class StudioLatency {
    private StudioLatency() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 2; round++) {
            // round 0 warms the compiler up on every sample and edit; round 1 is measured
            if (round == 1) {
                System.out.printf("%-18s %-9s %12s %12s %8s%n", "sample", "edit", "wall median", "CPU median", "pages");
            }
            measure(edits, os, round == 1);
        }
    }

    private static void measure(int edits, com.sun.management.OperatingSystemMXBean os, boolean report) throws Exception {
        for (String sample : new String[] {"zhejiang-2020-07", "tianjin-2021-08", "tianjin-2023-06", "stress-2024-01"}) {
            for (String edit : new String[] {"char", "sentence"}) {
                StudioBenchmark b = new StudioBenchmark();
                b.sample = sample;
                b.edit = edit;
                b.setUp();
                List<Long> wall = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                int fetched = 0;
                for (int i = 0; i < edits; i++) {
                    long c0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    int n = b.editToPageImages();
                    long t1 = System.nanoTime();
                    long c1 = os.getProcessCpuTime();
                    if (i >= edits / 4) {   // the first quarter settles the caches
                        wall.add((t1 - t0) / 1_000_000);
                        cpu.add((c1 - c0) / 1_000_000);
                        fetched += n;
                    }
                }
                b.tearDown();
                if (!report) {
                    continue;
                }
                Collections.sort(wall);
                Collections.sort(cpu);
                System.out.printf("%-18s %-9s %9d ms %9d ms %8.1f%n", sample, edit, wall.get(wall.size() / 2),
                        cpu.get(cpu.size() / 2), (double) fetched / wall.size());
            }
        }
    }
}
