using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// Limits of the compiler that big content must stay under: all string literals of an assembly share a
/// 16 MB heap (CS8103 past about 8.4 million UTF-16 characters). Projects with C# 11 and .NET Core 3.0 or
/// later get tables as UTF-8 data, outside that heap; others get string constants, which the assembler
/// keeps within it (FB0037). Both are checked here.
/// </summary>
[Trait("Category", "Slow")]
public class ScaleTests
{
    [Fact]
    public void AHundredThousandEntriesStayWithinTheStringLiteralHeap()
    {
        var files = SyntheticContent.Make(100_000).Select(file => new ContentFile(file.Path, file.Text)).ToArray();

        var run = GeneratorHarness.Run(files, properties: TestContent.StringTables);

        Assert.Empty(run.GeneratorDiagnostics);
        var literalCharacters = run.Output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot(TestContext.Current.CancellationToken).DescendantTokens())
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken))
            .Sum(token => (long)token.ValueText.Length);
        Assert.InRange(literalCharacters, 1, 8_300_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheLiteralBudgetNeverCountsLessThanTheTablesHold(bool referenceHeavy)
    {
        var files = referenceHeavy
            ? new[]
            {
                new ContentFile("/content/places.schema.yaml", "types:\n  Place:\n    fields:\n      near: { type: \"Place[]\", optional: true }\n      note: { type: string, optional: true }\n"),
                new ContentFile("/content/places.yaml", "places:\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i =>
                    $"  - id: p{i}\n    near: [{string.Join(", ", Enumerable.Range(1, 10).Select(j => "p" + ((i + (j * 97)) % 3_000)))}]\n" + (i % 3 == 0 ? "" : "    note: n\n")))),
            }
            : SyntheticContent.Make(3_000).Select(file => new ContentFile(file.Path, file.Text)).ToArray();

        var run = GeneratorHarness.Run(files, properties: TestContent.StringTables);
        Assert.Empty(run.GeneratorDiagnostics);
        var held = run.Output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot(TestContext.Current.CancellationToken).DescendantTokens())
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken) && token.Parent?.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Identifier.ValueText: var name } && (name.StartsWith("table", System.StringComparison.Ordinal) || name == "ids"))
            .Sum(token => (long)token.ValueText.Length);

        var schema = Factbook.Generator.Schema.SchemaReader.Read(files.Where(file => file.Path.EndsWith(".schema.yaml", System.StringComparison.Ordinal)).Select(file => Factbook.Generator.Parsing.YamlFileParser.Parse(file.Path, file.Text)), TestContext.Current.CancellationToken);
        var drafts = files.Where(file => !file.Path.EndsWith(".schema.yaml", System.StringComparison.Ordinal))
            .SelectMany(file => Factbook.Generator.Content.EntryReader.Read(Factbook.Generator.Parsing.YamlFileParser.Parse(file.Path, file.Text), schema).Entries.Select(entry => (file.Path, entry)))
            .ToList();
        var keyLength = Factbook.Generator.Content.LiteralBudget.KeyLength(drafts.GroupBy(draft => draft.entry.Collection).Max(group => group.Count()));
        var counted = drafts.Sum(draft => Factbook.Generator.Content.LiteralBudget.Of(draft.entry, schema.Types.Single(type => type.CollectionName == draft.entry.Collection).Fields, keyLength, draft.Path));

        Assert.InRange(counted, held, held * 12 / 10);
    }

    [Fact]
    public void ContentBeyondTheStringLiteralHeapIsReportedAtItsLargestEntriesAndTheRestCompiles()
    {
        var entries = string.Concat(Enumerable.Range(0, 9).Select(i => $"  - id: p{i}\n    name: {new string((char)('a' + i), 999_000 - i)}\n    kind: city\n"));

        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places("places:\n" + entries)], properties: TestContent.StringTables);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0037", 2, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        using var stream = new System.IO.MemoryStream();
        var emitted = run.Output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }

    [Fact]
    public void WithUtf8TablesTheSameTextCompilesWholeAndReadsBack()
    {
        var entries = string.Concat(Enumerable.Range(0, 9).Select(i => $"  - id: p{i}\n    name: {new string((char)('a' + i), 999_000 - i)}\n    kind: city\n"));

        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places("places:\n" + entries)], "public static class Probe { public static int Run() => Test.Content.Places.P8.Name.Length; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(999_000 - 8, (int)run.Invoke("Probe", "Run")!);
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(tree => tree.GetRoot(TestContext.Current.CancellationToken).DescendantTokens()), token => token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Length > 100_000);
    }
}
