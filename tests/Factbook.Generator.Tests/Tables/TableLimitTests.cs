using Microsoft.CodeAnalysis;
using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// Limits of the tables: retirement reasons count towards the compiler's heap of string literals, and a collection too
/// large for a member per entry gets none, and gets them back when an edit brings it below the limit.
/// </summary>
public class TableLimitTests
{
    /// <summary>
    /// Retirement reasons are table text too: string tables that hold them must stay within the compiler's heap of
    /// string literals, so large reasons are counted and the largest entries left out with FB0037, as large values are.
    /// </summary>
    [Fact]
    public void LargeRetirementReasonsCountTowardsTheStringLiteralHeap()
    {
        var entries = string.Concat(Enumerable.Range(0, 9).Select(i => $"  - id: p{i}\n    text: t\n    retired: {{ reason: {new string((char)('a' + i), 999_000 - i)} }}\n"));
        var files = new[] { new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, "notes:\n" + entries) };

        var run = GeneratorHarness.Run(files, properties: TestContent.StringTables);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0037", 2, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        var literalCharacters = run.Output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot(TestContext.Current.CancellationToken).DescendantTokens())
            .Where(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken) && token.Parent?.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Identifier.ValueText: var name } && (name.StartsWith("table", StringComparison.Ordinal) || name == "ids"))
            .Sum(token => (long)token.ValueText.Length);
        Assert.InRange(literalCharacters, 1, 8_300_000);
    }

    /// <summary>
    /// Past 50,000 entries a collection gets no member per entry and an id enum without members (FB0043, at its
    /// first entry); it compiles and every entry is reached by its id. One entry fewer, after an edit, gives every
    /// member back, as a cold run does.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void ACollectionOverFiftyThousandEntriesHasNoMemberEachAndGetsThemBackBelow()
    {
        const int Count = Naming.GeneratedNames.MaxEntryMembers + 1;
        const string schema = "types:\n  Item:\n    fields:\n      n: int\n      label: { type: string, optional: true }\n";
        var text = "items:\n" + string.Concat(Enumerable.Range(0, Count).Select(i => "  - id: i" + i.ToString(CultureInfo.InvariantCulture) + "\n    n: " + i.ToString(CultureInfo.InvariantCulture) + "\n")) + "  - id: \"Київ 🎉\"\n    n: -1\n    label: \"12:abc\\uD83D\\uDE00\"\n";
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string Run() => Items.Count + "|" + Items.Get("i0").N + "|" + Items.Get("i50000").N + "|" + Items.Get("Київ 🎉").Label + "|" + Items.Get((ItemId)50001).Id + "|" + typeof(ItemId).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Length;
            }
            """;
        var files = new[] { new ContentFile("/project/content/items.schema.yaml", schema), new ContentFile("/project/content/items.yaml", text) };

        var run = GeneratorHarness.Run(files, probe);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0043", 2, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("50,002", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("50002|0|50000|12:abc\uD83D\uDE00|Київ 🎉|0", run.Invoke("Probe", "Run"));
        Assert.DoesNotContain(run.Sources, source => source.Text.Contains("public static global::Test.Content.Item I0 =>", StringComparison.Ordinal));

        IReadOnlyDictionary<string, string> content = files.ToDictionary(file => file.Path, file => file.Text);
        var session = new EditSession(content, properties: null);
        content = With(content, files[1].Path, text.Replace("  - id: i50000\n    n: 50000\n", string.Empty, StringComparison.Ordinal).Replace("  - id: i1\n    n: 1\n", string.Empty, StringComparison.Ordinal));
        session.Apply(content);
        Assert.Empty(session.AssertSameAsColdRun("two entries fewer"));
        Assert.Contains(session.Sources, source => source.Text.Contains("public static global::Test.Content.Item I0 =>", StringComparison.Ordinal));
        Assert.Contains(session.Sources, source => source.Text.Contains("I49999 = 49998,", StringComparison.Ordinal));
    }
}
