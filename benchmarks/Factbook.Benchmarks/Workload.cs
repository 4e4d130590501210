using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Factbook.Generator;
using Factbook.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Factbook.Benchmarks;

/// <summary>Synthetic content of one size, and the generator, compiler and parser runs over it.</summary>
public sealed class Workload
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private readonly CSharpCompilation _consumer;
    private readonly TextFile _editedFile;
    private readonly string _editedText;
    private GeneratorDriver? _warmDriver;
    private TextFile _inDriver;

    public Workload(int entries)
        : this(entries, SyntheticContent.Make(entries), "/cities/", text => text.Replace("population: ", "population: 1", StringComparison.Ordinal))
    {
    }

    /// <param name="edited">Part of the path of the file <see cref="EditOneFile"/> edits, with <paramref name="edit"/>.</param>
    public Workload(int entries, IReadOnlyList<(string Path, string Text)> files, string edited, Func<string, string> edit)
    {
        Entries = entries;
        Files = files.Select(file => new TextFile(file.Path, file.Text)).ToArray();
        _editedFile = Files.First(file => file.Path.Contains(edited, StringComparison.Ordinal));
        _editedText = edit(_editedFile.Text);
        _inDriver = _editedFile;
        _consumer = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(ProbeSource, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Called by the generated code's probe: every city id, lookups over them, and one first lookup.</summary>
    public const string ProbeSource = """
        namespace Bench
        {
            public static class Probe
            {
                public static string[] CityIds() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Bench.Content.Cities.All, city => city.Id));

                public static int LookupAll(string[] ids)
                {
                    var sum = 0;
                    foreach (var id in ids)
                    {
                        sum += Bench.Content.Cities.Get(id).Population & 1;
                    }

                    return sum;
                }

                public static int FirstLookup(string id) => Bench.Content.Cities.Get(id).Population;
            }
        }
        """;

    public int Entries { get; }

    /// <summary>The synthetic content, with an edit of the first city's name (its display text, in every member's doc comment).</summary>
    public static Workload WithTextEdit(int entries) =>
        new(entries, SyntheticContent.Make(entries), "/cities/", text => text.Insert(text.IndexOf("    name: \"", StringComparison.Ordinal) + "    name: \"".Length, "Renamed "));

    /// <summary>The synthetic content, with one city added at the end of a file.</summary>
    public static Workload WithAddedEntry(int entries) =>
        new(entries, SyntheticContent.Make(entries), "/cities/", text => text + "  - id: city-added\n    name: Added\n    population: 5\n    region: region-000000\n");

    public TextFile[] Files { get; }

    public long TotalBytes => Files.Sum(file => (long)file.Text.Length);

    /// <summary>The floor: YamlDotNet reading every file's events, and nothing else.</summary>
    public int ParseOnly()
    {
        var events = 0;
        foreach (var file in Files)
        {
            var parser = new Parser(new StringReader(file.Text));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    /// <summary>A full generator run with nothing cached: what a command-line build pays.</summary>
    public GeneratorDriver Cold()
    {
        var driver = CreateDriver().RunGenerators(_consumer);
        Check(driver);
        return driver;
    }

    /// <summary>Prepares <see cref="EditOneFile"/>: a driver that has seen the content once.</summary>
    public void Warm()
    {
        _warmDriver = Cold();
        _inDriver = _editedFile;
    }

    /// <summary>The incremental run after one content file changed, as in the IDE after a save.</summary>
    public void EditOneFile()
    {
        var driver = _warmDriver ?? throw new InvalidOperationException("Call Warm first.");
        var replacement = new TextFile(_editedFile.Path, _inDriver.Text == _editedText ? _editedFile.Text : _editedText);
        _warmDriver = driver.ReplaceAdditionalText(_inDriver, replacement).RunGenerators(_consumer);
        _inDriver = replacement;
    }

    /// <summary>The incremental run after a file is added to content the driver has seen: the added file is read, the rest reused.</summary>
    public void AddFile(TextFile added)
    {
        var driver = _warmDriver ?? throw new InvalidOperationException("Call Warm first.");
        Check(driver.AddAdditionalTexts([added]).RunGenerators(_consumer));
    }

    /// <summary>The consumer's compilation with the generated code, as the compiler would build it.</summary>
    /// <param name="documentation">
    /// Parse, as the IDE and a project with GenerateDocumentationFile read doc comments; None, as a command-line
    /// build of a project without it does, which skips them as plain comments.
    /// </param>
    public CSharpCompilation CompileGenerated(out ImmutableArray<Diagnostic> diagnostics, DocumentationMode documentation = DocumentationMode.Parse)
    {
        CreateDriver(documentation).RunGeneratorsAndUpdateCompilation(_consumer, out var output, out diagnostics);
        return (CSharpCompilation)output;
    }

    /// <summary>
    /// The string-id analyzer over the consumer's compilation with its generated code, with a thousand
    /// <c>Get("…")</c> calls to check: what it adds to a build of a big solution.
    /// </summary>
    public int AnalyzeStringIds(CSharpCompilation generated, bool withAnalyzer = true)
    {
        var calls = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"        sum += Bench.Content.Cities.Get(\"city-{i % Math.Max(1, Entries * 4 / 10):D6}\").Population;"));
        var uses = CSharpSyntaxTree.ParseText("namespace Bench { public static class Uses { public static int Run() { var sum = 0;\n" + calls + "\n        return sum; } } }", new CSharpParseOptions(LanguageVersion.Latest));
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(Files.Cast<AdditionalText>().ToImmutableArray());
        var compilation = generated.AddSyntaxTrees(uses);
        if (!withAnalyzer)
        {
            return compilation.GetDiagnostics().Length;
        }

        return compilation.WithAnalyzers([new StringIdAnalyzer()], options).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>
    /// The string-id analyzer's own execution time over the same compilation, as the compiler reports it
    /// with <c>-p:ReportAnalyzer=true</c>: without the driver's work, which any analyzer would cost.
    /// </summary>
    public TimeSpan StringIdAnalyzerTime(CSharpCompilation generated)
    {
        var calls = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"        sum += Bench.Content.Cities.Get(\"city-{i % Math.Max(1, Entries * 4 / 10):D6}\").Population;"));
        var uses = CSharpSyntaxTree.ParseText("namespace Bench { public static class Uses { public static int Run() { var sum = 0;\n" + calls + "\n        return sum; } } }", new CSharpParseOptions(LanguageVersion.Latest));
        var analyzer = new StringIdAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(Files.Cast<AdditionalText>().ToImmutableArray()), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var analysis = generated.AddSyntaxTrees(uses).WithAnalyzers([analyzer], options);
        analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
    }

    /// <summary>Emits the consumer with its generated code; fails on any error.</summary>
    public byte[] EmitGenerated()
    {
        var compilation = CompileGenerated(out var generatorDiagnostics);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success || generatorDiagnostics.Any(diagnostic => diagnostic.Id != "FB0043"))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, generatorDiagnostics.Concat(result.Diagnostics).Take(20)));
        }

        return stream.ToArray();
    }

    private GeneratorDriver CreateDriver(DocumentationMode documentation = DocumentationMode.Parse) => CSharpGeneratorDriver.Create(
        [new FactbookGenerator().AsSourceGenerator()],
        Files,
        new CSharpParseOptions(LanguageVersion.Latest, documentation),
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static void Check(GeneratorDriver driver)
    {
        // FB0043 is expected past 50,000 entries in a collection: they get no member each.
        var diagnostics = driver.GetRunResult().Diagnostics.Where(diagnostic => diagnostic.Id != "FB0043").ToArray();
        if (diagnostics.Length > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Take(10)));
        }
    }

    /// <summary>An additional file in memory.</summary>
    public sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _source = SourceText.From(text);

        public override string Path { get; } = path;

        public string Text { get; } = text;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _source;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Global();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global.Empty;

        private sealed class Global : AnalyzerConfigOptions
        {
            public static readonly AnalyzerConfigOptions Empty = new EmptyOptions();

            private static readonly Dictionary<string, string> Values = new()
            {
                ["build_property.FactbookNamespace"] = "Bench.Content",
                ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
                ["build_property.TargetFrameworkVersion"] = "v10.0",
            };

            public override bool TryGetValue(string key, out string value)
            {
                var found = Values.TryGetValue(key, out var configured);
                value = configured ?? string.Empty;
                return found;
            }
        }

        private sealed class EmptyOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = string.Empty;
                return false;
            }
        }
    }
}
