using System.Diagnostics;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>
/// How the time of some work grows when its input is four times as large: about 4 when it is linear, 16 when
/// quadratic, far enough apart that noise cannot confuse them. A ratio
/// on the same machine in the same minute, rather than a wall-clock limit that a slow or busy machine breaks.
/// </summary>
internal static class Growth
{
    /// <summary>The fastest of a few runs at 4n over the fastest at n, after a warm-up, so a pause of the GC or the machine does not count.</summary>
    public static double OfQuadrupling(Action<int> work, int n, int runs = 5)
    {
        work(n); // warm-up: JIT and first-use caches
        var once = Enumerable.Range(0, runs).Min(_ => Time(() => work(n)));
        var fourTimes = Enumerable.Range(0, runs).Min(_ => Time(() => work(4 * n)));
        return fourTimes / Math.Max(once, 1e-6);
    }

    /// <summary>Linear work grows 4 times; this allows for noise and for n log n, and still refuses quadratic (16).</summary>
    public const double MostForLinear = 8.0;

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}

/// <summary>Tests that time work run alone, after the others, so their ratios are not measured on a busy machine.</summary>
[Xunit.CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
