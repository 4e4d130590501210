using System;
using System.Diagnostics;
using System.Linq;

namespace Factbook.Benchmarks;

/// <summary>A median time and the mean bytes allocated per run, over a few runs after one warm-up.</summary>
public readonly record struct Measurement(double Milliseconds, double AllocatedBytes)
{
    public static Measurement Of(Action action, int runs, Action? before = null)
    {
        before?.Invoke();
        action();
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
