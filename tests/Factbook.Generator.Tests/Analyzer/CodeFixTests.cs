using System.Collections.Immutable;
using Factbook.CodeFixes;
using Factbook.Generator.Tests.Layouts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Factbook.Generator.Tests.Analyzer;

/// <summary>The FB0040 code fix, applied as the IDE applies it: the fixed code compiles with no diagnostic.</summary>
public class CodeFixTests
{
    private const string Content = "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n";

    [Theory]
    [InlineData("public static object A() => Places.Get(\"moscwo\");", "public static object A() => Places.Moscow;", "Use Places.Moscow")]
    [InlineData("public static bool A() => Places.TryGet(\"rusia\", out _);", "public static bool A() => Places.TryGet(\"russia\", out _);", "Use 'russia'")]
    [InlineData("[PlaceRef(\"moscwo\")] public static void A() { }", "[PlaceRef(\"moscow\")] public static void A() { }", "Use 'moscow'")]
    public System.Threading.Tasks.Task TheFixReplacesTheMisspeltIdAndTheCodeCompiles(string before, string after, string title) =>
        AssertFix([TestContent.Schema(), TestContent.Places(Content)], before, after, title);

    [Theory]
    [InlineData("public static object A() => Languages.Get(\"c#\");", "public static object A() => Languages.CSharp;", "Use Languages.CSharp")]
    [InlineData("public static object A() => Languages.Get(\"Gemfile.lok\");", "public static object A() => Languages.GemfileLock;", "Use Languages.GemfileLock")]
    [InlineData("public static object A() => Languages.Get(\"18f markdown\");", "public static object A() => Languages._18FMarkdown;", "Use Languages._18FMarkdown")]
    [InlineData("public static bool A() => Languages.TryGet(\"c++ \", out _);", "public static bool A() => Languages.TryGet(\"C++\", out _);", "Use 'C++'")]
    public System.Threading.Tasks.Task WithNaturalIdsTheFixWritesTheMemberTheGeneratorDerived(string before, string after, string title) =>
        AssertFix(ExistingYamlTests.FixtureFiles("languages"), before, after, title);

    private static async System.Threading.Tasks.Task AssertFix(ContentFile[] files, string before, string after, string title)
    {
        var generated = GeneratorHarness.Run(files);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(GeneratorHarness.ParseOptions)
            .WithMetadataReferences(generated.Output.References);
        foreach (var (hintName, text) in generated.Sources)
        {
            project = project.AddDocument(hintName, text).Project;
        }

        var document = project.AddDocument("Consumer.cs", "using Test.Content;\n\npublic static class Uses\n{\n    " + before + "\n}\n");
        var compilation = (await document.Project.GetCompilationAsync(TestContext.Current.CancellationToken))!;
        var options = new AnalyzerOptions(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray());
        var diagnostic = Assert.Single(await compilation.WithAnalyzers([new StringIdAnalyzer()], options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken));

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), TestContext.Current.CancellationToken);
        await new StringIdCodeFix().RegisterCodeFixesAsync(context);

        var action = Assert.Single(actions);
        Assert.Equal(title, action.Title);
        var changed = (await action.GetOperationsAsync(TestContext.Current.CancellationToken)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var fixedDocument = changed.GetDocument(document.Id)!;
        Assert.Contains(after, (await fixedDocument.GetTextAsync(TestContext.Current.CancellationToken)).ToString(), System.StringComparison.Ordinal);
        var fixedCompilation = (await fixedDocument.Project.GetCompilationAsync(TestContext.Current.CancellationToken))!;
        Assert.Empty(fixedCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591"));
        Assert.Empty(await fixedCompilation.WithAnalyzers([new StringIdAnalyzer()], options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken));
    }
}
