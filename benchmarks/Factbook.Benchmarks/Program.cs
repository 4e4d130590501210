using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using BenchmarkDotNet.Running;
using Factbook.Benchmarks;
using Microsoft.CodeAnalysis;

// `--quick`: every figure at up to 10,000 entries, in under a minute.
// no argument: the full run, up to 100,000 entries.
// `--hazards`: only the figures for content shaped to find quadratic work.
// `--stages`: where a cold run's time goes at 10,000 entries, step by step.
// `--million`: only the figures at 1,000,000 entries (part of the full run).
// `--build [1000|10000]`: only the real dotnet builds (part of every run): synthetic content (also with `members: none`) and the corpus.
// `--dump <entries|corpus> <folder>`: writes the generated sources to a folder, to see what a build compiles.
// `--bdn [BenchmarkDotNet arguments]`: the BenchmarkDotNet suites (lookups and pipeline), for precise numbers.
if (args.Length > 0 && args[0] == "--bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args[1..]);
    return;
}

if (args.Length > 2 && args[0] == "--write-content")
{
    // Writes the synthetic content to a folder, to try other tools (`factbook check`) on it.
    foreach (var (path, text) in Factbook.Generator.Tests.Infrastructure.SyntheticContent.Make(int.Parse(args[1], CultureInfo.InvariantCulture)))
    {
        var target = Path.Combine(args[2], path.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    return;
}

if (args.Length > 1 && args[0] == "--loop")
{
    // A steady loop of one operation at 10,000 entries, to attach a profiler to: cold, edit (a value) or add (an entry).
    var looped = args[1] == "add" ? Workload.WithAddedEntry(10_000) : new Workload(10_000);
    looped.Warm();
    for (var i = 0; i < 20; i++)
    {
        if (args[1] == "cold")
        {
            looped.Cold();
        }
        else
        {
            looped.EditOneFile();
        }
    }

    return;
}

if (args.Length > 0 && args[0] == "--stages")
{
    StageTimes.Run(10_000, (name, value, unit) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}")));
    return;
}

if (args.Length > 0 && args[0] == "--million")
{
    MillionEntries.Run((name, value, unit) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}")));
    return;
}

if (args.Length > 0 && args[0] == "--hazards")
{
    HazardBenchmarks.Run((name, value, unit) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}")));
    return;
}

if (args.Length > 1 && args[0] == "--compile")
{
    // Compile time alone at one size, with doc comments read (IDE) and skipped (command-line build).
    var compiled = new Workload(int.Parse(args[1], CultureInfo.InvariantCulture));
    foreach (var mode in new[] { DocumentationMode.Parse, DocumentationMode.None })
    {
        var time = Measurement.Of(() => compiled.CompileGenerated(out _, mode).Emit(Stream.Null), 1, () => GC.Collect());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compile_{mode}_{args[1]}: {time.Milliseconds / 1000:0.###} s"));
    }

    return;
}

if (args.Length > 2 && args[0] == "--dump")
{
    var dumped = args[1] == "corpus" ? Corpus.Workload() : new Workload(int.Parse(args[1], CultureInfo.InvariantCulture));
    var result = dumped.Cold().GetRunResult();
    Directory.CreateDirectory(args[2]);
    foreach (var source in result.Results[0].GeneratedSources)
    {
        File.WriteAllText(Path.Combine(args[2], source.HintName), source.SourceText.ToString());
    }

    return;
}

if (args.Length > 0 && args[0] == "--build")
{
    var buildEntries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
    RunBuilds(buildEntries, 3, (name, value, unit) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}")));
    return;
}

var quick = args.Contains("--quick");
var pipelineSizes = quick ? new[] { 100, 1_000, 10_000 } : new[] { 100, 1_000, 10_000, 100_000 };
var consumerSizes = quick ? new[] { 10_000 } : new[] { 1_000, 10_000, 100_000 };
var compileSizes = quick ? new[] { 10_000 } : new[] { 10_000, 100_000 };
var runs = quick ? 5 : 9;
var figures = new Dictionary<string, double>();

void Report(string name, double value, string unit)
{
    figures[name] = value;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}"));
}

static string Size(int entries) => entries >= 1000 ? entries / 1000 + "k" : entries.ToString(CultureInfo.InvariantCulture);

Console.WriteLine($"# Factbook benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");

// Start-up in a fresh process, before anything below has compiled YamlDotNet's deserializer or the
// generated code: what an application pays the first time it needs a fact.
var firstWorkload = new Workload(10_000);
var firstImage = firstWorkload.EmitGenerated();
var firstProbe = LoadProbe(firstImage);
var firstCities = Measurement.Of(() => Consumer.LoadCities(firstWorkload.Files), 1, warmUp: false);
var firstGenerated = Measurement.Of(() => firstProbe.FirstLookup("city-000000"), 1, warmUp: false);
Report("startup_yaml_first_in_process_10k", firstCities.Milliseconds, "ms");
Report("startup_generated_first_in_process_10k", firstGenerated.Milliseconds, "ms");

// Warm up: run every operation often enough at 1,000 entries for the JIT to reach its optimised tier,
// so the first sizes measured are not paying for compilation.
var warmUp = new Workload(1_000);
warmUp.Warm();
for (var i = 0; i < 30; i++)
{
    warmUp.ParseOnly();
    warmUp.Cold();
    warmUp.EditOneFile();
}

foreach (var entries in pipelineSizes)
{
    var workload = new Workload(entries);
    var size = Size(entries);
    var sizeRuns = entries >= 100_000 ? 3 : runs;
    var (floor, cold, coldVsFloor) = Measurement.Pair(() => workload.ParseOnly(), () => workload.Cold(), sizeRuns);
    workload.Warm();
    var (edit, _, coldVsEdit) = Measurement.Pair(workload.EditOneFile, () => workload.Cold(), sizeRuns);
    Report($"floor_{size}", floor.Milliseconds, "ms");
    Report($"cold_{size}", cold.Milliseconds, "ms");
    Report($"edit_{size}", edit.Milliseconds, "ms");
    Report($"cold_alloc_per_entry_{size}", cold.AllocatedBytes / entries, "B");
    Report($"floor_alloc_per_entry_{size}", floor.AllocatedBytes / entries, "B");
    Report($"cold_vs_floor_{size}", coldVsFloor, "x");
    Report($"edit_vs_cold_{size}", 100 / coldVsEdit, "%");
    if (entries == 10_000)
    {
        // A build collects no garbage between steps: the same ratios without a collection before each run.
        var (_, _, coldVsFloorNoGc) = Measurement.Pair(() => workload.ParseOnly(), () => workload.Cold(), sizeRuns, collect: false);
        var (_, _, coldVsEditNoGc) = Measurement.Pair(workload.EditOneFile, () => workload.Cold(), sizeRuns, collect: false);
        Report($"cold_vs_floor_{size}_no_gc", coldVsFloorNoGc, "x");
        Report($"edit_vs_cold_{size}_no_gc", 100 / coldVsEditNoGc, "%");
    }
}

// Real content: 1,000 OSV advisories as they are (benchmarks/corpus), cold, after a value edit and an added file.
{
    var corpus = Corpus.Workload();
    var (floor, cold, coldVsFloor) = Measurement.Pair(() => corpus.ParseOnly(), () => corpus.Cold(), runs);
    var (_, _, coldVsFloorNoGc) = Measurement.Pair(() => corpus.ParseOnly(), () => corpus.Cold(), runs, collect: false);
    corpus.Warm();
    var (edit, _, coldVsEdit) = Measurement.Pair(corpus.EditOneFile, () => corpus.Cold(), runs);
    var (_, _, coldVsEditNoGc) = Measurement.Pair(corpus.EditOneFile, () => corpus.Cold(), runs, collect: false);
    var (added, _, coldVsAdded) = Measurement.Pair(() => corpus.AddFile(Corpus.Added), () => corpus.Cold(), runs);
    Report("floor_corpus", floor.Milliseconds, "ms");
    Report("cold_corpus", cold.Milliseconds, "ms");
    Report("edit_corpus", edit.Milliseconds, "ms");
    Report("add_file_corpus", added.Milliseconds, "ms");
    Report("cold_vs_floor_corpus", coldVsFloor, "x");
    Report("cold_vs_floor_corpus_no_gc", coldVsFloorNoGc, "x");
    Report("edit_vs_cold_corpus", 100 / coldVsEdit, "%");
    Report("edit_vs_cold_corpus_no_gc", 100 / coldVsEditNoGc, "%");
    Report("add_file_vs_cold_corpus", 100 / coldVsAdded, "%");

    // The same advisories as one large file: an edit reads all of it again, and must never cost more than a cold run.
    var large = Corpus.OneLargeFile();
    large.Warm();
    var (largeEdit, largeCold, largeColdVsEdit) = Measurement.Pair(large.EditOneFile, () => large.Cold(), runs);
    Report("large_file_bytes", large.TotalBytes, "B");
    Report("cold_large_file", largeCold.Milliseconds, "ms");
    Report("edit_large_file", largeEdit.Milliseconds, "ms");
    Report("edit_vs_cold_large_file", 100 / largeColdVsEdit, "%");
}

// Edits authors make besides a value: the display text (shown in doc comments), and a new entry.
foreach (var (name, workload) in new[] { ("text_edit", Workload.WithTextEdit(10_000)), ("add_entry", Workload.WithAddedEntry(10_000)) })
{
    workload.Warm();
    var (edit, _, coldVsEdit) = Measurement.Pair(workload.EditOneFile, () => workload.Cold(), runs);
    Report($"{name}_10k", edit.Milliseconds, "ms");
    Report($"{name}_vs_cold_10k", 100 / coldVsEdit, "%");
}

// One record per file (1,400 advisories) read as they are, beside the same advisories in Factbook's own
// layout, one file each: what binding existing files costs, cold and for an edit of one value.
foreach (var (layout, existing) in new[] { ("record_files", true), ("collection_files", false) })
{
    var workload = new Workload(1_400, AdvisoryContent.Make(1_400, existing), "/gem0100/", text => text.Replace("cvss_v3: ", "cvss_v3: 1", StringComparison.Ordinal));
    var (_, cold, _) = Measurement.Pair(() => workload.ParseOnly(), () => workload.Cold(), runs);
    workload.Warm();
    var (edit, _, coldVsEdit) = Measurement.Pair(workload.EditOneFile, () => workload.Cold(), runs);
    Report($"cold_{layout}_1400", cold.Milliseconds, "ms");
    Report($"edit_{layout}_1400", edit.Milliseconds, "ms");
    Report($"edit_vs_cold_{layout}_1400", 100 / coldVsEdit, "%");
}

foreach (var entries in consumerSizes)
{
    var workload = entries == firstWorkload.Entries ? firstWorkload : new Workload(entries);
    var size = Size(entries);
    var image = workload == firstWorkload ? firstImage : workload.EmitGenerated();
    var cities = Consumer.LoadCities(workload.Files);
    var firstId = cities.Keys.First();

    var yamlStart = Measurement.Of(() => _ = Consumer.LoadCities(workload.Files)[firstId].Population, runs);
    // The consumer's own assembly is loaded before it touches its facts, so loading is not timed: what is
    // timed is the first lookup, with the JIT, the static initialisation and the id index it pays for.
    Probe? fresh = null;
    var generatedStart = Measurement.Of(() => _ = fresh!.FirstLookup(firstId), runs, () => fresh = LoadProbe(image));
    Report($"startup_yaml_{size}", yamlStart.Milliseconds, "ms");
    Report($"startup_generated_{size}", generatedStart.Milliseconds, "ms");
    Report($"startup_yaml_alloc_{size}", yamlStart.AllocatedBytes / 1_000_000, "MB");
    Report($"startup_generated_alloc_{size}", generatedStart.AllocatedBytes / 1_000_000, "MB");

    var probe = LoadProbe(image);
    // Fresh copies: the generated entries' own id strings would make every comparison a reference check.
    var ids = probe.CityIds().Select(id => new string(id.AsSpan())).ToArray();
    var frozen = cities.ToFrozenDictionary(StringComparer.Ordinal);
    var lookups = Math.Max(2_000_000 / ids.Length, 1);
    Report($"lookup_generated_{size}", NanosecondsPerLookup(() => probe.LookupAll(ids), ids.Length, lookups), "ns");
    Report($"lookup_frozen_{size}", NanosecondsPerLookup(() => LookupAll(frozen, ids), ids.Length, lookups), "ns");
    Report($"lookup_dictionary_{size}", NanosecondsPerLookup(() => LookupAll(cities, ids), ids.Length, lookups), "ns");
}

foreach (var entries in compileSizes)
{
    var workload = new Workload(entries);
    var size = Size(entries);
    var compile = Measurement.Of(() =>
    {
        var result = workload.CompileGenerated(out _).Emit(Stream.Null);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code did not compile.");
        }
    }, entries >= 100_000 || quick ? 1 : runs, () => GC.Collect());
    Report($"compile_{size}", compile.Milliseconds / 1000, "s");
    Report($"compile_alloc_{size}", compile.AllocatedBytes / 1_000_000, "MB");

    // A command-line build of a project without GenerateDocumentationFile reads doc comments as plain comments.
    var withoutDocs = Measurement.Of(() =>
    {
        if (!workload.CompileGenerated(out _, DocumentationMode.None).Emit(Stream.Null).Success)
        {
            throw new InvalidOperationException("The generated code did not compile.");
        }
    }, entries >= 100_000 || quick ? 1 : runs, () => GC.Collect());
    Report($"compile_without_doc_comments_{size}", withoutDocs.Milliseconds / 1000, "s");

    // The string-id analyzer: its first run reads the content; later runs (the IDE's) reuse it.
    var generated = workload.CompileGenerated(out _);
    var firstAnalysis = Measurement.Of(() => workload.AnalyzeStringIds(generated), 1, warmUp: false);
    var (withoutAnalyzer, withAnalyzer, _) = Measurement.Pair(() => workload.AnalyzeStringIds(generated, withAnalyzer: false), () => workload.AnalyzeStringIds(generated), entries >= 100_000 || quick ? 3 : runs);
    Report($"analyzer_first_{size}", firstAnalysis.Milliseconds, "ms");
    Report($"check_without_analyzer_{size}", withoutAnalyzer.Milliseconds, "ms");
    Report($"check_with_analyzer_{size}", withAnalyzer.Milliseconds, "ms");
    Report($"analyzer_cost_{size}", withAnalyzer.Milliseconds - withoutAnalyzer.Milliseconds, "ms");
    var own = Enumerable.Range(0, 3).Select(_ => workload.StringIdAnalyzerTime(generated).TotalMilliseconds).OrderBy(ms => ms).ElementAt(1);
    Report($"analyzer_own_time_{size}", own, "ms");
}

if (!quick)
{
    Console.WriteLine("# a million entries");
    MillionEntries.Run(Report);
}

Console.WriteLine("# hostile content (each was quadratic once)");
HazardBenchmarks.Run(Report);

Console.WriteLine("# real dotnet builds (compiler server warm, with the content and without it, interleaved)");
var buildSize = quick ? 1_000 : 10_000;
RunBuilds(buildSize, quick ? 2 : 3, Report);
Report($"generator_in_build_vs_in_process_{Size(buildSize)}", figures[$"generator_in_build_{Size(buildSize)}"] / figures[$"cold_{Size(buildSize)}"], "x");
Report("generator_in_build_vs_in_process_corpus", figures["generator_in_build_corpus"] / figures["cold_corpus"], "x");

Console.WriteLine("# ratios");
// The ratios already measured above, repeated together: the figures the targets in docs/performance.md are stated in.
var repeated = new[]
{
    ($"build_yaml_edit_vs_no_content_{Size(buildSize)}", "x"), ($"build_cs_edit_vs_no_content_{Size(buildSize)}", "x"), ($"generator_in_build_vs_in_process_{Size(buildSize)}", "x"),
    ($"build_yaml_edit_vs_no_content_{Size(buildSize)}_members_none", "x"), ($"build_cs_edit_vs_no_content_{Size(buildSize)}_members_none", "x"),
    ("build_yaml_edit_vs_no_content_corpus", "x"), ("build_cs_edit_vs_no_content_corpus", "x"), ("generator_in_build_vs_in_process_corpus", "x"),
    ("cold_vs_floor_corpus", "x"), ("edit_vs_cold_corpus", "%"), ("add_file_vs_cold_corpus", "%"), ("edit_vs_cold_large_file", "%"),
    ("cold_vs_floor_10k", "x"), ("cold_vs_floor_10k_no_gc", "x"), ("edit_vs_cold_10k_no_gc", "%"), ("edit_vs_cold_10k", "%"), ("text_edit_vs_cold_10k", "%"), ("add_entry_vs_cold_10k", "%"),
};
foreach (var (name, unit) in repeated)
{
    Report(name, figures[name], unit);
}

Report("cold_record_files_vs_collection_files_1400", figures["cold_record_files_1400"] / figures["cold_collection_files_1400"], "x");
Report("lookup_generated_vs_frozen_10k", figures["lookup_generated_10k"] / figures["lookup_frozen_10k"], "x");
Report("analyzer_vs_generator_10k", 100 * figures["analyzer_own_time_10k"] / figures["cold_10k"], "%");
Report("startup_yaml_vs_generated_10k", figures["startup_yaml_10k"] / figures["startup_generated_10k"], "x");
Report("startup_first_in_process_yaml_vs_generated_10k", figures["startup_yaml_first_in_process_10k"] / figures["startup_generated_first_in_process_10k"], "x");
if (figures.TryGetValue("compile_100k", out var compile100k))
{
    Report("compile_100k", compile100k, "s");
}

// Real builds of synthetic content of this size, then of the corpus.
static void RunBuilds(int entries, int rounds, Action<string, double, string> report)
{
    var size = entries >= 1000 ? entries / 1000 + "k" : entries.ToString(CultureInfo.InvariantCulture);
    var synthetic = Factbook.Generator.Tests.Infrastructure.SyntheticContent.Make(entries);
    BuildBenchmarks.Run(size, synthetic, "/cities/", text => text.Replace("population: ", "population: 1", StringComparison.Ordinal), "System.Console.WriteLine(Bench.Content.Cities.Count);", rounds, report);

    // The same content with 'members: none' on every type: what a member per entry costs the compiler.
    var withoutMembers = synthetic.Select(file => file.Path.EndsWith(".schema.yaml", StringComparison.Ordinal) ? (file.Path, System.Text.RegularExpressions.Regex.Replace(file.Text, "^(  [A-Z][A-Za-z]*:\n)", "$1    members: none\n", System.Text.RegularExpressions.RegexOptions.Multiline)) : file).ToList();
    BuildBenchmarks.Run(size + "_members_none", withoutMembers, "/cities/", text => text.Replace("population: ", "population: 1", StringComparison.Ordinal), "System.Console.WriteLine(Bench.Content.Cities.Count);", rounds, report);
    BuildBenchmarks.Run("corpus", Corpus.Files(), Corpus.EditedPath, Corpus.Edit, "System.Console.WriteLine(Bench.Content.Advisories.Count);", rounds, report);
}

static Probe LoadProbe(byte[] image)
{
    var assembly = new AssemblyLoadContext(null).LoadFromStream(new MemoryStream(image));
    var type = assembly.GetType("Bench.Probe", throwOnError: true)!;
    return new Probe(
        type.GetMethod("FirstLookup")!.CreateDelegate<Func<string, int>>(),
        type.GetMethod("LookupAll")!.CreateDelegate<Func<string[], int>>(),
        type.GetMethod("CityIds")!.CreateDelegate<Func<string[]>>());
}

static int LookupAll(IReadOnlyDictionary<string, Consumer.CityDocument> cities, string[] ids)
{
    var sum = 0;
    foreach (var id in ids)
    {
        sum += cities[id].Population & 1;
    }

    return sum;
}

static double NanosecondsPerLookup(Func<int> lookupAll, int idsPerCall, int calls)
{
    lookupAll();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var sink = 0;
    for (var i = 0; i < calls; i++)
    {
        sink += lookupAll();
    }

    watch.Stop();
    GC.KeepAlive(sink);
    return watch.Elapsed.TotalMilliseconds * 1_000_000 / ((double)idsPerCall * calls);
}

/// <summary>The generated code's probe methods, bound as delegates.</summary>
internal sealed record Probe(Func<string, int> FirstLookup, Func<string[], int> LookupAll, Func<string[]> CityIds);
