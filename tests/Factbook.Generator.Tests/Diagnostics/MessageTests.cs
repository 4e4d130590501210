using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Diagnostics;

/// <summary>Messages that say what is wrong as a reader would see it, and nothing that is not.</summary>
public sealed class MessageTests
{
    private static GeneratorRun Run(string schema, string content, string contentPath = "/p/content/things.yaml") =>
        GeneratorHarness.Run(new ContentFile("/p/content/things.schema.yaml", schema), new ContentFile(contentPath, content));

    private const string UrlSchema = "types:\n  Thing:\n    fields:\n      site: url\n";

    [Fact]
    public void AUrlWithAnInvisibleCharacterNamesIt()
    {
        var run = Run(UrlSchema, "things:\n  - id: a\n    site: \"https://a.example/\\u00A0\"\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 3, 11), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("it holds U+00A0 (no-break space) after 'https://a.example/', which a URL cannot hold: delete it", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("starting https://", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralUrlsInOneValueAreShownEach()
    {
        var run = Run(UrlSchema, "things:\n  - id: a\n    site: https://github.com/cncf/landscape/blob/master/some/long/path - https://www.cncf.io/projects/thing/\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 3, 11), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("; it holds 2 addresses ('https://github.com/cncf/landscape/blob/master/some/long/path' and 'https://www.cncf.io/projects/thing/'): give one, or make the field a list of URLs (type: url[])", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAddressInsideAnArchivesAddressIsOneAddress()
    {
        var run = Run(UrlSchema, "things:\n  - id: a\n    site: \"https://web.archive.org/web/2020/https://example.com/a page\"\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Contains("it holds U+0020", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("addresses", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADescriptionCutByTwoCommasIsQuotedWhole()
    {
        var run = Run("types:\n  Person:\n    fields:\n      handle: { type: string, description: The name, without the at sign, as written }\n", "persons:\n  - id: a\n    handle: x\n");

        Assert.All(run.FactbookDiagnostics, diagnostic => Assert.Equal("FB0011", diagnostic.Id));
        Assert.Contains("quote the value: description: \"The name, without the at sign, as written\")", run.FactbookDiagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnquotedDescriptionCutByACommaInBracesIsToldToBeQuoted()
    {
        var run = Run("types:\n  Person:\n    fields:\n      handle: { type: string, description: Name, without the '@' }\n", "persons:\n  - id: a\n    handle: x\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0011", "/p/content/things.schema.yaml", 4, 50), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("(a ', ' ends a value inside { }, so the rest of the value of 'description' became a key; quote the value: description: \"Name, without the '@'\")", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private const string DateSchema = "types:\n  Event:\n    fields:\n      on: date\n";

    [Fact]
    public void DateTimesInADateFieldSuggestADateTimeFieldWhenEveryValueIsOne()
    {
        var run = Run(DateSchema, "events:\n  - id: a\n    on: 2023-10-01T12:00:00Z\n  - id: b\n    on: 2023-10-02T08:30:00+01:00\n");

        Assert.Equal(2, run.FactbookDiagnostics.Count);
        Assert.All(run.FactbookDiagnostics, diagnostic => Assert.Equal("FB0027", diagnostic.Id));
        Assert.Equal([3, 5], run.FactbookDiagnostics.Select(diagnostic => diagnostic.Line()));
        Assert.All(run.FactbookDiagnostics, diagnostic => Assert.Contains("; every value of 'on' in this file is a date and time: to keep them, make the field 'type: datetime'", diagnostic.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public void ADateTimeAmongDatesDoesNotSuggestADateTimeField()
    {
        var run = Run(DateSchema, "events:\n  - id: a\n    on: 2023-10-01T12:00:00Z\n  - id: b\n    on: 2023-10-02\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 3, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("a date field keeps no time of day", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("type: datetime", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASchemaErrorNeverSuggestsTheNameAlreadyWritten()
    {
        var run = Run("types:\n  Tool:\n    files: tools.yml\n    layout: groups\n    group: kind\n    fields:\n      kind: int\n", "a:\n  - id: x\n", "/p/content/tools.yml");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 5, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.EndsWith("'group' of type 'Tool' must name one of its text or enum fields", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private const string BoundAndKeyed = "types:\n  Advisory:\n    files: gems/**/*.yml\n    layout: record\n    fields:\n      title: string\n  Place:\n    fields:\n      name: string\n";

    [Fact]
    public void AnUnknownCollectionListsTheCollectionsReadFromTheirOwnFilesToo()
    {
        var run = Run(BoundAndKeyed, "placez:\n  - id: a\n    name: A\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics, diagnostic => diagnostic.Id != "FB0048");
        Assert.Equal(("FB0020", 1, 1), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("Unknown collection 'placez' (did you mean 'places'?); the schema declares places; read from their own files: advisories (gems/**/*.yml)", diagnostic.GetMessage());
    }

    [Fact]
    public void ABoundCollectionUnderAKeySaysWhereItsEntriesAreRead()
    {
        var run = Run(BoundAndKeyed, "advisories:\n  - id: a\n    title: A\nplaces:\n  - id: b\n    name: B\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics, diagnostic => diagnostic.Id != "FB0048");
        Assert.Equal("Unknown collection 'advisories' (its entries are read from its own files, gems/**/*.yml, not under a key); the schema declares places; read from their own files: advisories (gems/**/*.yml)", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("class")]
    [InlineData("Stuff_")]
    public void ATypeRefusedForItsNameGivesNoFollowOnProblemAtItsContent(string name)
    {
        var collection = name == "class" ? "classes" : "stuff_s";
        var run = Run("types:\n  " + name + ":\n    fields:\n      name: string\n", collection + ":\n  - id: a\n    name: x\n");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0013", "/p/content/things.schema.yaml"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
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
}
