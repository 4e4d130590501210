using System.Threading;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// IDEs run generators on threads with 1 MB stacks, and a stack overflow cannot be caught: it kills the
/// process. The deepest content FactbookMaxDepth allows (its ceiling, 256 levels) is read, compared on an
/// incremental run, and emitted there. A failure here crashes the test run, which is the point.
/// </summary>
public class StackTests
{
    private const int Ceiling = Factbook.Generator.Parsing.ParseLimits.DepthCeiling;

    [Fact]
    public void TheDeepestContentTheCeilingAllowsRunsTwiceOnAOneMegabyteStack()
    {
        var levels = (Ceiling - 6) / 2; // each nested object takes two levels in the schema file
        var schema = new InMemoryAdditionalText(TestContent.SchemaPath, "notes: " + Nested(Ceiling - 2) + "\ntypes:\n  Place:\n    fields:\n" + NestedFields(levels));
        var content = new InMemoryAdditionalText(TestContent.PlacesPath, "places:\n  - id: deep\n" + NestedValues(levels, "    "));
        var properties = new Dictionary<string, string> { ["FactbookMaxDepth"] = Ceiling.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var diagnostics = OnOneMegabyteStack(() =>
        {
            var driver = GeneratorHarness.CreateDriver([schema, content], properties: properties);
            driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _);
            driver = driver.ReplaceAdditionalText(content, new InMemoryAdditionalText(content.Path, content.GetText()!.ToString() + "# edited\n"));
            driver = driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(schema.Path, schema.GetText()!.ToString() + "# edited\n"));
            driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var generated);
            var members = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("Place.Members.g.cs", System.StringComparison.Ordinal)).ToString();
            return (generated.Concat(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)).ToList(), members);
        });

        Assert.Equal("FB0011", Assert.Single(diagnostics.Item1).Id); // the unknown 'notes' key, nothing else
        Assert.Contains("Deep = 0", diagnostics.members, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ADepthLimitAboveTheCeilingIsReportedAndTheCeilingUsed()
    {
        var nested = "places:\n  - id: a\n    name: " + new string('[', 300) + new string(']', 300) + "\n    kind: city\n";

        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(nested)], properties: new Dictionary<string, string> { ["FactbookMaxDepth"] = "100000" });

        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0033" && d.GetMessage() == "The MSBuild property FactbookMaxDepth must be a whole number from 1 to 256, not '100000'; using 256");
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0003" && d.GetMessage().Contains("deeper than 256", System.StringComparison.Ordinal));
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static string NestedFields(int levels)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            var indent = new string(' ', 6 + (i * 4));
            text.Append(indent).Append("f").Append(i).Append(":\n").Append(indent).Append("  type: object\n").Append(indent).Append("  fields:\n");
        }

        text.Append(new string(' ', 6 + (levels * 4))).Append("leaf: string\n");
        return text.ToString();
    }

    private static string NestedValues(int levels, string indent)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            text.Append(indent).Append(new string(' ', i * 2)).Append("f").Append(i).Append(":\n");
        }

        text.Append(indent).Append(new string(' ', levels * 2)).Append("leaf: bottom\n");
        return text.ToString();
    }

    private static T OnOneMegabyteStack<T>(System.Func<T> work)
    {
        T result = default!;
        System.Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (System.Exception exception)
            {
                failure = exception;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new System.InvalidOperationException("failed on the 1 MB thread", failure);
    }
}
