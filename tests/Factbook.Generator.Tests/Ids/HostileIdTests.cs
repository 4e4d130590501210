using System.Reflection;
using Factbook.Generator.Naming;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// Hostile natural ids, generated, compiled and read back: each comes back from <c>Get</c> and from its member, the
/// generated source stays printable ASCII, and an id whose member collides with another id's or with a generated member
/// is FB0024 naming both, with a <c>members</c> line that fixes it.
/// </summary>
public class HostileIdTests
{
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
}
