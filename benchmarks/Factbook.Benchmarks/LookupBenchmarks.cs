using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace Factbook.Benchmarks;

/// <summary>Looking every city up by its string id: generated <c>Cities.Get</c> against the dictionaries a consumer would build.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Func<string[], int> _generated = null!;
    private FrozenDictionary<string, Consumer.CityDocument> _frozen = null!;
    private Dictionary<string, Consumer.CityDocument> _dictionary = null!;
    private string[] _ids = null!;

    [Params(1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = new Workload(Entries);
        var assembly = new AssemblyLoadContext(null).LoadFromStream(new MemoryStream(workload.EmitGenerated()));
        var probe = assembly.GetType("Bench.Probe", throwOnError: true)!;
        _generated = probe.GetMethod("LookupAll")!.CreateDelegate<Func<string[], int>>();
        // Fresh copies: the generated entries' own id strings would make every comparison a reference check.
        _ids = ((string[])probe.GetMethod("CityIds")!.Invoke(null, null)!).Select(id => new string(id.AsSpan())).ToArray();
        _dictionary = Consumer.LoadCities(workload.Files);
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public int Generated() => _generated(_ids);

    [Benchmark]
    public int Frozen()
    {
        var sum = 0;
        foreach (var id in _ids)
        {
            sum += _frozen[id].Population & 1;
        }

        return sum;
    }

    [Benchmark]
    public int Dictionary()
    {
        var sum = 0;
        foreach (var id in _ids)
        {
            sum += _dictionary[id].Population & 1;
        }

        return sum;
    }
}
