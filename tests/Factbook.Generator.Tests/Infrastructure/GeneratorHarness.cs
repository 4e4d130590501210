using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>A YAML file given to the generator.</summary>
internal sealed record ContentFile(string Path, string Text);

/// <summary>
/// Runs <see cref="FactbookGenerator"/> the way the compiler does: in-memory YAML as additional files, MSBuild
/// properties as analyzer options, then compiles what it emitted.
/// </summary>
internal static class GeneratorHarness
{
    public const string DefaultNamespace = "Test.Content";

    /// <summary>Doc comments are checked, as in a project that generates its documentation file.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation CreateCompilation(string consumerCode = "") =>
        CSharpCompilation.Create(
            "Consumer",
            consumerCode.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(consumerCode, new CSharpParseOptions(LanguageVersion.Latest), path: "Consumer.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<ContentFile> files, string? factbookNamespace = DefaultNamespace, IReadOnlyDictionary<string, string>? properties = null) =>
        CreateDriver(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)), factbookNamespace, properties);

    /// <summary>A driver over these texts; keep them to replace one with <c>ReplaceAdditionalText</c>.</summary>
    /// <param name="trackSteps">
    /// Whether Roslyn records each step's outputs, for tests that read them. With it, Roslyn (4.14, and 5.9 of the
    /// .NET 10 SDK) loses an item of <c>AdditionalTextsProvider.Combine(…)</c> in the second run after a
    /// <c>RemoveAdditionalTexts</c>, even when nothing changed in between: a test that removes texts and compares
    /// outputs runs without it, as the compiler does.
    /// </param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, string? factbookNamespace = DefaultNamespace, IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new FactbookGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            OptionsProvider(factbookNamespace, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The MSBuild properties a driver is given: the harness's project (.NET 10, RootNamespace Consumer) and these.</summary>
    public static AnalyzerConfigOptionsProvider OptionsProvider(string? factbookNamespace = DefaultNamespace, IReadOnlyDictionary<string, string>? properties = null)
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
            ["build_property.TargetFrameworkVersion"] = "v10.0",
            ["build_property.ProjectDir"] = "/project/",
        };
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
        {
            options["build_property." + name] = value;
        }

        if (factbookNamespace is not null)
        {
            options["build_property.FactbookNamespace"] = factbookNamespace;
        }

        return new TestOptionsProvider(options);
    }

    /// <summary>
    /// One run, without step tracking: only the incremental tests read the steps, and Roslyn's recording of them
    /// grows with the square of the files (100,000 entries in 10,000 files take minutes with it, seconds without).
    /// </summary>
    public static GeneratorRun Run(IEnumerable<ContentFile> files, string consumerCode = "", string? factbookNamespace = DefaultNamespace, IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = CreateDriver(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)), factbookNamespace, properties, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(consumerCode), out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), generatorDiagnostics, (CSharpCompilation)output);
    }

    public static GeneratorRun Run(params ContentFile[] files) => Run(files, string.Empty);
}

/// <summary>The outcome of one generator run and of compiling its output.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics, CSharpCompilation Output)
{
    /// <summary>Generated sources by hint name, in hint-name order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every diagnostic of the compiled output, warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public IReadOnlyList<Diagnostic> FactbookDiagnostics => GeneratorDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("FB", StringComparison.Ordinal)).ToList();

    /// <summary>Emits the output and loads it into a collectible context, to run the generated code.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls a static method of the consumer's code and returns what it returned.</summary>
    public object? Invoke(string typeName, string methodName) =>
        Load().GetType(typeName, throwOnError: true)!.GetMethod(methodName)!.Invoke(null, null);
}
