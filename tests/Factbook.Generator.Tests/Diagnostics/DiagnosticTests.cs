using Factbook.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Diagnostics;

/// <summary>
/// Each diagnostic, raised by a small bad input, at the exact file, line and column an author would look at; at most
/// 200 problems a file and 5,000 a build, errors first, then FB0036 with how many more; and the registry and its docs.
/// </summary>
public class DiagnosticTests
{
    private const string Schema = TestContent.SchemaPath;
    private const string Places = TestContent.PlacesPath;

    /// <summary>A valid place, to append bad ones to.</summary>
    private const string Russia = """
        places:
          - id: russia
            name: Russia
            kind: country
        """;

    private const string ListSchema = """
        types:
          Place:
            fields:
              tags: string[]
        """;

    public static TheoryData<string, string, string, string, int, int, string> Cases => new()
    {
        // id, schema, content, expected file, line, column, a phrase of the message
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: [unclosed\n", Places, 4, 1, "Invalid YAML" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n\tname: tab\n", Places, 3, 1, "YAML does not allow tabs for indentation; indent with spaces" },
        { "FB0001", TestContent.PlaceSchema, "places:\n\t- id: a\n\t  name: A\n", Places, 2, 1, "YAML does not allow tabs for indentation; indent with spaces" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: |\n      \tstarts with a tab\n    kind: city\n  - id: b\n\tname: B\n", Places, 7, 1, "YAML does not allow tabs for indentation" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: Kaliningrad: the enclave\n    kind: city\n", Places, 3, 22, "put a value that contains ': ' in quotes" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: 'it's'\n    kind: city\n", Places, 3, 15, "write '' for an apostrophe" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: \"Kaliningrad\n    kind: city\n", Places, 3, 11, "a quoted value is not closed, or a line of it is not indented under its key" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n   name: A\n", Places, 3, 4, "does not line up with the list above it" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: @home\n", Places, 3, 11, "put the value in quotes" },
        { "FB0001", TestContent.PlaceSchema, "places:\n  - id: a\n    name: [A\n    kind: city\n", Places, 3, 11, "cannot be read past this point" },
        { "FB0002", TestContent.PlaceSchema, "places:\n  - id: a\n    name: A\n    name: B\n    kind: city\n", Places, 4, 5, "'name' appears twice" },
        { "FB0002", TestContent.PlaceSchema, "places:\n  - id: a\n    name: A\n    !!str name: B\n    kind: city\n", Places, 4, 5, "'name' appears twice" },
        { "FB0003", TestContent.PlaceSchema, "places: " + new string('[', 70) + new string(']', 70) + "\n", Places, 1, 72, "deeper than 64" },
        { "FB0004", TestContent.PlaceSchema, "places:\n  - id: a\n    name: &n A\n    kind: city\n", Places, 3, 11, "'&n'" },
        { "FB0005", TestContent.PlaceSchema, "places: []\n---\nplaces: []\n", Places, 2, 1, "one YAML document" },
        { "FB0009", TestContent.PlaceSchema, "places:\n  - id: a\n    name: A\n    kind: city\n    ? [a, b]\n    : c\n", Places, 5, 7, "must be plain text, not a list" },
        { "FB0010", "types: [Place]\n", "", Schema, 1, 8, "'types' must be a mapping" },
        { "FB0010", "types:\n  Place:\n    description: [a, b]\n    fields:\n      name: string\n", "", Schema, 3, 18, "'description' must be text, not a list" },
        { "FB0011", "types:\n  Place:\n    fields:\n      name: { type: string, optinal: true }\n", "", Schema, 4, 29, "did you mean 'optional'?" },
        { "FB0011", "types:\n  Place:\n    fields:\n      name: { type: string, required: true }\n", "", Schema, 4, 29, "(Factbook fields are required by default; drop 'required' and write 'optional: true' on a field that may be left out)" },
        { "FB0011", "types:\n  Place:\n    required: [name]\n    fields:\n      name: string\n", "", Schema, 3, 5, "(Factbook fields are required by default;" },
        { "FB0011", "types:\n  Place:\n    fields:\n      name: { type: string, nullable: true }\n", "", Schema, 4, 29, "(write 'optional: true')" },
        { "FB0011", "title: Places\ntypes:\n  Place:\n    fields:\n      name: string\n", "", Schema, 1, 1, "Unknown key 'title' in the schema file; allowed keys are types" },
        { "FB0011", "types:\n  Place:\n    fields:\n      kind: { type: string, enum: [a, b] }\n", "", Schema, 4, 29, "(write 'type: enum' and list the values under 'values')" },
        { "FB0012", "types:\n  Place:\n    fields:\n      part_of: Plase\n", "", Schema, 4, 16, "did you mean 'Place'?" },
        { "FB0012", "types:\n  Place:\n    fields:\n      size: integer\n", "", Schema, 4, 13, "Unknown type 'integer' for field 'size' (did you mean 'int'?)" },
        { "FB0012", "types:\n  Place:\n    fields:\n      tags: array\n", "", Schema, 4, 13, "(write a type followed by [], e.g. string[])" },
        { "FB0013", "types:\n  place:\n    fields:\n      name: string\n", "", Schema, 2, 3, "'place' must be PascalCase" },
        { "FB0014", "types:\n  Place:\n    fields:\n      name: string\n  PlaceId:\n    fields:\n      name: string\n", "", Schema, 5, 3, "'PlaceId' would be generated twice" },
        { "FB0015", "types:\n  Place:\n    fields:\n      id: string\n", "", Schema, 4, 7, "reserved" },
        { "FB0016", "types:\n  Place:\n    fields:\n      kind: { type: enum, values: [] }\n", "", Schema, 4, 35, "needs 'values'" },
        { "FB0017", "types:\n  Place:\n    fields:\n      size: { type: int, default: many }\n", "", Schema, 4, 35, "'many'" },
        { "FB0018", "types:\n  Place:\n    collection: Places\n    fields:\n      name: string\n", "", Schema, 3, 17, "'Places'" },
        { "FB0015", "types:\n  Place:\n    fields:\n      clone: string\n", "", Schema, 4, 7, "would become 'Clone', which every generated record has already" },
        { "FB0015", "types:\n  Place:\n    fields:\n      reference_equals: string\n", "", Schema, 4, 7, "would become 'ReferenceEquals'" },
        { "FB0019", "types:\n  P" + new string('a', 244) + ":\n    fields:\n      name: string\n", "", Schema, 2, 3, "The type name 'Paaaa" },
        { "FB0019", "types:\n  Place:\n    fields:\n      f" + new string('a', 300) + ": string\n", "", Schema, 4, 7, "is 301 characters long" },
        { "FB0019", "types:\n  Place:\n    fields:\n      kind: { type: enum, values: [a" + new string('b', 1100) + "] }\n", "", Schema, 4, 36, "The enum value 'abbb" },
        { "FB0019", "types:\n  Place:\n    collection: c" + new string('c', 300) + "\n    fields:\n      name: string\n", "", Schema, 3, 17, "The collection name 'cccc" },
        { "FB0019", NestedSchema(8, 150), "", Schema, 20, 35, "makes a C# name of" },
        { "FB0019", TestContent.PlaceSchema, "places:\n  - id: a" + new string('b', 1100) + "\n    name: A\n    kind: city\n", Places, 2, 9, "The id 'abbbb" },
        { "FB0020", TestContent.PlaceSchema, "plases:\n  - id: a\n", Places, 1, 1, "did you mean 'places'?" },
        { "FB0021", TestContent.PlaceSchema, Russia + "\n  - name: Nowhere\n    kind: city\n", Places, 5, 5, "no 'id'" },
        { "FB0022", TestContent.PlaceSchema, "places:\n  - id: \"two\\nlines\"\n    name: K\n    kind: city\n", Places, 2, 9, "The id 'two\\nlines' spans several lines; an id is one line of text" },
        { "FB0022", TestContent.PlaceSchema, "places:\n  - id: \"\"\n    name: K\n    kind: city\n", Places, 2, 9, "The id '' is empty" },
        { "FB0024", TestContent.PlaceSchema, "places:\n  - id: all\n    name: All\n    kind: city\n", Places, 2, 9, "generated member of Places" },
        { "FB0024", TestContent.PlaceSchema, "places:\n  - id: place-id\n    name: P\n    kind: city\n", Places, 2, 9, "'PlaceId', which is a generated member" },
        { "FB0024", TestContent.PlaceSchema, "places:\n  - id: a1\n    name: A\n    kind: city\n  - id: a-1\n    name: B\n    kind: city\n", Places, 5, 9, "also the C# name of the id 'a1'" },
        { "FB0025", TestContent.PlaceSchema, Russia + "\n    nmae: R\n", Places, 5, 5, "did you mean 'name'?" },
        { "FB0026", TestContent.PlaceSchema, "places:\n  - id: russia\n    kind: country\n", Places, 2, 9, "The Place entry 'russia' is missing the required field 'name'" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    population: abc\n", Places, 5, 17, "expects a whole number, but 'abc'" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    founded: 2023-13-40\n", Places, 5, 14, "YYYY-MM-DD, but '2023-13-40' is not one; the month 13 does not exist: months go from 01 to 12" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    founded: 2023-02-30\n", Places, 5, 14, "; the day 30 does not exist: February 2023 has 28 days" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    founded: 2023-11-02T10:15:00Z\n", Places, 5, 14, "; a date field keeps no time of day: drop 'T10:15:00Z' and write 2023-11-02" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    founded: 02/11/2023\n", Places, 5, 14, "; write dates as 2023-11-02, 2023-11 or 2023" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    population: 3000000000\n", Places, 5, 17, "; it is too large for int (-2147483648 to 2147483647): declare the field as decimal for larger numbers" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    population: 146,000,000\n", Places, 5, 17, "; write it without separators: 146000000" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    population: 1.5\n", Places, 5, 17, "; it has a fraction: declare the field as decimal, or write a whole number" },
        { "FB0027", TestContent.PlaceSchema, Russia + "\n    population: 3.0\n", Places, 5, 17, "; write it without the decimal point: 3" },
        { "FB0028", TestContent.PlaceSchema, "places:\n  - id: a\n    name: A\n    kind: town\n", Places, 4, 11, "allowed values are country, city" },
        { "FB0028", TestContent.PlaceSchema, "places:\n  - id: a\n    name: A\n    kind: citty\n", Places, 4, 11, "'citty' is not an allowed value of 'kind' (did you mean 'city'?); allowed values are country, city" },
        { "FB0029", TestContent.PlaceSchema, Russia + "\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: rusia\n", Places, 8, 14, "did you mean 'russia'?" },
        { "FB0030", TestContent.PlaceSchema, "places:\n  - id: a\n    name: [A, B]\n    kind: city\n", Places, 3, 11, "expects text, but here is a list" },
        { "FB0030", ListSchema, "places:\n  - id: a\n    tags: weather\n", Places, 3, 11, "The field 'tags' expects a list, but here is the text 'weather'; write a list, even of one: [weather]" },
        { "FB0030", ListSchema, "places:\n  - id: a\n    tags: a, b\n", Places, 3, 11, "; write a list, even of one, in [ ]" },
        { "FB0030", ListSchema, "places:\n  - id: a\n    tags: \"null\"\n", Places, 3, 11, "; write a list, even of one, in [ ]" },
        { "FB0039", TestContent.PlaceSchema, "- name: Tom's blog\n  kind: city\n- name: Ann's blog\n  kind: city\n", Places, 1, 1, "This file is not read: it is a list, matches no type's 'files', and names no collection the schema declares (places); to read it, give its type files: \"places.yaml\" and layout: list in the schema" },
        { "FB0039", TestContent.PlaceSchema, "name: actionpack\nkind: city\nfounded: 2023-01-18\nextra: x\nmore: y\n", Places, 1, 1, "it is one record, matches no type's 'files'" },
        { "FB0041", "types:\n  Place:\n    files: \"*.yaml\"\n    fields:\n      name: string\n  Town:\n    files: \"places.*\"\n    fields:\n      name: string\n", "- id: a\n  name: A\n", Places, 1, 1, "matches the 'files' of both Place and Town" },
        { "FB0042", "types:\n  Place:\n    files: places.yaml\n    layout: list\n    extra_fields: warn\n    fields:\n      name: string\n", "- id: a\n  name: A\n  nmae: B\n", Places, 3, 3, "Place has no field 'nmae' (did you mean 'name'?); its value is ignored ('extra_fields: warn')" },
    };

    /// <summary>Objects nested <paramref name="depth"/> deep, each field named with <paramref name="length"/> letters.</summary>
    private static string NestedSchema(int depth, int length)
    {
        var text = "types:\n  Place:\n    fields:\n";
        for (var i = 0; i < depth; i++)
        {
            var indent = new string(' ', 6 + (i * 4));
            text += indent + (char)('a' + i) + new string('x', length - 1) + ":\n" + indent + "  type: object\n" + indent + "  fields:\n";
        }

        return text + new string(' ', 6 + (depth * 4)) + "leaf: string\n";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsReportedAtTheOffendingLine(string id, string schema, string content, string file, int line, int column, string phrase)
    {
        var files = new List<ContentFile> { TestContent.Schema(schema) };
        if (content.Length > 0)
        {
            files.Add(TestContent.Places(content));
        }

        var run = GeneratorHarness.Run(files, string.Empty);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal((id, file, line, column), (diagnostic.Id, Path(diagnostic), diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(FactbookDiagnostics.Find(id).IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AnEntryWithoutAnIdIsCalledThatNotQuoted()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places:\n  - kind: city\n"));

        var missing = run.FactbookDiagnostics.Single(d => d.Id == "FB0026");
        Assert.Equal((2, 5), (missing.Line(), missing.Column()));
        Assert.Equal("A Place entry without an id is missing the required field 'name'; until it is fixed, the Place entry without an id is left out of All, Count and Get, with the entries that refer to it", missing.GetMessage());
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0021");
    }

    [Fact]
    public void AFolderOfOneRecordFilesNoTypeBindsGivesOneWarningForAllNotAnErrorPerKey()
    {
        var files = Enumerable.Range(0, 20).Select(i => new ContentFile("/project/content/gems/g" + i + ".yaml", "gem: g" + i + "\ncve: 2023-22795\ndate: 2023-01-18\ntitle: t\n"));
        var run = GeneratorHarness.Run([TestContent.Schema(), .. files]);

        var unread = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0039", DiagnosticSeverity.Warning, "/project/content/gems/g0.yaml", 1, 1), (unread.Id, unread.Severity, unread.Location.GetLineSpan().Path, unread.Line(), unread.Column()));
        Assert.EndsWith("; nor are 19 other files under '/project/content/gems/'", unread.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAtTheLimitCompile()
    {
        var type = "P" + new string('a', 199);
        var field = "f" + new string('b', 199);
        var id = "i" + new string('c', 199);
        var schema = "types:\n  " + type + ":\n    collection: places\n    fields:\n      " + field + ": { type: enum, values: [v" + new string('d', 199) + "] }\n";

        var run = GeneratorHarness.Run(TestContent.Schema(schema), TestContent.Places("places:\n  - id: " + id + "\n    " + field + ": v" + new string('d', 199) + "\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.All(run.Sources, source => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(source.HintName), 1, 255));
    }

    [Theory]
    [InlineData("__arglist")]
    [InlineData("My.__makeref")]
    public void ReservedWordsAreNotNamespaces(string configured)
    {
        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(Russia)], string.Empty, factbookNamespace: configured);

        Assert.Equal("FB0032", Assert.Single(run.FactbookDiagnostics).Id);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ATypeNamedLikeTheSupportFileStillGenerates()
    {
        var run = GeneratorHarness.Run(TestContent.Schema("types:\n  FactbookSupport:\n    fields:\n      name: string\n"), new ContentFile("/project/content/support.yaml", "factbook_supports:\n  - id: a\n    name: A\n"));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "FB0999");
        Assert.Contains(run.Sources, source => source.HintName == "FactbookSupport.Members.g.cs" && source.Text.Contains("A = 0", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void DuplicateIdIsReportedAtBothPlaces()
    {
        var copy = new ContentFile("/project/content/places-copy.yaml", Russia);
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), copy);

        var located = run.FactbookDiagnostics.Select(d => (d.Id, Path(d), d.Line(), d.Column())).OrderBy(d => d.Item2).ToList();
        Assert.Equal([("FB0023", copy.Path, 2, 9), ("FB0023", Places, 2, 9)], located);
        Assert.All(run.FactbookDiagnostics, d => Assert.Contains("'russia' is used twice in places", d.GetMessage(), System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ABrokenTypeSharingACollectionNameDoesNotHideTheGoodTypesContent()
    {
        var schema = TestContent.PlaceSchema + "\n  Spot:\n    collection: places\n    fields:\n      name: string\n";
        var run = GeneratorHarness.Run(TestContent.Schema(schema), TestContent.Places(Russia));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", 11, 17), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("Russia = 0", run.Sources.Single(source => source.HintName == "Place.Members.g.cs").Text, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ContentWithoutSchemaIsAWarning()
    {
        var run = GeneratorHarness.Run(TestContent.Places(Russia));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0031", Places, 1, 1, DiagnosticSeverity.Warning), (diagnostic.Id, Path(diagnostic), diagnostic.Line(), diagnostic.Column(), diagnostic.Severity));
    }

    [Theory]
    [InlineData("content", "under '/project/content', so it generates nothing; put the schema and content there, or set the MSBuild property FactbookContentRoot")]
    [InlineData("/srv/facts", "under '/srv/facts'")]
    public void AProjectWhoseContentFolderHoldsNoYamlIsWarnedNamingTheFolderAndTheProperty(string contentRoot, string phrase)
    {
        var run = GeneratorHarness.Run([new ContentFile("/project/Content/places.txt", "not yaml")], string.Empty, properties: new Dictionary<string, string> { ["FactbookContentRoot"] = contentRoot });

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0035", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains(phrase, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectListingItsOwnFilesIsToldToAddThemAsAdditionalFiles()
    {
        var run = GeneratorHarness.Run([], string.Empty, properties: new Dictionary<string, string> { ["FactbookContentRoot"] = "content", ["FactbookIncludeContent"] = "false" });

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("Factbook found no .yaml or .yml file among the project's AdditionalFiles items, so it generates nothing; FactbookIncludeContent is false, so add the schema and content files as AdditionalFiles items", diagnostic.GetMessage());
    }

    [Fact]
    public void AnyYamlFileSilencesTheNoContentWarning()
    {
        var run = GeneratorHarness.Run([TestContent.Schema()], string.Empty, properties: new Dictionary<string, string> { ["FactbookContentRoot"] = "content" });

        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Id == "FB0035");
    }

    [Fact]
    public void InvalidNamespaceFallsBackAndSaysSo()
    {
        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(Russia)], string.Empty, factbookNamespace: "My.class");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0032", diagnostic.Id);
        Assert.Contains("namespace Factbook.Content", run.Sources[0].Text, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>
    /// Every reserved word Roslyn knows, the undocumented <c>__arglist</c> family included, and <c>nameof</c>,
    /// which the generated code calls: as a namespace each made the generated code fail to compile.
    /// </summary>
    [Fact]
    public void ANamespaceThatIsAReservedWordOrNameofFallsBack()
    {
        var reserved = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKinds()
            .Where(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsReservedKeyword)
            .Select(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetText)
            .Concat(["nameof", "A.nameof", "__makeref.A"]);
        foreach (var name in reserved)
        {
            var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(Russia)], string.Empty, factbookNamespace: name);

            Assert.True(run.FactbookDiagnostics.Count == 1 && run.FactbookDiagnostics[0].Id == "FB0032", name + ": " + string.Join(", ", run.FactbookDiagnostics));
            Assert.Empty(run.CompilationDiagnostics);
        }
    }

    [Fact]
    public void EveryProblemIsReportedAndGoodEntriesStillGenerate()
    {
        var run = GeneratorHarness.Run(
            TestContent.Schema(),
            TestContent.Places(Russia + "\n  - id: bad\n    name: Bad\n    kind: town\n  - id: worse\n    name: Worse\n    kind: city\n    part_of: bad\n"),
            new ContentFile("/project/content/broken.yaml", "places: [\n"));

        Assert.Equal(["FB0001", "FB0028"], run.FactbookDiagnostics.Select(d => d.Id).OrderBy(d => d));
        var places = run.Sources.Single(source => source.HintName == "Place.Members.g.cs").Text;
        Assert.Contains("Russia = 0", places, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Bad", places, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Worse", places, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AFileOfAThousandErrorsReportsTwoHundredAndSaysHowManyMore()
    {
        var entries = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"  - id: p{i}\n    name: P\n    kind: town\n"));

        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places:\n" + entries));

        Assert.Equal(200, run.FactbookDiagnostics.Count(d => d.Id == "FB0028"));
        var more = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0036");
        Assert.Equal(("800 more problems in this file are not shown; fix the ones reported and build again", DiagnosticSeverity.Warning, Places), (more.GetMessage(), more.Severity, more.Location.GetLineSpan().Path));
    }

    [Fact]
    public void AnErrorAfterHundredsOfWarningsIsNeverTheOneLeftOut()
    {
        var retired = "places:\n  - id: old\n    name: Old\n    kind: city\n    retired: true\n";
        var referrers = string.Concat(Enumerable.Range(0, 300).Select(i => $"  - id: p{i}\n    name: P\n    kind: city\n    part_of: old\n"));

        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(retired + referrers + "  - id: bad\n    name: B\n    kind: city\n    part_of: nowhere\n"));

        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0029");
        Assert.Equal(199, run.FactbookDiagnostics.Count(d => d.Id == "FB0034"));
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0036");
    }

    [Fact]
    public void ABuildReportsAtMostFiveThousandProblems()
    {
        var files = Enumerable.Range(0, 60).Select(f => new ContentFile($"/project/content/p{f}.yaml",
            "places:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"  - id: f{f}-x{i}\n    name: P\n    kind: town\n"))));

        var run = GeneratorHarness.Run([TestContent.Schema(), .. files]);

        Assert.Equal(5_000, run.FactbookDiagnostics.Count(d => d.Id == "FB0028"));
        var more = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0036");
        Assert.Equal("1000 more problems in other files are not shown; fix the ones reported and build again", more.GetMessage());
    }

    [Fact]
    public void TheRegistryIsInIdOrderWithACategoryAndADescriptionForEach()
    {
        var all = FactbookDiagnostics.All;

        Assert.Equal(all.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal), all.Select(d => d.Id));
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.Equal(typeof(FactbookDiagnostics).GetFields().Count(field => field.FieldType == typeof(FactbookDiagnostic)), all.Count);
        Assert.All(all, d =>
        {
            Assert.Matches("^FB[0-9]{4}$", d.Id);
            Assert.Contains(d.Category, DiagnosticCategories.All);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(d.Title.EndsWith('.'), d.Id + ": a title does not end with a period");
            Assert.False(d.MessageFormat.EndsWith('.'), d.Id + ": a message does not end with a period");
            Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Id + " has no description");
            Assert.True(d.Description.EndsWith('.'), d.Id + ": a description ends with a period");
        });
        Assert.Equal(["Factbook.Content", "Factbook.Schema", "Factbook.Configuration", "Factbook.Internal"], DiagnosticCategories.All);
    }

    [Fact]
    public void EveryDiagnosticIsTrackedForRelease()
    {
        // AnalyzerReleases.Shipped.md, then .Unshipped.md, read as the release-tracking analyzer reads them: New Rules
        // add an id, Removed Rules remove one, Changed Rules give one a new category and severity.
        var folder = System.IO.Path.Combine(RepositoryPaths.Root(), "src", "Factbook.Generator");
        var tracked = new Dictionary<string, (string Category, string Severity)>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var section = string.Empty;
            foreach (var line in System.IO.File.ReadAllLines(System.IO.Path.Combine(folder, file)))
            {
                if (line.StartsWith("### ", System.StringComparison.Ordinal))
                {
                    section = line[4..].Trim();
                    continue;
                }

                if (!line.StartsWith("FB", System.StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                switch (section)
                {
                    case "New Rules":
                        Assert.True(tracked.TryAdd(cells[0], (cells[1], cells[2])), cells[0] + " is added twice in " + file);
                        break;
                    case "Removed Rules":
                        Assert.True(tracked.Remove(cells[0]), cells[0] + " is removed in " + file + " but was never added");
                        break;
                    case "Changed Rules":
                        Assert.True(tracked.ContainsKey(cells[0]), cells[0] + " is changed in " + file + " but was never added");
                        tracked[cells[0]] = (cells[1], cells[2]);
                        break;
                    default:
                        Assert.Fail(cells[0] + " is listed outside a New, Removed or Changed Rules table in " + file);
                        break;
                }
            }
        }

        var registered = FactbookDiagnostics.All.Select(d => (d.Id, d.Category, d.IsError ? "Error" : "Warning"));

        Assert.Equal(registered, tracked.Select(entry => (entry.Key, entry.Value.Category, entry.Value.Severity)).OrderBy(entry => entry.Key, System.StringComparer.Ordinal));
    }

    [Fact]
    public void RoslynDescriptorsAreBuiltFromTheRegistry()
    {
        var descriptors = DiagnosticDescriptors.All.Select(d => (
            d.Id,
            d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Category,
            d.DefaultSeverity == DiagnosticSeverity.Error,
            d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.IsEnabledByDefault));
        var registered = FactbookDiagnostics.All.Select(d => (d.Id, d.Title, d.MessageFormat, d.Category, d.IsError, d.Description, true));

        Assert.Equal(registered, descriptors);
        Assert.Same(DiagnosticDescriptors.UnknownIdInCode, DiagnosticDescriptors.All.Single(d => d.Id == FactbookDiagnostics.UnknownIdInCode.Id));
    }

    [Fact]
    public void EveryDiagnosticIsDocumentedUnderItsTitleInIdOrder()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root(), "docs", "diagnostics.md")).ReplaceLineEndings("\n");

        var previous = -1;
        foreach (var diagnostic in FactbookDiagnostics.All)
        {
            var heading = "\n## " + diagnostic.Id + ": " + diagnostic.Title + "\n";
            Assert.Contains(heading, docs, System.StringComparison.Ordinal);
            var at = docs.IndexOf(heading, System.StringComparison.Ordinal);
            Assert.True(at > previous, diagnostic.Id + " is documented before the diagnostic above it in the registry");
            previous = at;
        }
    }

    private static string Path(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().Path;
}
