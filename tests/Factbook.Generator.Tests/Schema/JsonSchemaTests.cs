using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Factbook.Cli.JsonSchemas;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Factbook.Generator.Tests.Layouts;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// The JSON Schemas exported for editors accept the real content, and reject a broken file at the same place
/// and for the same reason as the generator.
/// </summary>
public class JsonSchemaTests
{
    [Fact]
    public void EveryContentFileIsValidAgainstTheExportedSchemas()
    {
        var files = RepositoryPaths.ContentFiles();
        var schemas = Export(files);

        Assert.Equal(["appearances", "articles", "claims", "content", "historical_events", "organisations", "people", "places", "quotations", "quotes", "reviews", "schema-language", "weapon_systems"],
            schemas.Keys.Select(name => name.Replace(".schema.json", string.Empty, StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal));
        foreach (var file in files.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path)))
        {
            var document = ToJson(file.Text);
            AssertValid(schemas[JsonSchemaExporter.CombinedFileName], document, file.Path);
            var collections = document.AsObject().Select(property => property.Key).ToList();
            if (collections.Count == 1)
            {
                AssertValid(schemas[collections[0] + ".schema.json"], document, file.Path);
            }
        }
    }

    [Theory]
    [InlineData("static-site", "showcase.yml", "showcases")]
    [InlineData("static-site", "navigation.yml", "nav_links")]
    [InlineData("languages", "languages.yml", "languages")]
    [InlineData("advisories", "gems/actionpack/CVE-2023-22795.yml", "advisories")]
    [InlineData("advisories", "gems/RedCloth/CVE-2012-6684.yml", "advisories")]
    [InlineData("advisories", "rubies/ruby/CVE-2021-31799.yml", "ruby_advisories")]
    [InlineData("landscape", "landscape.yml", "landscape")] // items three levels down, through their holders' definitions
    [InlineData("osv", "vulns/jinja2/GHSA-h5c8-rqwp-cp95.yaml", "advisories")]
    public void ExistingYamlIsValidAgainstTheSchemaOfItsBoundTypeAndAMisspeltFieldIsNot(string fixture, string file, string collection)
    {
        var files = ExistingYamlTests.FixtureFiles(fixture);
        var schemas = Export(files);
        var text = files.Single(candidate => candidate.Path.EndsWith("/" + file, StringComparison.Ordinal)).Text;

        AssertValid(schemas[collection + ".schema.json"], ToJson(text), file);
        var misspelt = text.Replace("url:", "ulr:", StringComparison.Ordinal).Replace("type:", "tpye:", StringComparison.Ordinal);
        Assert.False(schemas[collection + ".schema.json"].Evaluate(ToJson(misspelt).Deserialize<JsonElement>()).IsValid, file + " with a misspelt field");
        Assert.DoesNotContain(collection, CombinedCollections(files));
    }

    /// <summary>The collections the combined schema offers as top-level keys: bound types are read from their own files, not by key.</summary>
    private static IEnumerable<string> CombinedCollections(IEnumerable<ContentFile> files)
    {
        var loaded = ContentLoader.Load(files.Select(file => (file.Path, file.Text)), ParseLimits.Default);
        var json = JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == JsonSchemaExporter.CombinedFileName).Json;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("properties").EnumerateObject().Select(property => property.Name).ToList();
    }

    public static TheoryData<string, string, string, string> BrokenFiles => new()
    {
        // the change, the generator's diagnostic, where the JSON Schema finds the problem
        { "name: Moscow", "nmae: Moscow", "FB0025", "/places/1" },
        { "kind: city", "kind: town", "FB0028", "/places/1/kind" },
        { "part_of: russia", "part_of: rusia", "FB0029", "/places/1/part_of" },
        { "    name: Moscow\n", string.Empty, "FB0026", "/places/1" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void ABrokenFileFailsForTheSameReasonAsInTheGenerator(string from, string to, string diagnostic, string location)
    {
        const string content = "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: russia\n";
        var good = new[] { TestContent.Schema(), TestContent.Places(content) };
        var broken = TestContent.Places(content.Replace(from, to, StringComparison.Ordinal));
        var schema = Export(good)["places.schema.json"];

        var results = schema.Evaluate(ToJson(broken.Text).Deserialize<JsonElement>(), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var run = GeneratorHarness.Run(TestContent.Schema(), broken);

        Assert.False(results.IsValid);
        Assert.Contains(location, results.Details!.Where(detail => detail.Errors is { Count: > 0 }).Select(detail => detail.InstanceLocation.ToString()));
        Assert.Contains(diagnostic, run.FactbookDiagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("warn")]
    [InlineData("ignore")]
    public void ASchemaAcceptsWhatTheBuildAcceptsIdsFromAFieldAndFieldsItTakesWithoutDeclaring(string policy)
    {
        // Every entry was flagged: 'id' required though ids come from 'name', and extra fields refused though the
        // build only warns about them (or ignores them).
        var schema = "types:\n  Place:\n    id: { from: field, field: name }\n    extra_fields: " + policy + "\n    fields:\n      name: string\n      where: { type: object, optional: true, fields: { lat: { type: decimal, optional: true } } }\n";
        var content = "places:\n  - name: Moscow\n    population: 13000000\n    where:\n      lat: 55.75\n      source: survey\n";
        var files = new[] { new ContentFile("/p/content/places.schema.yaml", schema), new ContentFile("/p/content/places.yaml", content) };

        var run = GeneratorHarness.Run(files);
        var schemas = Export(files);

        Assert.DoesNotContain(run.FactbookDiagnostics, diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        AssertValid(schemas["places.schema.json"], ToJson(content), "places.yaml");
        AssertValid(schemas[JsonSchemaExporter.CombinedFileName], ToJson(content), "places.yaml");
    }

    [Fact]
    public void ASchemaStillRefusesWhatTheBuildRefuses()
    {
        var schema = "types:\n  Place:\n    id: { from: field, field: name }\n    fields:\n      name: string\n";
        var content = "places:\n  - name: Moscow\n    population: 13000000\n";
        var files = new[] { new ContentFile("/p/content/places.schema.yaml", schema), new ContentFile("/p/content/places.yaml", content) };

        var schemas = Export(files);

        Assert.Equal("FB0025", Assert.Single(GeneratorHarness.Run(files).FactbookDiagnostics).Id);
        Assert.False(schemas[JsonSchemaExporter.CombinedFileName].Evaluate(ToJson(content).Deserialize<JsonElement>()).IsValid);
        Assert.True(schemas[JsonSchemaExporter.CombinedFileName].Evaluate(ToJson("places:\n  - name: Moscow\n").Deserialize<JsonElement>()).IsValid);
    }

    [Fact]
    public void TheRealSchemaFileIsValidAgainstTheSchemaLanguageSchema()
    {
        var schemaFiles = RepositoryPaths.ContentFiles().Where(file => ParsedYamlFile.IsSchemaPath(file.Path)).ToList();

        Assert.NotEmpty(schemaFiles);
        Assert.All(schemaFiles, file => AssertValid(SchemaLanguage(), ToJson(file.Text), file.Path));
    }

    /// <summary>Every key the schema language gained for existing data is one an editor accepts, in a schema the build accepts.</summary>
    [Fact]
    public void ASchemaWithEveryKeyForExistingDataIsValidForTheBuildAndForEditors()
    {
        const string schema = """
            booleans: yaml1.1
            objects:
              Organization:
                description: Who maintains it.
                fields:
                  name: string
            types:
              Item:
                files: ["../data/items/*.yml", "items/*.yml"]
                layout: record
                members: none
                retired: { when: archived }
                fields:
                  code: { type: string, pattern: '^[A-Z]+$', unique: true }
                  archived: { type: bool, optional: true, booleans: yaml1.1 }
                  organization: { type: [url, Organization], optional: true, name: Owner }
                  score: [int, string]
                  extra: { type: yaml, optional: true }
                  jobs: { type: "map<object>", optional: true, fields: { runs_on: { type: string, index: true } } }
                  env: "map<string>"
                  owners: "Organization[]"
            """;

        Assert.DoesNotContain(GeneratorHarness.Run(new ContentFile("/p/content/items.schema.yaml", schema)).FactbookDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        AssertValid(SchemaLanguage(), ToJson(schema), "a schema with every key for existing data");
    }

    public static TheoryData<string, string, string, string> BrokenSchemaFiles => new()
    {
        // the change, the reader's diagnostic, where the JSON Schema finds the problem
        { "    fields:", "    colection: places\n    fields:", "FB0011", "/types/Place/colection" },
        { "{ type: int, optional: true }", "{ type: int, required: true }", "FB0011", "/types/Place/fields/population/required" },
        { "{ type: int, optional: true }", "{ type: int, optinal: true }", "FB0011", "/types/Place/fields/population/optinal" },
        { "{ type: int, optional: true }", "{ type: integer, optional: true }", "FB0012", "/types/Place/fields/population/type" },
        { "{ type: int, optional: true }", "{ type: int, values: [one] }", "FB0010", "/types/Place/fields/population/values" },
        { "{ type: enum, values: [country, city] }", "{ type: enum }", "FB0016", "/types/Place/fields/kind" },
        { "{ type: Place, optional: true }", "{ type: Place, default: russia }", "FB0017", "/types/Place/fields/part_of/default" },
        { "types:", "type:", "FB0011", string.Empty },
        { "name: {", "id: {", "FB0015", "/types/Place/fields" },
        { "  Place:", "  place:", "FB0013", "/types/place" },
    };

    [Theory]
    [MemberData(nameof(BrokenSchemaFiles))]
    public void ABrokenSchemaFileFailsTheSchemaLanguageSchemaAsItFailsTheReader(string from, string to, string diagnostic, string location)
    {
        var broken = TestContent.PlaceSchema.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(TestContent.PlaceSchema, broken);
        AssertValid(SchemaLanguage(), ToJson(TestContent.PlaceSchema), "the schema before the change");

        var results = SchemaLanguage().Evaluate(ToJson(broken).Deserialize<JsonElement>(), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var loaded = ContentLoader.Load([(TestContent.SchemaPath, broken)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(results.IsValid);
        Assert.Contains(location, Failures(results));
        Assert.Contains(diagnostic, loaded.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("zzz: 1\ntypes:\n  Place:\n    fields:\n      name: string\n", "")]
    [InlineData("types:\n  Place:\n    zzz: 1\n    fields:\n      name: string\n", "type")]
    [InlineData("types:\n  Place:\n    fields:\n      name: { type: string, zzz: 1 }\n", "fieldDeclaration")]
    public void TheSchemaLanguageSchemaAllowsTheKeysTheReaderAllows(string schemaWithUnknownKey, string definition)
    {
        using var language = JsonDocument.Parse(SchemaLanguageJsonSchema.Write([]));
        var level = definition.Length == 0 ? language.RootElement : language.RootElement.GetProperty("$defs").GetProperty(definition);
        var unknownKey = ContentLoader.Load([(TestContent.SchemaPath, schemaWithUnknownKey)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken).Diagnostics.Single(d => d.Id == "FB0011");

        Assert.Equal("zzz", unknownKey.Arguments[0]);
        Assert.Equal(unknownKey.Arguments[3].Split(", ").Order(StringComparer.Ordinal), level.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(level.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void EveryBuiltInTypeOfTheSchemaLanguageSchemaIsOneTheReaderKnows()
    {
        var fields = string.Concat(SchemaLanguageJsonSchema.BuiltInTypes.Select(type =>
            "      " + type + "_field: { type: \"" + type + "[]\", optional: true" + type switch { "enum" => ", values: [a]", "object" => ", fields: { a: int }", _ => string.Empty } + " }\n"));
        var schema = "types:\n  Place:\n    fields:\n" + fields;

        var loaded = ContentLoader.Load([(TestContent.SchemaPath, schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(SchemaLanguageJsonSchema.BuiltInTypes.Length, loaded.Schema.Types.Single().Fields.Count);
        AssertValid(SchemaLanguage(), ToJson(schema), "every built-in type");
    }

    [Fact]
    public void DescriptionsStayReadableAndALoneSurrogateBecomesTheReplacementCharacter()
    {
        var schema = "types:\n  Note:\n    description: \"Caf\u00e9 <b> & 'x' \ud83d\ude00 \ud800\"\n    fields:\n      text: string\n";
        var loaded = ContentLoader.Load([(TestContent.SchemaPath, schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        var json = JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == "notes.schema.json").Json;
        using var document = JsonDocument.Parse(json);

        Assert.Contains("\"description\": \"Caf\u00e9 <b> & 'x' \\uD83D\\uDE00 \\uFFFD\"", json, StringComparison.Ordinal);
        Assert.Equal("Caf\u00e9 <b> & 'x' \ud83d\ude00 \ufffd", document.RootElement.GetProperty("$defs").GetProperty("Note").GetProperty("description").GetString());
    }

    /// <summary>A pattern editors read as the build does goes into the JSON Schema; one in .NET-only syntax stays out, as a JavaScript engine would refuse it or read it differently.</summary>
    [Fact]
    public void OnlyPatternsEditorsReadAlikeAreExported()
    {
        var schema = "types:\n  Advisory:\n    fields:\n      cve: { type: string, pattern: '^CVE-[0-9]{4}-[0-9]+$' }\n      ghsa: { type: string, pattern: '(?i)^GHSA\\z' }\n";
        var loaded = ContentLoader.Load([(TestContent.SchemaPath, schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        var json = JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == "advisories.schema.json").Json;
        var properties = JsonDocument.Parse(json).RootElement.GetProperty("$defs").GetProperty("Advisory").GetProperty("properties");

        Assert.Equal("^CVE-[0-9]{4}-[0-9]+$", properties.GetProperty("cve").GetProperty("pattern").GetString());
        Assert.False(properties.GetProperty("ghsa").TryGetProperty("pattern", out _));
    }

    /// <summary>Where the evaluation failed: only failing branches, not the inner failures of ones that passed (an 'if' or a 'not').</summary>
    /// <summary>Entries held in a map take their ids from its keys and may be empty, as the build reads them; a wrong value three levels down still fails.</summary>
    [Fact]
    public void HeldEntriesAreDescribedWhereTheySitAsTheBuildReadsThem()
    {
        ContentFile[] files =
        [
            new("/p/content/ci.schema.yaml", "types:\n  Workflow:\n    files: \"workflows/*.yml\"\n    layout: record\n    fields: { name: string }\n  Job:\n    in: Workflow\n    at: jobs{}\n    fields:\n      runs-on: { type: string, optional: true }\n  Step:\n    in: Job\n    at: steps[]\n    id: { from: position }\n    fields: { run: string }\n"),
            new("/p/content/workflows/ci.yml", "name: CI\njobs:\n  test:\n    runs-on: ubuntu\n    steps:\n      - run: dotnet test\n  empty:\n  lint:\n    steps:\n"),
        ];

        var schemas = Export(files);

        Assert.Empty(GeneratorHarness.Run(files).FactbookDiagnostics);
        AssertValid(schemas["workflows.schema.json"], ToJson(files[1].Text), "ci.yml");
        Assert.False(schemas["workflows.schema.json"].Evaluate(ToJson("name: CI\njobs:\n  test:\n    steps:\n      - run: [x]\n").Deserialize<JsonElement>()).IsValid, "a step's run as a list");
        Assert.False(schemas["workflows.schema.json"].Evaluate(ToJson("name: CI\njobs:\n  test:\n    workflow: ci\n").Deserialize<JsonElement>()).IsValid, "a job writing its link");
        Assert.DoesNotContain("jobs.schema.json", schemas.Keys);
    }

    private static IEnumerable<string> Failures(EvaluationResults results) =>
        results.IsValid ? []
        : (results.Errors is { Count: > 0 } ? [results.InstanceLocation.ToString()] : Enumerable.Empty<string>()).Concat((results.Details ?? []).SelectMany(Failures));

    private static JsonSchema SchemaLanguage() => JsonSchema.FromText(SchemaLanguageJsonSchema.Write(["Place"]));

    private static Dictionary<string, JsonSchema> Export(IEnumerable<ContentFile> files)
    {
        var loaded = ContentLoader.Load(files.Select(file => (file.Path, file.Text)), ParseLimits.Default);
        return JsonSchemaExporter.Export(loaded.Schema, loaded.Content).ToDictionary(file => file.FileName, file => JsonSchema.FromText(file.Json));
    }

    private static void AssertValid(JsonSchema schema, JsonNode document, string path)
    {
        var results = schema.Evaluate(document.Deserialize<JsonElement>(), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = results.Details?.Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)) ?? [];
        Assert.True(results.IsValid, path + "\n" + string.Join("\n", errors));
    }

    /// <summary>YAML as an editor's YAML language server sees it: plain scalars typed by the YAML 1.2 core schema.</summary>
    private static JsonNode ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? ToJson(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string text) =>
        text is "" or "~" or "null" ? null
        : text is "true" or "false" ? JsonValue.Create(text == "true")
        : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole)
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
        : JsonValue.Create(text);
}
