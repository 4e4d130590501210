using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>
/// Inputs of a few bytes on which YamlDotNet, <c>Uri</c> or a regex misbehave: each becomes a located
/// diagnostic on the value or entry, and the rest of the content still generates.
/// </summary>
public class OddInputTests
{
    private const string Russia = TestContent.Russia;

    private const string UrlSchema = """
        types:
          Place:
            fields:
              name: string
              kind: { type: enum, values: [country, city] }
              founded: { type: date, optional: true }
              site: { type: url, optional: true }
        """;

    [Theory]
    [InlineData(": &a #\n:")]
    [InlineData("a: &a #\n:")]
    [InlineData("- &a #\n-")]
    public void ASpanWhoseEndLiesBeforeItsStartIsReportedWithoutDroppingTheGeneratedCode(string text)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        Assert.All(run.FactbookDiagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("odd.yaml")), d => Assert.InRange(d.Line(), 1, 2));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٢٠٢٣")]
    [InlineData("２０２３")]
    [InlineData("٢٠٢٣-٠١-٠١")]
    [InlineData("2023-٠١")]
    public void DatesInNonAsciiDigitsAreInvalidValues(string date)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(UrlSchema), TestContent.Places(Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    founded: " + date + "\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 8, 14), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"//\\u202E\"")]
    [InlineData("\"http://\\u202E\"")]
    [InlineData("\"https://a\\u0000b/\"")]
    [InlineData("\"http://[::1\"")]
    public void UrlsThatMakeUriThrowAreInvalidValues(string url)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(UrlSchema), TestContent.Places(Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    site: " + url + "\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 8, 11), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }

    [Theory]
    [InlineData("places:\n  - id: !!str] a\n")]
    [InlineData("places: !!] x\n")]
    [InlineData("!!str] places: x\n")]
    [InlineData("%TAG ! tag:]\n--- !x a\n")]
    public void TagsThatAreNotUrisAreSyntaxErrors(string text)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0001" && d.Location.GetLineSpan().Path.EndsWith("odd.yaml"));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    /// <summary>A class may not declare a member of its own name (CS0542), so the collection 'all' cannot become the class <c>All</c>.</summary>
    [Theory]
    [InlineData("all")]
    [InlineData("all_including_retired")]
    [InlineData("count")]
    [InlineData("get")]
    [InlineData("try_get")]
    [InlineData("by_place")]
    public void ACollectionNamedLikeAMemberOfItsClassIsReported(string collection)
    {
        var schema = TestContent.PlaceSchema + "\n  Thing:\n    collection: " + collection + "\n    fields:\n      place: { type: Place, optional: true }\n";

        var run = GeneratorHarness.Run(TestContent.Schema(schema), TestContent.Places(Russia), new ContentFile("/project/content/things.yaml", collection + ":\n  - id: a\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", 11, 17), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("a member of that class", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>A record may not be named like a member it declares (CS0542): every entry record has Key, Id, Equals and the rest.</summary>
    [Theory]
    [InlineData("Key:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("Id:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("SupersededBy:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("Equals:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("To:\n    fields:\n      string: { type: object, fields: { name: string } }\n", 12, 23)]
    public void ATypeNamedLikeAMemberOfItsRecordIsReported(string type, int line, int column)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(TestContent.PlaceSchema + "\n  " + type), TestContent.Places(Russia));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("a member that every generated record has", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>YamlDotNet lets a '\U' escape from \U80000000 up through its check and then throws without a position: the error is at the escape, not about a tag.</summary>
    [Theory]
    [InlineData("places:\n  - id: a\n    name: \"\\UFFFFFFFF\"\n", 3, 12)]
    [InlineData("\uFEFFplaces:\n  - id: a\n    name: \"ok \\\\U80000000 \\U80000000\"\n", 3, 27)]
    [InlineData("- a\n- \"\\U80000000\"\n", 2, 4)]
    public void AUnicodeEscapeBeyondTheLastCharacterIsASyntaxErrorAtTheEscape(string text, int line, int column)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0001", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("\\U0010FFFF", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>
    /// Positions found outside YamlDotNet (a byte that was not UTF-8, a tab that indents) count lines as YamlDotNet
    /// and Roslyn do, in the text after the byte order mark: CR line ends, U+2028 or a byte order mark put them
    /// on another line than the offset, or one character off.
    /// </summary>
    [Theory]
    [InlineData("places:\r  - id: a\r    name: \uFFFD\r", "FB0008", 3, 11, 28)]
    [InlineData("\uFEFFplaces:\n  - id: a\n    name: \uFFFD\n", "FB0008", 3, 11, 28)]
    [InlineData("places:\n  - id: a\n    name: b\u2028c\uFFFD\n", "FB0008", 4, 2, 31)]
    [InlineData("places:\r  - id: a\r\tname: x\r", "FB0001", 3, 1, 18)]
    public void PositionsFoundBeforeParsingCountLinesAsTheParserDoes(string text, string id, int line, int column, int offset)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == id);
        Assert.Equal((line, column, offset), (diagnostic.Line(), diagnostic.Column(), diagnostic.Location.SourceSpan.Start));
    }

    [Fact]
    public void AFailureWhileReadingOneEntryCostsThatEntryNotTheFile()
    {
        var schema = Factbook.Generator.Schema.SchemaReader.Read([Factbook.Generator.Parsing.YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)], TestContext.Current.CancellationToken);
        var file = Factbook.Generator.Parsing.YamlFileParser.Parse(TestContent.PlacesPath, Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    population: many\n");

        var content = Factbook.Generator.Content.EntryReader.Read(file, schema, entry =>
        {
            if (entry.Get("id")?.Text == "moscow")
            {
                throw new System.InvalidOperationException("a bug");
            }
        }, TestContext.Current.CancellationToken);

        Assert.Equal(["russia"], content.Entries.Select(entry => entry.Id));
        var problem = Assert.Single(content.Diagnostics);
        Assert.Equal(("FB0999", 5, 9), (problem.Id, problem.Span.Line, problem.Span.Column));
        Assert.Equal("Factbook failed on the Place entry 'moscow': InvalidOperationException: a bug; please report it", problem.Message);
    }

    public static TheoryData<string> Forgeries => new()
    {
        "x\nsrc/Program.cs(10,5): error CS1002: ; expected",
        "x\r\n::error file=app.cs::forged",
        "\u001B[2J\u001B[31mred",
        "abc\u202Edcba",
        "a\u2028b\u0085c\u0000d",
    };

    /// <summary>Content placed in every spot a message quotes: a field, a collection, an id, an enum value, a reference, a type.</summary>
    [Theory]
    [MemberData(nameof(Forgeries))]
    public void ContentQuotedInAMessageCannotForgeLinesOrReachTheTerminal(string hostile)
    {
        var quoted = "\"" + string.Concat(hostile.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c is '"' or '\\' ? "\\" + c : c.ToString())) + "\"";
        var content = "places:\n  - id: " + quoted + "\n    name: A\n    kind: " + quoted + "\n    part_of: " + quoted + "\n    " + quoted + ": 1\n" + quoted + ": []\n";
        var schema = TestContent.PlaceSchema + "\n  Other:\n    fields:\n      other: " + quoted + "\n";

        var run = GeneratorHarness.Run(TestContent.Schema(schema), TestContent.Places(content));
        var cli = Factbook.Generator.Content.ContentLoader.Load([(TestContent.SchemaPath, schema), (TestContent.PlacesPath, content)], Factbook.Generator.Parsing.ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        // Ids are any one line of text, so a hostile id that is one line is accepted, and its member compiles.
        Assert.True(run.FactbookDiagnostics.Count >= 3, string.Join("\n", run.FactbookDiagnostics));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(run.FactbookDiagnostics.Select(d => d.GetMessage()).Concat(cli.Diagnostics.Select(d => d.ToString())), message =>
            Assert.DoesNotContain(message, c => c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\u202E'));
        Assert.Contains(run.FactbookDiagnostics, d => d.GetMessage().Contains("\\u", StringComparison.Ordinal) || d.GetMessage().Contains("\\n", StringComparison.Ordinal));
    }

    private static string Members(GeneratorRun run) => run.Sources.Single(source => source.HintName == "Place.Members.g.cs").Text;

    private static void AssertNothingEscaped(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "FB0999" or "CS8785");
        Assert.Empty(run.CompilationDiagnostics);
    }
}
