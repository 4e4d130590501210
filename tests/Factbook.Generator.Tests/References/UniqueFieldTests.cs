namespace Factbook.Generator.Tests.References;

/// <summary>
/// <c>unique: true</c> on a key a dataset has besides its ids (GitHub Linguist's <c>language_id</c>): a lookup of the
/// one entry with a value, and FB0052 at a value two entries share, which leaves the second out.
/// </summary>
public sealed class UniqueFieldTests
{
    private const string Schema = """
        types:
          Language:
            files: languages.yml
            layout: map
            fields:
              type: { type: enum, values: [programming, data] }
              language_id: { type: int, unique: true }
              group: { type: Language, optional: true }
        """;

    private static GeneratorRun Run(string languages, string probe = "") => GeneratorHarness.Run(
        [new ContentFile("/p/content/languages.schema.yaml", Schema), new ContentFile("/p/content/languages.yml", languages)],
        probe);

    [Fact]
    public void TheLookupGivesTheOneEntryWithTheValueOrNull()
    {
        var run = Run(
            "C#: { type: programming, language_id: 42 }\nRuby: { type: programming, language_id: 326 }\nGemfile.lock: { type: data, language_id: 907065713, group: Ruby }\n",
            "using Test.Content; public static class Probe { public static string Run() => Languages.ByLanguageId(42)!.Id + \"|\" + Languages.ByLanguageId(907065713)!.Group!.Id + \"|\" + (Languages.ByLanguageId(1) is null); }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("C#|Ruby|True", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void AValueTwoEntriesShareIsFB0052AtTheSecondWhichIsLeftOutWithWhatRefersToIt()
    {
        var run = Run(
            "C#: { type: programming, language_id: 42 }\nRuby: { type: programming, language_id: 42 }\nGemfile.lock: { type: data, language_id: 7, group: Ruby }\n",
            "using Test.Content; public static class Probe { public static string Run() => Languages.Count + \"|\" + Languages.ByLanguageId(42)!.Id + \"|\" + Languages.TryGet(\"Ruby\", out _); }");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0052", 2, 41), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith("The language_id '42' is also that of Language 'C#' at /p/content/languages.yml(1,1); 'language_id' is unique in 'languages'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("1|C#|False", run.Invoke("Probe", "Run"));
    }

    /// <summary>A retired entry is out of the lookups, so the entry that replaces it may take its value.</summary>
    [Fact]
    public void ARetiredEntrysValueIsFreeForItsReplacement()
    {
        var run = Run(
            "old-cs: { type: programming, language_id: 42, retired: true }\nnew-cs: { type: programming, language_id: 42 }\n",
            "using Test.Content; public static class Probe { public static string Run() => Languages.ByLanguageId(42)!.Id; }");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("new-cs", run.Invoke("Probe", "Run"));
    }

    /// <summary>An edit that makes a value unique again brings the entry back, as a cold run does.</summary>
    [Fact]
    public void FixingTheValueInAnotherEditIsTheSameAsAColdRun()
    {
        IReadOnlyDictionary<string, string> content = new Dictionary<string, string>
        {
            ["/p/content/languages.schema.yaml"] = Schema,
            ["/p/content/languages.yml"] = "C#: { type: programming, language_id: 42 }\nRuby: { type: programming, language_id: 42 }\n",
        };
        var session = new EditSession(content, properties: null);

        session.Apply(content.ToDictionary(pair => pair.Key, pair => pair.Value.Replace("Ruby: { type: programming, language_id: 42 }", "Ruby: { type: programming, language_id: 326 }", StringComparison.Ordinal)));

        Assert.Empty(session.AssertSameAsColdRun("value fixed"));
    }

    [Theory]
    [InlineData("      tags: { type: \"string[]\", unique: true }\n", "'unique' of field 'tags' of Language only applies to a single value of a built-in kind or an enum, on an entry type's own field")]
    [InlineData("      spot: { type: object, fields: { x: { type: int, unique: true } } }\n", "'unique' of field 'x' of LanguageSpot only applies to a single value")]
    [InlineData("      code: { type: int, unique: true, index: true }\n", "'index' of field 'code' of Language is not needed beside 'unique: true'")]
    [InlineData("      code: { type: int, unique: true, default: 0 }\n", "'default' of field 'code' of Language would give every entry that leaves the field out the same value")]
    public void UniqueOnAFieldThatCannotHaveItIsFB0010(string field, string message)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/languages.schema.yaml", "types:\n  Language:\n    fields:\n" + field));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
