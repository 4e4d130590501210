using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Loader;

namespace Factbook.Benchmarks;

/// <summary>
/// A million synthetic entries in one project: the generator's cold run, the compile of the generated code,
/// and a consumer that loads it and looks entries up. Their tables are UTF-8 data, outside the compiler's
/// 16 MB heap of string literals that stopped string tables at about 100,000 entries.
/// </summary>
public static class MillionEntries
{
    public const int Entries = 1_000_000;

    public static void Run(Action<string, double, string> report)
    {
        var clock = Stopwatch.StartNew();
        var workload = new Workload(Entries);
        report("million_content_mb", workload.TotalBytes / 1_000_000.0, "MB");
        clock.Restart();
        workload.Cold();
        report("cold_1m", clock.Elapsed.TotalSeconds, "s");

        GC.Collect();
        var compilation = workload.CompileGenerated(out _);
        clock.Restart();
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("A million entries did not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        report("compile_1m", clock.Elapsed.TotalSeconds, "s");
        var image = stream.ToArray();
        report("assembly_mb_1m", image.Length / 1_000_000.0, "MB");

        clock.Restart();
        var assembly = new AssemblyLoadContext(null).LoadFromStream(new MemoryStream(image));
        var probe = assembly.GetType("Bench.Probe", throwOnError: true)!;
        var population = (int)probe.GetMethod("FirstLookup")!.Invoke(null, ["city-399999"])!;
        report("first_lookup_1m", clock.Elapsed.TotalMilliseconds, "ms");
        var ids = (string[])probe.GetMethod("CityIds")!.Invoke(null, null)!;
        report("consumer_runs_1m", ids.Length == Entries * 4 / 10 && population > 0 ? 1 : 0, "(1 = read every city)");
    }
}
