using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>One driver kept across edits, as the IDE keeps it, and the files it was last given.</summary>
internal sealed class EditSession
{
    /// <summary>A diagnostic as the compiler prints it, with the span in characters too.</summary>
    public sealed record Reported(string Id, string Path, int Line, int Column, int EndLine, int EndColumn, int Start, int Length, string Message)
    {
        public override string ToString() =>
            Id + " " + Path + "(" + Line + "," + Column + ")-(" + EndLine + "," + EndColumn + ") [" + Start + "+" + Length + "] " + Message;
    }

    private IReadOnlyDictionary<string, string>? _properties;
    private Microsoft.CodeAnalysis.CSharp.CSharpParseOptions _parseOptions = GeneratorHarness.ParseOptions;
    private readonly Compilation _compilation = GeneratorHarness.CreateCompilation("class A { }");
    private readonly List<InMemoryAdditionalText> _texts;
    private GeneratorDriver _driver;

    public EditSession(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? properties)
    {
        _properties = properties;
        _texts = files.Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
        _driver = GeneratorHarness.CreateDriver(_texts, properties: properties, trackSteps: false).RunGenerators(_compilation, TestContext.Current.CancellationToken);
    }

    /// <summary>Gives the driver the files as they are now: replaced, removed or added, as the IDE does.</summary>
    public void Apply(IReadOnlyDictionary<string, string> files)
    {
        foreach (var gone in _texts.Where(text => !files.ContainsKey(text.Path)).ToList())
        {
            _driver = _driver.RemoveAdditionalTexts([gone]);
            _texts.Remove(gone);
        }

        foreach (var (path, text) in files)
        {
            var old = _texts.FirstOrDefault(candidate => candidate.Path == path);
            var updated = new InMemoryAdditionalText(path, text);
            if (old is null)
            {
                _driver = _driver.AddAdditionalTexts([updated]);
                _texts.Add(updated);
            }
            else if (old.Text != text)
            {
                _driver = _driver.ReplaceAdditionalText(old, updated);
                _texts[_texts.IndexOf(old)] = updated;
            }
        }

        _driver = _driver.RunGenerators(_compilation, TestContext.Current.CancellationToken);
    }

    /// <summary>Gives the driver other MSBuild properties and C# version, as the IDE does when the project file changes.</summary>
    public void Reconfigure(IReadOnlyDictionary<string, string>? properties, Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        _properties = properties;
        _parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        _driver = _driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider(properties: properties)).WithUpdatedParseOptions(_parseOptions);
        _driver = _driver.RunGenerators(_compilation, TestContext.Current.CancellationToken);
    }

    /// <summary>The sources and diagnostics of the kept driver equal those of a new one over the same files (in path order), and every span is where its lines say.</summary>
    public IReadOnlyList<Reported> AssertSameAsColdRun(string step)
    {
        var cold = GeneratorHarness.CreateDriver(_texts.OrderBy(text => text.Path, StringComparer.Ordinal).ToList(), properties: _properties, trackSteps: false).WithUpdatedParseOptions(_parseOptions).RunGenerators(_compilation, TestContext.Current.CancellationToken);
        var (warmSources, warmDiagnostics) = Outcome(_driver);
        var (coldSources, coldDiagnostics) = Outcome(cold);

        Assert.True(coldSources.Select(source => source.HintName).SequenceEqual(warmSources.Select(source => source.HintName)), step + ": other files generated than a cold run's\nwarm: " + string.Join(", ", warmSources.Select(source => source.HintName)) + "\ncold: " + string.Join(", ", coldSources.Select(source => source.HintName)));
        foreach (var (hintName, text) in coldSources)
        {
            Assert.True(text == warmSources.Single(source => source.HintName == hintName).Text, step + ": " + hintName + " differs from a cold run's");
        }

        Assert.True(coldDiagnostics.SequenceEqual(warmDiagnostics), step + ": diagnostics differ from a cold run's\nwarm:\n" + string.Join("\n", warmDiagnostics) + "\ncold:\n" + string.Join("\n", coldDiagnostics) + "\nfiles:\n" + string.Join("\n", _texts.Select(text => "== " + text.Path + "\n" + text.Text.Replace("\r", "<CR>", StringComparison.Ordinal))));
        foreach (var diagnostic in coldDiagnostics.Where(d => d.Path.Length > 0))
        {
            var source = Microsoft.CodeAnalysis.Text.SourceText.From(_texts.Single(text => text.Path == diagnostic.Path).Text);
            var fromLines = source.Lines.GetTextSpan(new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(diagnostic.Line - 1, diagnostic.Column - 1), new(diagnostic.EndLine - 1, diagnostic.EndColumn - 1)));
            Assert.True(fromLines.Start == diagnostic.Start && fromLines.Length == diagnostic.Length, step + ": the span of " + diagnostic + " is not where its lines say (" + fromLines + ")");
        }

        return coldDiagnostics;
    }

    /// <summary>The sources of the kept driver's last run.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources => Outcome(_driver).Sources;

    private static (List<(string HintName, string Text)> Sources, List<Reported> Diagnostics) Outcome(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, StringComparer.Ordinal).ToList();
        var diagnostics = result.Diagnostics.Select(Report).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Start).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
        return (sources, diagnostics);
    }

    private static Reported Report(Diagnostic diagnostic)
    {
        var lines = diagnostic.Location.GetLineSpan();
        return new Reported(
            diagnostic.Id,
            lines.Path ?? string.Empty,
            lines.StartLinePosition.Line + 1,
            lines.StartLinePosition.Character + 1,
            lines.EndLinePosition.Line + 1,
            lines.EndLinePosition.Character + 1,
            diagnostic.Location.SourceSpan.Start,
            diagnostic.Location.SourceSpan.Length,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
