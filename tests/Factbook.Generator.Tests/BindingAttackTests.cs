using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Factbook.Generator.Naming;
using Factbook.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>
/// Hostile and odd input for types that bind existing YAML (<c>files</c>, <c>layout</c>, <c>id</c>, <c>group</c>,
/// <c>extra_fields</c>, <c>members</c>, <c>index</c>) and for natural ids: each becomes a located diagnostic or
/// valid code that gives every entry back by its id, and nothing throws or hangs.
/// </summary>
public class BindingAttackTests
{
    private const string Namespace = GeneratorHarness.DefaultNamespace;
    private const string SchemaPath = "/project/content/things.schema.yaml";
    private const string ThingsPath = "/project/content/things.yml";

    // ---------------------------------------------------------------------------------------------------------
    // 1. Member names derived from natural ids
    // ---------------------------------------------------------------------------------------------------------

    public static TheoryData<string, string> DocumentedNames => new()
    {
        { "C#", "CSharp" },
        { "C++", "CPlusPlus" },
        { "CVE-2023-22795", "Cve2023_22795" },
        { "18F", "_18F" },
        { "café", "Cafe" },
        { "Київ", "Київ" },
        { "RedCloth", "RedCloth" },
        { "iPhone", "IPhone" },
        { "new-york", "NewYork" },
        { "2023-22795", "_2023_22795" },
        { "ID", "Id" },
        { "a--b", "AB" },
        { "+", "Plus" },
        { "#", "Sharp" },
        { "class", "Class" },
        { "Class", "Class" },
    };

    [Theory]
    [MemberData(nameof(DocumentedNames))]
    public void DocumentedIdsGiveTheDocumentedMemberNames(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        AssertValidMemberName(id, name);
    }

    public static TheoryData<string> OddIds => new()
    {
        "!!!",
        "+",
        "#",
        "@&%*",
        "0",
        "123",
        "007",
        "class",
        "Class",
        "namespace",
        "__arglist",
        "_",
        "__",
        "Київ",
        "ЮНЕСКО",
        "東京",
        "مرحبا",
        "हिन्दी",
        "नमस्ते दुनिया",
        "한국어",
        "Ελλάδα",
        "Việt Nam",
        "straße",
        "ǅemal",
        "ﬁle",
        "Ⅻ roman",
        "٣ apples",
        "١٢٣",
        "🎉",
        "🎉 party",
        "a🎉b",
        "𝔘𝔫𝔦",
        "\uD800",
        "\uDC00abc",
        "abc\uD800",
        "a\uD800b\uDFFFc",
        "\u200B",
        "a\u200Bb",
        "x\u200Dy",
        "\u202Eevil",
        "\u0301",
        "\u0301a",
        "e\u0301",
        "a\u20DD",
        "\u0085nel",
        "line\u2028sep",
        "tab\there",
        new string('%', 200),
        new string('a', 200),
        new string('9', 200),
        "iPhone",
        "ID",
        "a--b",
        "2023-22795",
        "--",
        " ",
        "say \"hi\"",
        "back\\slash",
        "*/ end",
        "</summary>",
        "#nullable disable",
        "\"\"\"",
        "value__",
        "null",
    };

    [Theory]
    [MemberData(nameof(OddIds))]
    public void AnyIdGivesAValidMemberNameThatIsNotAKeyword(string id)
    {
        var name = MemberNames.FromId(id);

        AssertValidMemberName(id, name);
        Assert.Equal(name, MemberNames.FromId(new string(id.ToCharArray())));
    }

    [Theory]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("한국어", "한국어")]
    [InlineData("Ελλάδα", "Ελλάδα")]
    [InlineData("Việt Nam", "VietNam")]
    [InlineData("e\u0301", "E")]
    public void LettersOutsideLatinKeepTheirMarksAndLatinLettersLoseTheirAccents(string id, string expected)
    {
        // Devanagari vowel signs and the Cyrillic diaeresis are parts of letters, not accents: dropping them
        // gives another word (हिन्दी → हनद). Hangul must come back composed, not as a run of jamo.
        var name = MemberNames.FromId(id);

        Assert.Equal(expected.Normalize(NormalizationForm.FormC), name);
        AssertValidMemberName(id, name);
    }

    [Theory]
    [InlineData("kaliningrad")]
    [InlineData("baltic-sea")]
    [InlineData("new_york")]
    [InlineData("s-300")]
    [InlineData("a-1-2")]
    [InlineData("cve-2023-22795")]
    [InlineData("covid-19-2020")]
    [InlineData("x2-3")]
    public void SlugsKeepTheMemberNamesTheyHadBeforeNaturalIds(string slug)
    {
        // Before natural ids a slug's member was Identifiers.ToPascalCase(slug); code written against those
        // members must still build.
        Assert.True(Identifiers.IsSlug(slug));

        Assert.Equal(Identifiers.ToPascalCase(slug), MemberNames.FromId(slug));
    }

    [Fact]
    public void DerivingAMemberNameIsLinearInTheIdsLength()
    {
        var stopwatch = Stopwatch.StartNew();
        var name = MemberNames.FromId(string.Concat(Enumerable.Repeat("é1-", 200_000)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "took " + stopwatch.Elapsed);
        Assert.StartsWith("E1E1E1", name, StringComparison.Ordinal);
        AssertValidMemberName("long", name);
    }

    private static void AssertValidMemberName(string id, string name)
    {
        var shown = YamlText.DoubleQuoted(id) + " -> " + YamlText.DoubleQuoted(name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name), "not a valid identifier: " + shown);
        Assert.True(SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, "a keyword: " + shown);
        Assert.False(name[0] is >= 'a' and <= 'z', "starts like the collection class's private members: " + shown);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. Hostile natural ids, generated, compiled and read back
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>Ids that each derive a different member; every one must come back from <c>Get</c>.</summary>
    public static readonly string[] HostileIds =
    [
        "C#",
        "C++",
        "CVE-2023-22795",
        "18F",
        "!!!",
        "+",
        "123",
        "class",
        "Київ",
        "東京",
        "مرحبا",
        "हिन्दी",
        "🎉 party",
        "x\u200Dy",
        "\u202Eevil",
        "iPhone",
        "ID",
        "a--b",
        "2023-22795",
        "say \"hi\"",
        "back\\slash",
        "*/ end",
        "</summary>",
        "line\u2028sep",
        "#nullable disable",
        "x\"\"\"",
        "tab\there",
        "\u0085nel",
        "  spaced  ",
        "straße",
        "٣ apples",
        "value__",
        "null",
        "{{ interpolated }}",
        "@\"verbatim\"",
        "it's",
        "\\u0041",
        "\u00A0nbsp",
    ];

    [Fact]
    public void TheHostileIdsDeriveDistinctMembers()
    {
        var names = HostileIds.Select(MemberNames.FromId).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void HostileIdsInAMapLayoutCompileAndEachComesBackFromGet()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    display: name\n    fields:\n      name: string\n";
        var content = string.Concat(HostileIds.Select(id => YamlText.DoubleQuoted(id) + ":\n  name: " + YamlText.DoubleQuoted("name of " + id) + "\n"));

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        AssertEveryIdComesBack(run, "Things", HostileIds);
    }

    [Fact]
    public void HostileIdsInFactbooksOwnLayoutCompileAndEachComesBackFromGet()
    {
        var schema = "types:\n  Thing:\n    display: name\n    fields:\n      name: string\n";
        var content = "things:\n" + string.Concat(HostileIds.Select(id => "  - id: " + YamlText.DoubleQuoted(id) + "\n    name: " + YamlText.DoubleQuoted("name of " + id) + "\n"));

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        AssertEveryIdComesBack(run, "Things", HostileIds);
    }

    [Fact]
    public void TheDerivedMembersOfHostileIdsAreTheEntries()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = string.Concat(HostileIds.Select(id => YamlText.DoubleQuoted(id) + ":\n  name: n\n"));
        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        var things = run.Load().GetType(Namespace + ".Things")!;
        foreach (var id in HostileIds)
        {
            var member = things.GetProperty(MemberNames.FromId(id), BindingFlags.Public | BindingFlags.Static);
            Assert.True(member is not null, "no member " + MemberNames.FromId(id) + " for " + YamlText.DoubleQuoted(id));
            Assert.Equal(id, IdOf(member!.GetValue(null)!));
        }
    }

    [Fact]
    public void TheGeneratedSourceStaysPlainAsciiWhateverTheIds()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = string.Concat(HostileIds.Select(id => YamlText.DoubleQuoted(id) + ":\n  name: n\n"));

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        foreach (var (hintName, text) in run.Sources)
        {
            var at = text.ToList().FindIndex(c => c > '~' || (c < ' ' && c != '\n'));
            Assert.True(at < 0, hintName + " holds a character outside printable ASCII: ..." + (at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 40), Math.Min(60, text.Length - Math.Max(0, at - 40)))));
        }
    }

    [Theory]
    [InlineData("layout: map", "\"C#\":\n  name: A\n\"c#\":\n  name: B\n", 3, 1)]
    [InlineData("layout: list\n    id: { from: field, field: name }", "- name: \"C#\"\n- name: \"c#\"\n", 2, 9)]
    public void TwoIdsThatDeriveOneMemberAreFB0024NamingBoth(string layout, string content, int line, int column)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0024", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("'c#'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'C#'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("CSharp", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("members", diagnostic.GetMessage(), StringComparison.Ordinal);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal("C#", IdOf(Get(things, "C#")));
    }

    [Fact]
    public void TheSchemasMembersNameOneOfTwoCollidingIdsAndBothAreGenerated()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    members: { \"c#\": CSharpLower }\n    fields:\n      name: string\n";
        var content = "\"C#\":\n  name: A\n\"c#\":\n  name: B\n";
        var consumer = "public static class Uses { public static string A() => Test.Content.Things.CSharp.Name + Test.Content.Things.CSharpLower.Name + Test.Content.ThingId.CSharpLower; }";

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content)], consumer);

        AssertCleanRun(run);
        Assert.Equal("ABCSharpLower", run.Invoke("Uses", "A"));
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal("c#", IdOf(Get(things, "c#")));
        Assert.Equal("C#", IdOf(Get(things, "C#")));
    }

    [Theory]
    [InlineData("CVE-2023-22795", "cve 2023 22795")]
    [InlineData("18F", "18-f")]
    [InlineData("Київ", "київ")]
    [InlineData("!!!", "???")]
    public void TheMemberNameFB0024SuggestsIsAcceptedByMembers(string first, string second)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = YamlText.DoubleQuoted(first) + ":\n  name: A\n" + YamlText.DoubleQuoted(second) + ":\n  name: B\n";
        var collision = Assert.Single(GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content)).FactbookDiagnostics);
        Assert.Equal("FB0024", collision.Id);
        var message = collision.GetMessage();
        var suggested = message.Substring(message.LastIndexOf(": ", StringComparison.Ordinal) + 2).TrimEnd(' ', '}');

        var fixedSchema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    members: { " + YamlText.DoubleQuoted(second) + ": " + suggested + " }\n    fields:\n      name: string\n";
        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, fixedSchema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal(second, IdOf(things.GetProperty(suggested)!.GetValue(null)!));
    }

    [Fact]
    public void TheMembersLineFB0024SuggestsIsYamlThatReadsBackTheId()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = "\"say hi\":\n  name: A\n" + YamlText.DoubleQuoted("say \"hi\"") + ":\n  name: B\n";

        var collision = Assert.Single(GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content)).FactbookDiagnostics);

        var message = collision.GetMessage();
        var suggestion = message.Substring(message.IndexOf("members: ", StringComparison.Ordinal) + "members: ".Length);
        var members = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(suggestion);
        Assert.Equal("say \"hi\"", Assert.Single(members).Key);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("count")]
    [InlineData("get")]
    [InlineData("Equals")]
    [InlineData("things")]
    [InlineData("thing id")]
    [InlineData("by-gem")]
    public void AnIdWhoseMemberIsAGeneratedMemberIsFB0024(string id)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      gem: { type: string, index: true }\n";
        var content = "ok:\n  gem: a\n" + YamlText.DoubleQuoted(id) + ":\n  gem: b\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0024", 3, 1), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("is a generated member of Things", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdWhoseMemberIsTooLongIsFB0024AndTheRestGenerates()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = "ok:\n  name: a\n" + YamlText.DoubleQuoted(new string('%', 200)) + ":\n  name: b\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0024", 3, 1), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("too long", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("ok", IdOf(Get(run.Load().GetType(Namespace + ".Things")!, "ok")));
    }

    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("\"a\\uDC00b\"")]
    [InlineData("\"\\U0001F389\"")]
    [InlineData("\"\\u0000\"")]
    [InlineData("\"\\x1B[31mred\"")]
    [InlineData("\"\"")]
    [InlineData("\"a\\nb\"")]
    [InlineData("\"a\\rb\"")]
    [InlineData("~")]
    [InlineData("? [a, b]")]
    public void OddKeysOfAMapAreALocatedDiagnosticOrAnEntry(string key)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = "ok:\n  name: a\n" + (key.StartsWith('?') ? key + "\n:\n" : key + ":\n") + "  name: b\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        Assert.All(run.FactbookDiagnostics, diagnostic => Assert.InRange(diagnostic.Line(), 1, 5));
        Assert.All(run.FactbookDiagnostics, diagnostic => Assert.DoesNotContain(diagnostic.GetMessage(), c => c < ' ' || c is '\u2028' or '\u202E' || char.IsSurrogate(c)));
        var things = run.Load().GetType(Namespace + ".Things")!;
        if (run.FactbookDiagnostics.Any(d => d.Id == "FB0001"))
        {
            // YAML that does not parse (a lone surrogate) is one syntax error at the key, and the file reads as empty.
            Assert.Equal(("FB0001", 3, 1), (run.FactbookDiagnostics.Single().Id, run.FactbookDiagnostics.Single().Line(), run.FactbookDiagnostics.Single().Column()));
            Assert.Empty(All(things));
            return;
        }

        Assert.Equal("ok", IdOf(Get(things, "ok")));
        var all = All(things).Select(IdOf).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in all)
        {
            Assert.Equal(id, IdOf(Get(things, id)));
        }
    }

    [Fact]
    public void ADuplicateHostileIdIsQuotedEscapedInBothMessages()
    {
        var schema = "types:\n  Thing:\n    fields:\n      name: string\n";
        var content = "things:\n  - id: \"a\\u202Eb\\u2028c\\tz\"\n    name: A\n  - id: \"a\\u202Eb\\u2028c\\tz\"\n    name: B\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        Assert.Equal(["FB0023", "FB0023"], run.FactbookDiagnostics.Select(d => d.Id));
        Assert.All(run.FactbookDiagnostics, diagnostic =>
        {
            Assert.DoesNotContain(diagnostic.GetMessage(), c => c < ' ' || c is '\u2028' or '\u202E');
            Assert.Contains("\\u202E", diagnostic.GetMessage(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ARetiredEntryNamesTheMemberOfANaturalIdThatSupersedesIt()
    {
        var schema = "types:\n  Language:\n    files: languages.yml\n    layout: map\n    members: { \"F#\": FSharpLang }\n    fields:\n      name: string\n";
        var content = "\"C#\":\n  name: C Sharp\n\"F#\":\n  name: F Sharp\n\"C# 1\":\n  name: old\n  retired: { reason: renamed, superseded_by: \"C#\" }\n\"F# 1\":\n  name: old\n  retired: { reason: renamed, superseded_by: \"F#\" }\n";

        var run = GeneratorHarness.Run(new ContentFile("/project/content/languages.schema.yaml", schema), new ContentFile("/project/content/languages.yml", content));

        AssertNothingEscaped(run);
        var languages = run.Load().GetType(Namespace + ".Languages")!;
        string Obsolete(string member) => languages.GetProperty(member)!.GetCustomAttribute<ObsoleteAttribute>()!.Message!;
        Assert.Contains("Languages.CSharp.", Obsolete("CSharp1"), StringComparison.Ordinal);
        Assert.Contains("Languages.FSharpLang.", Obsolete("FSharp1"), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task TheAnalyzerKnowsNaturalIdsAndTheirMembers()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    members: { \"c#\": CSharpLower }\n    fields:\n      name: string\n";
        var content = "\"C#\":\n  name: A\n\"c#\":\n  name: B\n\"Київ\":\n  name: C\n\"say \\\"hi\\\"\":\n  name: D\n";
        var consumer = "public static class Uses { public static object A() => Test.Content.Things.Get(\"C#\"); public static object B() => Test.Content.Things.Get(\"c #\"); public static object C() => Test.Content.Things.Get(\"say \\\"hi\\\"\"); public static object D() => Test.Content.Things.Get(\"Київ\"); public static object E() => Test.Content.Things.Get(\"Kиїв\"); }";
        var files = new[] { new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content) };

        var run = GeneratorHarness.Run(files, consumer);

        AssertCleanRun(run);
        var analyzed = run.Output.WithAnalyzers([new StringIdAnalyzer()], new AnalyzerOptions(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray()));
        var diagnostics = (await analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["FB0040", "FB0040"], diagnostics.Select(d => d.Id));
        var members = new Dictionary<string, string> { ["C#"] = "CSharp", ["c#"] = "CSharpLower" };
        Assert.Equal(members[diagnostics[0].Properties[StringIdAnalyzer.SuggestionProperty]!], diagnostics[0].Properties[StringIdAnalyzer.MemberProperty]);
        Assert.Equal("Київ", diagnostics[1].Properties[StringIdAnalyzer.SuggestionProperty]);
        Assert.Equal("Київ", diagnostics[1].Properties[StringIdAnalyzer.MemberProperty]);
    }

    [Theory]
    [InlineData("gems/we\u202Eird/CVE 1.yml", "we\u202Eird/CVE 1")]
    [InlineData("gems/a\"b/c\\d.yml", "a\"b/c/d")]
    [InlineData("gems/Київ/*/x.yml", "Київ/*/x")]
    [InlineData("gems/.yml", ".yml")]
    [InlineData("gems/a.b.c.yml", "a.b.c")]
    public void PathIdsFromOddFileNamesComeBackFromGet(string relative, string id)
    {
        var schema = "types:\n  Thing:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/" + relative, "name: X\n"));

        AssertCleanRun(run);
        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal(id, IdOf(Get(run.Load().GetType(Namespace + ".Things")!, id)));
    }

    [Fact]
    public void PathIdsForAListAreRefusedInTheSchemaAsEveryEntryWouldShareOne()
    {
        var schema = "types:\n  Thing:\n    files: data.yml\n    layout: list\n    id: { from: path }\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/data.yml", "- name: A\n- name: B\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 5, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("gives every entry of a file the same id", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. File patterns
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("*.yml", "a.yml", true)]
    [InlineData("*.yml", ".yml", true)]
    [InlineData("*.yml", "a/b.yml", false)]
    [InlineData("*.yml", "a.yaml", false)]
    [InlineData("*.yml", "A.YML", false)]
    [InlineData("?.yml", "a.yml", true)]
    [InlineData("?.yml", "ab.yml", false)]
    [InlineData("?.yml", "/.yml", false)]
    [InlineData("?.yml", "é.yml", true)]
    [InlineData("?.yml", "🎉.yml", true)]
    [InlineData("a?c.yml", "a🎉c.yml", true)]
    [InlineData("??.yml", "🎉.yml", false)]
    [InlineData("gems/**/*.yml", "gems/a.yml", true)]
    [InlineData("gems/**/*.yml", "gems/a/b.yml", true)]
    [InlineData("gems/**/*.yml", "gems/a/b/c.yml", true)]
    [InlineData("gems/**/*.yml", "other/a.yml", false)]
    [InlineData("gems/**/*.yml", "gemsx/a.yml", false)]
    [InlineData("gems/**/*.yml", "other/gems/a.yml", false)]
    [InlineData("gems/**", "gems/a/b.yml", true)]
    [InlineData("**/*.yml", "a.yml", true)]
    [InlineData("**/*.yml", "a/b/c.yml", true)]
    [InlineData("**", "a/b/c.yml", true)]
    [InlineData("./x.yml", "x.yml", true)]
    [InlineData("./x.yml", "a/x.yml", false)]
    [InlineData("x.yml", "x.yml", true)]
    [InlineData("x.yml", "xx.yml", false)]
    [InlineData("a/*/c.yml", "a/b/c.yml", true)]
    [InlineData("a/*/c.yml", "a/b/b/c.yml", false)]
    [InlineData("a/*/c.yml", "a//c.yml", true)]
    [InlineData("data/*.yml", "data/a.yml", true)]
    [InlineData("x**.yml", "xa.yml", true)]
    [InlineData("x**.yml", "x/a.yml", false)]
    [InlineData("gems**/a.yml", "gems/deep/a.yml", false)]
    [InlineData("a/**b.yml", "a/xb.yml", true)]
    [InlineData("a/**b.yml", "a/x/b.yml", false)]
    [InlineData("**/rec.yml", "rec.yml", true)] // '**/' is zero folders too
    [InlineData("gems/**/rec.yml", "gems/rec.yml", true)]
    [InlineData("a/**/b/**/c.yml", "a/b/c.yml", true)]
    [InlineData("a/**/b/**/c.yml", "a/x/b/y/z/c.yml", true)]
    [InlineData("a/*/rec.yml", "a/rec.yml", false)]
    [InlineData("[ab].yml", "[ab].yml", true)]
    [InlineData("[ab].yml", "a.yml", false)]
    [InlineData("{a,b}.yml", "{a,b}.yml", true)]
    public void PatternsMatchAsDocumented(string pattern, string path, bool matches)
    {
        var glob = FileGlob.Parse(pattern, out var problem);

        Assert.Null(problem);
        Assert.Equal(matches, glob!.Matches(path));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("gems\\*.yml", "'\\'")]
    [InlineData("/etc/*.yml", "starts with '/'")]
    [InlineData("../*.yml", "'..'")]
    [InlineData("gems/../../x.yml", "'..'")]
    [InlineData("a/..", "'..'")]
    [InlineData("***.yml", "'***'")]
    [InlineData("a/***/b", "'***'")]
    public void BadPatternsAreRefusedWithTheReason(string pattern, string reason)
    {
        Assert.Null(FileGlob.Parse(pattern, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternLongerThan500CharactersIsRefused()
    {
        Assert.NotNull(FileGlob.Parse(new string('a', 500), out _));
        Assert.Null(FileGlob.Parse(new string('a', 501), out var problem));
        Assert.Contains("longer than 500", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*a*a*a*a*a*a*a*a*a*a*a*b")]
    [InlineData("**/*a*a*a*a*a*a*a*a*a*a*a*b")]
    [InlineData("**/a/**/a/**/a/**/a/**/a/b")]
    public void APathologicalPatternIsRefusedForItsWildcards(string pattern)
    {
        // Each wildcard multiplies what a match may try: past eight, a pattern is refused (FileGlobWorkTests
        // counts the work of the worst one allowed).
        Assert.Null(FileGlob.Parse(pattern, out var problem));
        Assert.Contains("has more than 8 wildcards", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMostGlobstarsAllowedAgainstADeepPathStayBounded()
    {
        var glob = FileGlob.Parse("**/a/**/a/**/a/**/b", out _)!;
        var path = string.Join("/", Enumerable.Repeat("a", 400)) + "/b";
        var miss = string.Join("/", Enumerable.Repeat("x", 400)) + "/a/a/b"; // one folder a short

        Assert.True(glob.Matches(path, out var hit));
        Assert.False(glob.Matches(miss, out var missed));
        Assert.InRange(hit + missed, 1, 8L * (miss.Length + 2) * (miss.Length + 2));
    }

    [Fact]
    public void AFilesPatternRelativeToASchemaInASubfolderBindsOnlyBelowIt()
    {
        var schema = "types:\n  Thing:\n    files: \"*.yml\"\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(
            new ContentFile("/project/content/sub/things.schema.yaml", schema),
            new ContentFile("/project/content/sub/a.yml", "a:\n  name: A\n"),
            new ContentFile("/project/content/b.yml", "b:\n  name: B\n"),
            new ContentFile("/project/content/sub/deeper/c.yml", "c:\n  name: C\n"));

        AssertNothingEscaped(run);
        Assert.Equal(["a"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
        Assert.Equal(["b.yml", "c.yml"], run.FactbookDiagnostics.Select(d => d.Id == "FB0039" ? System.IO.Path.GetFileName(d.Location.GetLineSpan().Path) : d.Id).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("C:\\project\\content\\things.schema.yaml", "C:\\project\\content\\gems\\a\\x.yml")]
    [InlineData("/project/content/things.schema.yaml", "/project/content/gems/a/x.yml")]
    public void PathIdsAreTheSameWithEitherSeparator(string schemaPath, string filePath)
    {
        var schema = "types:\n  Thing:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(schemaPath, schema), new ContentFile(filePath, "name: X\n"));

        AssertCleanRun(run);
        Assert.Equal(["a/x"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. Schema errors
    // ---------------------------------------------------------------------------------------------------------

    private const string SchemaFields = "    fields:\n      name: string\n      tag: { type: string, optional: true }\n      other: { type: Thing, optional: true }\n      spot: { type: object, optional: true, fields: { x: string } }\n";

    public static TheoryData<string, string, int, int, string> SchemaErrors => new()
    {
        // the type's keys (from line 3), its fields (or null for the usual ones), line, column, a phrase of the message
        { "files: things.yml\n    layout: tree", null!, 4, 13, "layout of type 'Thing' must be one of collections, list, map, record, groups, not 'tree'" },
        { "files: things.yml\n    layout: lists", null!, 4, 13, "(did you mean 'list'?)" },
        { "files: things.yml\n    layout: { a: b }", null!, 4, 13, "not a mapping" },
        { "files: things.yml\n    layout: list\n    id: { from: key }", null!, 5, 9, "'id: { from: key }' of type 'Thing' needs 'layout: map'" },
        { "files: things.yml\n    layout: record\n    id: { from: key }", null!, 5, 9, "needs 'layout: map'" },
        { "id: { from: key }", null!, 3, 9, "needs 'files'" },
        { "layout: map", null!, 3, 13, "needs 'files'" },
        { "files: things.yml\n    id: { from: field, field: nope }", null!, 4, 31, "the id field 'nope' of type 'Thing' must be one of its required single-value fields" },
        { "files: things.yml\n    id: { from: field, field: tag }", null!, 4, 31, "the id field 'tag'" },
        { "files: things.yml\n    id: { from: field, field: spot }", null!, 4, 31, "the id field 'spot'" },
        { "files: things.yml\n    id: { from: field, field: nmae }", null!, 4, 31, "(did you mean 'name'?)" },
        { "files: things.yml\n    id: { from: field }", null!, 4, 9, "needs 'field'" },
        { "files: things.yml\n    id: { from: keys }", null!, 4, 17, "(did you mean 'key'?)" },
        { "files: things.yml\n    id: { form: key }", null!, 4, 11, "(did you mean 'from'?)" },
        { "files: things.yml\n    id: name", null!, 4, 9, "'id' of type 'Thing' must be a mapping" },
        { "files: things.yml\n    id: { from: key, field: name }", null!, 4, 29, "only applies with 'from: field'" },
        { "files: things.yml\n    layout: list\n    group: name", null!, 5, 12, "'group' of type 'Thing' only applies with 'layout: groups'" },
        { "files: things.yml\n    group: name", null!, 4, 12, "only applies with 'layout: groups'" },
        { "files: things.yml\n    layout: groups", null!, 4, 13, "'layout: groups' of type 'Thing' needs 'group'" },
        { "files: things.yml\n    layout: groups\n    group: other", null!, 5, 12, "must name one of its text or enum fields" },
        { "files: things.yml\n    layout: groups\n    group: nmae", null!, 5, 12, "(did you mean 'name'?)" },
        { "files: things.yml\n    layout: groups\n    group: [name]", null!, 5, 12, "must name one of its text or enum fields" },
        { "files: []", null!, 3, 12, "'files' of type 'Thing' must be a file pattern or a list of them" },
        { "files: { a: b }", null!, 3, 12, "'files' of type 'Thing' must be a file pattern or a list of them" },
        { "files: [things.yml, [a]]", null!, 3, 25, "must list file patterns, not a list" },
        { "files: \"\"", null!, 3, 12, "is empty" },
        { "files: \"../things.yml\"", null!, 3, 12, "leaves the schema file's folder" },
        { "files: \"/etc/*.yml\"", null!, 3, 12, "starts with '/'" },
        { "files: \"a\\\\b.yml\"", null!, 3, 12, "uses '\\'" },
        { "files: \"***\"", null!, 3, 12, "has '***'" },
        { "files: things.yml\n    members: [x]", null!, 4, 14, "'members' of type 'Thing' must map ids to C# names" },
        { "files: things.yml\n    members: { a: \"not valid\" }", null!, 4, 19, "the member name for the id 'a' of type 'Thing'" },
        { "files: things.yml\n    members: { a: class }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: data }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: 1A }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: [A] }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    extra_fields: maybe", null!, 4, 19, "extra_fields of type 'Thing' must be one of error, warn, ignore, not 'maybe'" },
        { "files: things.yml\n    extra_fields: ignroe", null!, 4, 19, "(did you mean 'ignore'?)" },
        { "description: x", "    fields:\n      name: string\n      tag: { type: string, optional: true, index: maybe }\n", 6, 51, "'index' of field 'tag' of Thing must be true or false" },
        { "description: x", "    fields:\n      name: string\n      other: { type: Thing, optional: true, index: true }\n", 6, 52, "a reference has its reverse lookup (By…) already" },
        { "description: x", "    fields:\n      name: string\n      spot: { type: object, optional: true, fields: { x: { type: string, index: true } } }\n", 6, 55, "only applies to the fields of an entry type, not of a nested object" },
        { "description: x", "    fields:\n      name: string\n      spot: { type: object, optional: true, index: true, fields: { x: string } }\n", 6, 52, "'index' of field 'spot' of Thing only applies to fields of a built-in kind or an enum" },
    };

    [Theory]
    [MemberData(nameof(SchemaErrors))]
    public void BadBindingsAreOneLocatedFB0051AndBadFieldsFB0010WithAHelpfulMessage(string keys, string? fields, int line, int column, string phrase)
    {
        var schema = "types:\n  Thing:\n    " + keys + "\n" + (fields ?? SchemaFields);

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        var errors = run.FactbookDiagnostics.Where(d => d.Location.GetLineSpan().Path == SchemaPath).ToList();
        var diagnostic = Assert.Single(errors);
        Assert.Equal((fields is null ? "FB0051" : "FB0010", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ABindingErrorNamesItsRefusedValueEscaped()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: \"a\\u202Eb\\nc\"\n" + SchemaFields;

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0051", diagnostic.Id);
        Assert.Contains("a\\u202Eb\\nc", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeWhoseBindingIsRefusedLeavesItsFileWithoutAFalseReport()
    {
        // The type is left out; its file should not be said to match no type's 'files', which it does.
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: tree\n" + SchemaFields;

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Id == "FB0039" && d.GetMessage().Contains("matches no type's 'files'", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. Files in the wrong layout
    // ---------------------------------------------------------------------------------------------------------

    public static TheoryData<string, string, int, int, string> WrongLayouts => new()
    {
        { "layout: record", "- name: A\n- name: B\n", 1, 1, "A file of 'things' expects one entry (layout: record), but here is a list" },
        { "layout: list", "just text\n", 1, 1, "expects a list of entries (layout: list), but here is the text 'just text'" },
        { "layout: map", "- name: A\n", 1, 1, "expects a map from ids to entries (layout: map), but here is a list" },
        { "layout: groups\n    group: name", "- name: A\n", 1, 1, "expects a map from group keys to lists of entries (layout: groups), but here is a list" },
        { "layout: record", "42\n", 1, 1, "expects one entry (layout: record)" },
        { "description: inferred", "just text\n", 1, 1, "a list of entries, a map from ids to entries, or one entry" },
        { "description: inferred", "a: [1, 2]\nb: [3]\n", 1, 1, "a list of entries, a map from ids to entries, or one entry" },
        { "description: inferred", "\"\\u202E\"\n", 1, 1, "\\u202E" },
    };

    [Theory]
    [MemberData(nameof(WrongLayouts))]
    public void AFileInTheWrongLayoutIsOneLocatedFB0030(string layout, string content, int line, int column, string phrase)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0030", ThingsPath, line, column), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMapWhoseValuesAreListsIsOneFB0030PerValue()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a: [1, 2]\nb:\n  - 3\nc:\n  name: C\n"));

        AssertNothingEscaped(run);
        Assert.Equal([("FB0030", 1, 4), ("FB0030", 3, 3)], run.FactbookDiagnostics.Select(d => (d.Id, d.Line(), d.Column())));
        Assert.Contains("The entry 'a' of 'things' expects a mapping of fields, but here is a list", run.FactbookDiagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["c"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Theory]
    [InlineData("layout: list", "- name: A\n- just text\n- [a]\n- name: B\n", 2)]
    [InlineData("layout: groups\n    group: tag", "x:\n  - name: A\n  - 7\ny: text\nz:\n", 2)]
    public void ItemsInTheWrongShapeAreEachLocatedAndTheRestGenerates(string layout, string content, int errors)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    id: { from: field, field: name }\n    fields:\n      name: string\n      tag: { type: string, optional: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        Assert.Equal(errors, run.FactbookDiagnostics.Count(d => d.Id == "FB0030"));
        Assert.Equal(errors, run.FactbookDiagnostics.Count);
        Assert.Contains("A", All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    [InlineData("\n\n\n")]
    public void AnEmptyBoundFileGivesNothing(string content)
    {
        foreach (var layout in new[] { "layout: map", "layout: list", "layout: record", "layout: groups\n    group: name", "description: inferred" })
        {
            var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    fields:\n      name: string\n";

            var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

            AssertCleanRun(run);
            Assert.Empty(All(run.Load().GetType(Namespace + ".Things")!));
        }
    }

    [Fact]
    public void AFileMatchedByTwoTypesIsFB0041AndReadAsNeither()
    {
        var schema = "types:\n  Thing:\n    files: \"*.yml\"\n    layout: map\n    fields:\n      name: string\n  Other:\n    files: \"things.*\"\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0041", ThingsPath, 1, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("both Thing and Other", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(All(run.Load().GetType(Namespace + ".Things")!));
        Assert.Empty(All(run.Load().GetType(Namespace + ".Others")!));
    }

    [Fact]
    public void ABoundFileInFactbooksOwnLayoutIsRead()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: collections\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "things:\n  - id: a\n    name: A\n"));

        AssertCleanRun(run);
        Assert.Equal(["a"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Fact]
    public void AnInferredMapWhoseIdIsAlsoAFieldNameIsReadAsAMap()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    fields:\n      name: string\n      color: { type: string, optional: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "name:\n  name: Name\ncolor:\n  name: Colour\n  color: red\n"));

        AssertCleanRun(run);
        Assert.Equal(["name", "color"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Fact]
    public void AGroupKeyThatIsNotAnAllowedValueIsReportedAtTheKey()
    {
        var schema = "types:\n  Link:\n    files: nav.yml\n    layout: groups\n    group: menu\n    id: { from: field, field: title }\n    fields:\n      menu: { type: enum, values: [main, footer] }\n      title: string\n";

        var run = GeneratorHarness.Run(new ContentFile("/project/content/nav.schema.yaml", schema), new ContentFile("/project/content/nav.yml", "main:\n  - title: Home\nsidebar:\n  - title: A\n  - title: B\n"));

        AssertNothingEscaped(run);
        Assert.NotEmpty(run.FactbookDiagnostics);
        Assert.All(run.FactbookDiagnostics, d => Assert.Equal(("FB0028", 3, 1), (d.Id, d.Line(), d.Column())));
        Assert.Equal(["Home"], All(run.Load().GetType(Namespace + ".Links")!).Select(IdOf));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. Scale
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void AMapOf20000EntriesWithNaturalIdsBindsGeneratesAndCompiles()
    {
        const int count = 20_000;
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n      gem: { type: string, index: true }\n";
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var id = (i % 3) switch
            {
                0 => "CVE-2023-" + i.ToString(CultureInfo.InvariantCulture),
                1 => "Café #" + i.ToString(CultureInfo.InvariantCulture),
                _ => "Київ " + i.ToString(CultureInfo.InvariantCulture),
            };
            content.Append(YamlText.DoubleQuoted(id)).Append(":\n  name: N").Append(i).Append("\n  gem: g").Append(i % 100).Append('\n');
        }

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content.ToString()));

        AssertCleanRun(run);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(3), "took " + stopwatch.Elapsed);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal(count, (int)things.GetField("Count")!.GetValue(null)!);
        Assert.Equal("Café #19999", IdOf(Get(things, "Café #19999")));
        Assert.Equal(count / 100, ((IEnumerable)things.GetMethod("ByGem")!.Invoke(null, ["g7"])!).Cast<object>().Count());
    }

    [Fact]
    public void TwoThousandRecordFilesBindGenerateAndCompile()
    {
        const int count = 2_000;
        var schema = "types:\n  Advisory:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      gem: { type: string, index: true }\n      title: string\n";
        var files = new List<ContentFile> { new("/project/content/advisories.schema.yaml", schema) };
        for (var i = 0; i < count; i++)
        {
            var gem = "gem" + (i % 40).ToString(CultureInfo.InvariantCulture);
            files.Add(new ContentFile("/project/content/gems/" + gem + "/CVE-2020-" + i.ToString(CultureInfo.InvariantCulture) + ".yml", "gem: " + gem + "\ntitle: Advisory " + i + "\n"));
        }

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(files, string.Empty);

        AssertCleanRun(run);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(3), "took " + stopwatch.Elapsed);
        var advisories = run.Load().GetType(Namespace + ".Advisories")!;
        Assert.Equal(count, (int)advisories.GetField("Count")!.GetValue(null)!);
        Assert.Equal("gem7/CVE-2020-7", IdOf(Get(advisories, "gem7/CVE-2020-7")));
        Assert.Equal(count / 40, ((IEnumerable)advisories.GetMethod("ByGem")!.Invoke(null, ["gem7"])!).Cast<object>().Count());
    }

    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void ManyMemberOverridesAndManyEntriesAreNotQuadratic()
    {
        const int count = 20_000;
        var schema = new StringBuilder("types:\n  Thing:\n    files: things.yml\n    layout: map\n    members:\n");
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            schema.Append("      \"id ").Append(i).Append("\": Named").Append(i).Append('\n');
            content.Append("\"id ").Append(i).Append("\":\n  name: n\n");
        }

        schema.Append("    fields:\n      name: string\n");

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema.ToString()), new ContentFile(ThingsPath, content.ToString()));

        AssertCleanRun(run);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(3), "took " + stopwatch.Elapsed);
        Assert.Equal("id 19999", IdOf(run.Load().GetType(Namespace + ".Things")!.GetProperty("Named19999")!.GetValue(null)!));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ACollectionTooLargeToLoadIsReportedOrLoads()
    {
        const int count = 70_000;
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            content.Append("id ").Append(i).Append(":\n  name: n\n");
        }

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content.ToString()));

        AssertNothingEscaped(run);
        if (run.FactbookDiagnostics.Count == 0)
        {
            Assert.Equal(count, All(run.Load().GetType(Namespace + ".Things")!).Count());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 7. Unknown fields never cost the entry
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("layout: map\n    extra_fields: error", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0025")]
    [InlineData("layout: map", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0025")]
    [InlineData("layout: map\n    extra_fields: warn", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0042")]
    [InlineData("layout: map\n    extra_fields: ignore", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", null)]
    [InlineData("layout: list\n    extra_fields: error", "- id: a\n  name: A\n  nmae: typo\n- id: b\n  name: B\n", "FB0025")]
    [InlineData("layout: record\n    extra_fields: error", "name: A\nnmae: typo\n", "FB0025")]
    public void AnEntryWithAnUnknownFieldIsStillGenerated(string layout, string content, string? expected)
    {
        var schema = "types:\n  Thing:\n    files: \"data/a.yml\"\n    " + layout + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/data/a.yml", content));

        AssertCleanRun(run);
        Assert.Equal(expected is null ? [] : [expected], run.FactbookDiagnostics.Select(d => d.Id));
        if (expected is not null)
        {
            var diagnostic = run.FactbookDiagnostics[0];
            Assert.Contains("'nmae' (did you mean 'name'?)", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(expected == "FB0025" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
        }

        var things = run.Load().GetType(Namespace + ".Things")!;
        var a = Get(things, "a");
        Assert.Equal("A", a.GetType().GetProperty("Name")!.GetValue(a));
    }

    [Fact]
    public void AnEntryInFactbooksOwnLayoutWithAnUnknownFieldIsStillGenerated()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia + "    populaton: 5\n"));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0025", 5, 5), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("russia", IdOf(Get(run.Load().GetType(Namespace + ".Places")!, "russia")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 8. Files no type binds
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void AnUnboundFileWithAMisspeltCollectionIsFB0020()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), new ContentFile("/project/content/other.yaml", "plaecs:\n  - id: a\n    name: A\n    kind: city\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0020", DiagnosticSeverity.Error, 1, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("(did you mean 'places'?)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: My blog\nbaseurl: /blog\nauthor: { name: Tom }\n", "one record", "layout: record")]
    [InlineData("- name: Tom's blog\n  url: https://example.org\n- name: Other\n", "a list", "layout: list")]
    [InlineData("main:\n  title: Home\nfooter:\n  title: About\n", "a mapping without a collection key", "layout: map")]
    [InlineData("just text\n", "the text 'just text'", "layout: map")]
    public void AnUnboundFileWithUnrelatedKeysIsOneFB0039(string content, string shape, string layout)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/_config.yml", content));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0039", DiagnosticSeverity.Warning, "/project/content/_config.yml", 1, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("it is " + shape, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("files: \"_config.yml\" and " + layout, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("russia", All(run.Load().GetType(Namespace + ".Places")!).Select(IdOf));
    }

    [Fact]
    public void TheFB0039SuggestionForAFileInASubfolderBindsIt()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/_data/nav.yml", "- title: Home\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0039", diagnostic.Id);
        Assert.Contains("files: \"_data/nav.yml\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFB0039SuggestionQuotesAnOddFileName()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/we\u202Eird\".yml", "- title: Home\n"));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0039", diagnostic.Id);
        Assert.DoesNotContain(diagnostic.GetMessage(), c => c is '\u202E');
    }

    // ---------------------------------------------------------------------------------------------------------
    // Index lookups
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void AnIndexedListFieldListsAnEntryOnceEvenWhenItRepeatsAValue()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      tags: { type: \"string[]\", index: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  tags: [x, y, x]\nb:\n  tags: [y]\nc:\n  tags: []\n"));

        AssertCleanRun(run);
        var byTags = run.Load().GetType(Namespace + ".Things")!.GetMethod("ByTags")!;
        Assert.Equal(["a"], ((IEnumerable)byTags.Invoke(null, ["x"])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a", "b"], ((IEnumerable)byTags.Invoke(null, ["y"])!).Cast<object>().Select(IdOf));
        Assert.Empty((IEnumerable)byTags.Invoke(null, ["X"])!);
    }

    [Fact]
    public void AnIndexedUrlFieldTellsAddressesThatDifferOnlyInTheirFragmentApart()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      url: { type: url, index: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  url: https://example.org/page#one\nb:\n  url: https://example.org/page#two\nc:\n  url: https://me@example.org/page\n"));

        AssertCleanRun(run);
        var byUrl = run.Load().GetType(Namespace + ".Things")!.GetMethod("ByUrl")!;
        Assert.Equal(["a"], ((IEnumerable)byUrl.Invoke(null, [new Uri("https://example.org/page#one")])!).Cast<object>().Select(IdOf));
        Assert.Equal(["c"], ((IEnumerable)byUrl.Invoke(null, [new Uri("https://me@example.org/page")])!).Cast<object>().Select(IdOf));
        Assert.Empty((IEnumerable)byUrl.Invoke(null, [new Uri("https://example.org/page")])!);
        Assert.Empty((IEnumerable)byUrl.Invoke(null, [new Uri("/page", UriKind.Relative)])!);
    }

    [Fact]
    public void IndexLookupsOfEveryKindCompileAndLeaveRetiredEntriesOut()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n" +
            "      n: { type: int, optional: true, index: true }\n      d: { type: date, optional: true, index: true }\n" +
            "      k: { type: enum, values: [x, y], default: x, index: true }\n      b: { type: bool, default: false, index: true }\n" +
            "      m: { type: decimal, optional: true, index: true }\n      t: { type: datetime, optional: true, index: true }\n" +
            "      l: { type: long, optional: true, index: true }\n      f: { type: double, optional: true, index: true }\n";
        var content = "a:\n  n: 1\n  d: 2023-05\n  k: y\n  m: 1.0\n  f: 0.5\nb:\n  n: 1\n  b: true\n  m: 1.00\n  retired: true\nc:\n  d: 2023\n  t: 2023-11-02T10:15:00Z\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal(["a"], ((IEnumerable)things.GetMethod("ByN")!.Invoke(null, [1])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a"], ((IEnumerable)things.GetMethod("ByM")!.Invoke(null, [1m])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a", "c"], ((IEnumerable)things.GetMethod("ByB")!.Invoke(null, [false])!).Cast<object>().Select(IdOf));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>A YAML double-quoted scalar for any text: characters beyond U+FFFF as one \U escape.</summary>
    private static void AssertNothingEscaped(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "FB0999" or "CS8785");
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static void AssertCleanRun(GeneratorRun run)
    {
        AssertNothingEscaped(run);
        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id is not ("FB0025"));
    }

    private static void AssertEveryIdComesBack(GeneratorRun run, string collectionClass, IReadOnlyList<string> ids)
    {
        Assert.Empty(run.FactbookDiagnostics);
        var collection = run.Load().GetType(Namespace + "." + collectionClass)!;
        Assert.Equal(ids, All(collection).Select(IdOf));
        foreach (var id in ids)
        {
            Assert.Equal(id, IdOf(Get(collection, id)));
        }
    }

    private static object Get(Type collection, string id) => collection.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;

    private static IEnumerable<object> All(Type collection) => ((IEnumerable)collection.GetProperty("All")!.GetValue(null)!).Cast<object>();

    private static string IdOf(object entry) => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!;
}
