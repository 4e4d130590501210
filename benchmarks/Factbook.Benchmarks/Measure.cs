using System;
using System.Diagnostics;
using System.Linq;

namespace Factbook.Benchmarks;

/// <summary>A median time and the mean bytes allocated per run, over a few runs after one warm-up.</summary>
public readonly record struct Measurement(double Milliseconds, double AllocatedBytes)
{
    /// <summary>
    /// Two operations measured in alternation, so both see the same machine (a shared virtual machine drifts
    /// by tens of percent within a minute), with the median of their per-round ratios.
    /// </summary>
    /// <param name="collect">Whether garbage is collected before each run; a build does not, so both are reported.</param>
    public static (Measurement First, Measurement Second, double Ratio) Pair(Action first, Action second, int runs, bool collect = true)
    {
        Action? before = collect ? GC.Collect : null;
        var firsts = new Measurement[runs];
        var seconds = new Measurement[runs];
        var ratios = new double[runs];
        first();
        second();
        for (var i = 0; i < runs; i++)
        {
            firsts[i] = Of(first, 1, before, warmUp: false);
            seconds[i] = Of(second, 1, before, warmUp: false);
            ratios[i] = seconds[i].Milliseconds / firsts[i].Milliseconds;
        }

        return (Median(firsts), Median(seconds), ratios.OrderBy(ratio => ratio).ElementAt(runs / 2));
    }

    private static Measurement Median(Measurement[] measurements) => new(
        measurements.Select(m => m.Milliseconds).OrderBy(ms => ms).ElementAt(measurements.Length / 2),
        measurements.Average(m => m.AllocatedBytes));

    public static Measurement Of(Action action, int runs, Action? before = null, bool warmUp = true)
    {
        if (warmUp)
        {
            before?.Invoke();
            action();
        }

        var times = new double[runs];
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            before?.Invoke();
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            allocated += GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measurement(times[runs / 2], (double)allocated / runs);
    }
}
