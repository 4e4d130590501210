using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Factbook.Benchmarks;

/// <summary>The generator against the floor (YamlDotNet parsing alone), cold and after a one-file edit.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class PipelineBenchmarks
{
    private Workload _workload = null!;

    [Params(1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new Workload(Entries);
        _workload.Warm();
    }

    [Benchmark(Baseline = true)]
    public int Floor() => _workload.ParseOnly();

    [Benchmark]
    public object Cold() => _workload.Cold();

    [Benchmark]
    public void OneFileEdit() => _workload.EditOneFile();
}
