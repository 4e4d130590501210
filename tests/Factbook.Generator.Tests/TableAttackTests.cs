using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Factbook.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>
/// Hostile text through both table forms (UTF-8 data and string constants), the string-id analyzer over both,
/// and the three-step assembly after edits: an incremental run must give what a cold run on the same content
/// gives, sources and diagnostics alike.
/// </summary>
public class TableAttackTests
{
    private const string Namespace = GeneratorHarness.DefaultNamespace;
    private const string SchemaPath = "/project/content/notes.schema.yaml";
    private const string NotesPath = "/project/content/notes.yaml";

    /// <summary>UTF-8 tables (the harness's default: C# latest, .NET 10) and string tables (netstandard2.0).</summary>
    public static TheoryData<bool> BothForms => new() { true, false };

    // ---------------------------------------------------------------------------------------------------------
    // 1. Hostile text read back from both table forms
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>Text that UTF-8 cannot hold (by index: xunit would pass a lone surrogate to the test as U+FFFD), text that looks like the table's own syntax, and other edges.</summary>
    private static readonly string[] Hostile =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "\uD800abc", "abc\uD800", "ab\uD800cd", "\uDC00abc", "abc\uDC00", "ab\uDC00cd",
        "\uDC00\uD800", "\uD800\uD800\uDC00", "\uD800\uDC00\uDC00", "\uD800\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00",
        "x\uD83D\uDE00\uD800y\uDFFF", "\uD800\uD800\uD800", "\uDC00\uDC00",
        "\uFFFD", "\uFFFD\uD800", "\uFFFE", "\uFFFF", "\0", "a\0b", "\0\uD800\0", "\u2028", "a\u2029b", "\u0085", "\uFEFF",
        "\\", "\\\\", new string('\\', 33), "\\u", "\\uD800", "\\uD800\uD800", "\uD800\\u0041", "\\\\u0041\uDC00", "\\u12", "\uD800\\",
        "12:abc", "3!\\u", "2!\\\\", "~", ";", ":", "!", "0:", "5!", "-1;", "{", "t", "f", "~-1;", "1;2;3;", "3:abc\uD800",
        "\n", "\r\n", "a\rb", "\t", "\"", "\u007F", "\u001B[31m", "\u202Eevil\u202C",
        "é", "Київ", "東京", "𝔘𝔫𝔦", "e\u0301",
        "",
    ];

    public static TheoryData<int, bool> HostileCases()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < Hostile.Length; i++)
        {
            data.Add(i, true);
            data.Add(i, false);
        }

        return data;
    }

    private const string NoteSchema = """
        types:
          Note:
            fields:
              text: string
              tags: { type: "string[]", optional: true }
              inner:
                type: object
                optional: true
                fields:
                  label: { type: string, optional: true }
                  deep: { type: object, optional: true, fields: { words: { type: "string[]", optional: true } } }
              after: { type: int, optional: true }
        """;

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void HostileTextReadsBackFromEveryPlaceInBothTableForms(int index, bool utf8)
    {
        var hostile = Hostile[index];
        var h = YamlText.DoubleQuoted(hostile);
        var content = "notes:\n" +
            "  - id: a\n    text: " + h + "\n    tags: [" + h + ", " + h + "]\n    inner: { label: " + h + ", deep: { words: [" + h + ", after] } }\n    after: 11\n" +
            "  - id: b\n    text: " + h + "\n    retired: { reason: " + h + ", superseded_by: a }\n    after: 12\n" +
            "  - id: c\n    text: after\n";
        const string probe = """
            #pragma warning disable CS0618
            using Test.Content;
            public static class Probe
            {
                public static string?[] Run()
                {
                    var a = Notes.Get("a");
                    var b = Notes.Get("b");
                    var c = Notes.Get("c");
                    return new string?[]
                    {
                        a.Text, a.Tags[0], a.Tags[1], a.Inner?.Label, a.Inner?.Deep?.Words[0], a.Inner?.Deep?.Words[1], a.After.ToString(),
                        b.RetirementReason, b.Text, b.SupersededBy?.Id, b.After.ToString(),
                        c.Text, c.Tags.Count.ToString(), c.Inner is null ? "no inner" : "inner", c.After is null ? "no after" : "after",
                        a.Provenance, b.Provenance, c.Provenance,
                        string.Join(",", System.Linq.Enumerable.Select(Notes.AllIncludingRetired, n => n.Id)),
                        ((System.ObsoleteAttribute)System.Attribute.GetCustomAttribute(typeof(Notes).GetProperty("B")!, typeof(System.ObsoleteAttribute))!).Message,
                    };
                }
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        string?[] expected =
        [
            hostile, hostile, hostile, hostile, hostile, "after", "11",
            hostile, hostile, "a", "12",
            "after", "0", "no inner", "no after",
            "content/notes.yaml:2", "content/notes.yaml:7", "content/notes.yaml:11",
            "a,b,c",
            (hostile.Length == 0 ? "Retired" : "Retired: " + hostile.TrimEnd('.')) + ". Superseded by Notes.A.",
        ];
        var read = (string?[])run.Invoke("Probe", "Run")!;
        if (Emit.TableFormat.HasLoneSurrogate(hostile))
        {
            // An attribute's text is stored as UTF-8 in metadata, which holds no half character: the compiler writes
            // it as three bytes that read back as U+FFFD. Tables store it escaped and give it back whole.
            Assert.StartsWith("Retired: ", read[^1], StringComparison.Ordinal);
            Assert.EndsWith(". Superseded by Notes.A.", read[^1], StringComparison.Ordinal);
            read[^1] = expected[^1];
        }

        Assert.Equal(expected, read);
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>A pair written as two '\u' escapes in YAML is one character; YAML refuses an escape of half of one (FB0001).</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void SurrogatePairsWrittenAsEscapesReadBackAsOneCharacter(bool utf8)
    {
        var content = "notes:\n  - id: a\n    text: \"\\uD83D\\uDE00\"\n    tags: [\"\\uD800\\uDC00\", \"x\\uDBFF\\uDFFFy\", \"\\U0001F389\"]\n";
        const string probe = "public static class Probe { public static string[] Run() => new[] { Test.Content.Notes.A.Text, Test.Content.Notes.A.Tags[0], Test.Content.Notes.A.Tags[1], Test.Content.Notes.A.Tags[2] }; }";

        var half = new ContentFile("/project/content/half.yaml", "notes:\n  - id: b\n    text: \"\\uD800\"\n");

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content), half], probe, properties: Form(utf8));

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0001", half.Path, 3, 11), (refused.Id, refused.Location.GetLineSpan().Path, refused.Line(), refused.Column()));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(["\U0001F600", "\U00010000", "x\U0010FFFFy", "\U0001F389"], (string[])run.Invoke("Probe", "Run")!);
    }

    /// <summary>Values of about a megabyte: lengths of seven digits, escaped text twice as long as it reads.</summary>
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    [Theory]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    [InlineData(false, 0)]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    public void MegabyteValuesReadBackFromBothTableForms(bool utf8, int group)
    {
        const int Size = 999_000;
        string[] values =
        [
            new string('x', Size),
            new string('\\', Size),
            new string('\\', Size - 1) + "\uD800",
            "\uDC00" + new string('\\', Size - 1),
            Repeat("é🎉\\:;~!\0\u2028", Size),
            Repeat("a\uD800\\u0041b", Size),
            Repeat("12:abc;", Size),
        ];

        // In groups, as string tables hold at most about 8.3 million characters (FB0037).
        values = values.Skip(group * 3).Take(3).ToArray();
        var content = "notes:\n" + string.Concat(values.Select((value, i) => "  - id: n" + i.ToString(CultureInfo.InvariantCulture) + "\n    text: " + YamlText.DoubleQuoted(value) + "\n    after: " + i.ToString(CultureInfo.InvariantCulture) + "\n"));
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Notes.All, n => n.Text + "|" + n.After));
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var read = (string[])run.Invoke("Probe", "Run")!;
        Assert.Equal(values.Length, read.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(values[i] + "|" + i.ToString(CultureInfo.InvariantCulture) == read[i], "value " + i.ToString(CultureInfo.InvariantCulture) + " read back differently");
        }

        AssertPrintableAscii(run);
    }

    /// <summary>Enum values are stored as numbers; their texts come back through ToText() and doc comments.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void OddEnumTextsComeBackFromToText(bool utf8)
    {
        string[] texts = ["a é", "b 🎉 party", "c 12:abc", "d 3!\\u", "e ~", "f -1;", "k Київ", "g \\uD800", "h\u2028b", "i\uD800x"];
        var schema = "types:\n  Note:\n    fields:\n      mood: { type: enum, values: [" + string.Join(", ", texts.Select(YamlText.DoubleQuoted)) + "] }\n      text: { type: string, optional: true }\n";
        var content = "notes:\n" + string.Concat(texts.Select((text, i) => "  - id: n" + i.ToString(CultureInfo.InvariantCulture) + "\n    mood: " + YamlText.DoubleQuoted(text) + "\n    text: " + YamlText.DoubleQuoted(text) + "\n"));
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Notes.All, n => n.Mood.ToText() + "|" + n.Text));
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, schema), new ContentFile(NotesPath, content)], probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(texts.Select(text => text + "|" + text), (string[])run.Invoke("Probe", "Run")!);
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void UrlsWithUnicodeReadBackAsWritten(bool utf8)
    {
        string[] urls =
        [
            "https://例え.jp/パス?q=🎉#frag",
            "https://example.org/caf\u00E9/\u0301x?a=1;b=2:3!~",
            "http://xn--n3h.com/",
            "https://example.org/a%20b/%F0%9F%8E%89",
            "https://user:pass@example.org:8080/12:abc;~",
            "https://Київ.example/Київ",
        ];
        var schema = "types:\n  Link:\n    fields:\n      url: url\n      also: { type: \"url[]\", optional: true }\n";
        var content = "links:\n" + string.Concat(urls.Select((url, i) => "  - id: l" + i.ToString(CultureInfo.InvariantCulture) + "\n    url: " + YamlText.DoubleQuoted(url) + "\n    also: [" + YamlText.DoubleQuoted(url) + "]\n"));
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Links.All, l => l.Url.OriginalString + "|" + l.Also[0].OriginalString));
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile("/project/content/links.schema.yaml", schema), new ContentFile("/project/content/links.yaml", content)], probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(urls.Select(url => url + "|" + url), (string[])run.Invoke("Probe", "Run")!);
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>File names with spaces, letters of other scripts, '#', ':', ';', '~' and '!' come back in provenance, several in one chunk.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void ProvenanceOfOddFileNamesReadsBack(bool utf8)
    {
        string[] names =
        [
            "my notes.yaml",
            "Київ 🎉.yaml",
            "a#b.yaml",
            "c:d.yaml",
            "sub dir/x;y~z.yaml",
            "12:abc.yaml",
            "3!u.yaml",
            "e\u0301\u2028\u202E.yaml",
            "\u00A0.yml",
            "odd\uD800half.yaml",
            "new\nline\ttab\r.yaml",
            "quote\"back\u0001.yaml",
        ];
        var files = new List<ContentFile> { new(SchemaPath, NoteSchema) };
        var expected = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var id = "n" + i.ToString(CultureInfo.InvariantCulture);
            var blank = new string('\n', i);
            files.Add(new ContentFile("/project/content/" + names[i], blank + "notes:\n  - id: " + id + "\n    text: t\n"));
            expected.Add(id + "=content/" + names[i] + ":" + (i + 2).ToString(CultureInfo.InvariantCulture));
        }

        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Notes.All, n => n.Id + "=" + n.Provenance));
            }
            """;

        var run = GeneratorHarness.Run(files, probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(expected.OrderBy(line => line, StringComparer.Ordinal), ((string[])run.Invoke("Probe", "Run")!).OrderBy(line => line, StringComparer.Ordinal));
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. Ids
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>Natural ids beyond ASCII; the emoji as a pair of '\u' escapes in YAML, as one '\U' escape and as is.</summary>
    private static readonly (string Yaml, string Id)[] NaturalIds =
    [
        ("Київ", "Київ"),
        ("東京", "東京"),
        ("\"\\U0001F389\"", "🎉"),
        ("\"\\uD83D\\uDE00 smile\"", "\uD83D\uDE00 smile"),
        ("a🎉b", "a🎉b"),
        ("café", "café"),
        ("\"e\\u0301\"", "e\u0301"),
        ("\"12:abc\"", "12:abc"),
        ("\"3!\\\\u\"", "3!\\u"),
        ("\"~tilde\"", "~tilde"),
        ("\"semi;colon\"", "semi;colon"),
        ("\"\\uFFFD fffd\"", "\uFFFD fffd"),
        ("\"line\\u2028sep\"", "line\u2028sep"),
        ("\"say \\\"hi\\\"\"", "say \"hi\""),
        ("\"back\\\\slash\"", "back\\slash"),
        ("\"\\uD800\\uDC00 linear b\"", "\U00010000 linear b"),
        ("\"nul\\0in\"", "nul\0in"),
    ];

    [Theory]
    [MemberData(nameof(BothForms))]
    public void NaturalIdsBeyondAsciiComeBackFromGetAndTheirMembers(bool utf8)
    {
        var content = "notes:\n" + string.Concat(NaturalIds.Select(pair => "  - id: " + pair.Yaml + "\n    text: " + YamlText.DoubleQuoted("text of " + pair.Id) + "\n"));
        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], string.Empty, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var notes = run.Load().GetType(Namespace + ".Notes", throwOnError: true)!;
        var all = ((System.Collections.IEnumerable)notes.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(NaturalIds.Select(pair => pair.Id), all.Select(IdOf));
        foreach (var (_, id) in NaturalIds)
        {
            var entry = notes.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;
            Assert.Equal(id, IdOf(entry));
            Assert.Equal("text of " + id, (string)entry.GetType().GetProperty("Text")!.GetValue(entry)!);
            var member = notes.GetProperty(Naming.MemberNames.FromId(id));
            Assert.True(member is not null, "no member for " + YamlText.DoubleQuoted(id));
            Assert.Same(entry, member!.GetValue(null));
        }

        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>Ids with half a character. By index: xunit would pass a lone surrogate to the test as U+FFFD.</summary>
    private static readonly string[] LoneSurrogateIds = ["\uD800", "a\uDC00", "\uDC00\uD800", "\uD83D\uDE00\uD800", "x\uDFFFy", "\uD800\\uDC00"];

    public static TheoryData<int, bool> LoneSurrogateIdCases()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < LoneSurrogateIds.Length; i++)
        {
            data.Add(i, true);
            data.Add(i, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateIdCases))]
    public void AnIdHoldingALoneSurrogateIsFB0022AndTheRestGenerates(int index, bool utf8)
    {
        var id = LoneSurrogateIds[index];
        var content = "notes:\n  - id: good\n    text: g\n  - id: " + YamlText.DoubleQuoted(id) + "\n    text: bad\n  - id: after\n    text: a\n";
        const string probe = "public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Test.Content.Notes.All, n => n.Id)) + \"|\" + Test.Content.Notes.Good.Text + Test.Content.Notes.After.Text; }";

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], probe, properties: Form(utf8));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0022", NotesPath, 4, 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("lone surrogate", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(Emit.TableFormat.HasLoneSurrogate(diagnostic.GetMessage(CultureInfo.InvariantCulture)), "the message holds half a character");
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("good,after|ga", run.Invoke("Probe", "Run"));
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>The same refusal for ids that come from a map's keys, a field and a record's path.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void LoneSurrogateIdsFromOtherLayoutsAreFB0022(bool utf8)
    {
        ContentFile[] files =
        [
            new("/project/content/things.schema.yaml", "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n" +
                "  Item:\n    files: items.yml\n    layout: list\n    id: { from: field, field: name }\n    fields:\n      name: string\n" +
                "  Record:\n    files: \"records/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n"),
            new("/project/content/things.yml", "ok:\n  name: a\n\"\uD800x\":\n  name: b\n"),
            new("/project/content/items.yml", "- name: ok\n- name: y\uDC00\n"),
            new("/project/content/records/ok.yml", "name: ok\n"),
            new("/project/content/records/b\uD800d.yml", "name: bad\n"),
        ];

        var run = GeneratorHarness.Run(files, string.Empty, properties: Form(utf8));

        Assert.Equal(
            [("FB0022", "/project/content/items.yml", 2), ("FB0022", "/project/content/records/b\uD800d.yml", 1), ("FB0022", "/project/content/things.yml", 3)],
            run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Line())).OrderBy(d => d.Path, StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
        AssertPrintableAscii(run);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. The string-id analyzer over both forms
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(BothForms))]
    public void TheAnalyzerKnowsNaturalIdsInBothForms(bool utf8)
    {
        var content = "notes:\n" + string.Concat(NaturalIds.Select(pair => "  - id: " + pair.Yaml + "\n    text: t\n")) + "  - id: \"\uD800\"\n    text: refused\n";
        var known = NaturalIds.Select(pair => pair.Id).ToList();
        var consumer = new StringBuilder("using Test.Content;\npublic static class Uses\n{\n");
        for (var i = 0; i < known.Count; i++)
        {
            consumer.Append("    [NoteRef(").Append(CSharpLiteral(known[i])).Append(")] public static object K").Append(i).Append("() => Notes.Get(").Append(CSharpLiteral(known[i])).Append(");\n");
            consumer.Append("    public static bool T").Append(i).Append("() => Notes.TryGet(").Append(CSharpLiteral(known[i])).Append(", out _);\n");
        }

        // The refused id is not flagged again (FB0022 says it); the others are unknown.
        consumer.Append("    public static object R() => Notes.Get(\"\\uD800\");\n");
        consumer.Append("    public static object U1() => Notes.Get(\"Kиїв\");\n");
        consumer.Append("    public static object U2() => Notes.Get(\"\\uD83C\\uDF8A\");\n");
        consumer.Append("    [NoteRef(\"\\uDC00\")] public static object U3() => Notes.Get(\"unknown\");\n");
        consumer.Append("}\n");
        var files = new[] { new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content) };

        var run = GeneratorHarness.Run(files, consumer.ToString(), properties: Form(utf8));

        Assert.Equal(["FB0022"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var diagnostics = Analyze(run);
        var unknown = diagnostics.Select(d => (d.Id, d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan))).ToList();
        Assert.Equal([("FB0040", "\"Kиїв\""), ("FB0040", "\"\\uD83C\\uDF8A\""), ("FB0040", "\"\\uDC00\""), ("FB0040", "\"unknown\"")], unknown);
        Assert.Equal("Київ", diagnostics[0].Properties[StringIdAnalyzer.SuggestionProperty]);
        Assert.Equal("Київ", diagnostics[0].Properties[StringIdAnalyzer.MemberProperty]);
        Assert.All(diagnostics, d => Assert.False(Emit.TableFormat.HasLoneSurrogate(d.GetMessage(CultureInfo.InvariantCulture)), "the message holds half a character"));
    }

    /// <summary>A collection with no entries has an empty id list ("" as UTF-8 data): every id in code is unknown.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void TheAnalyzerKnowsACollectionWithNoEntriesHasNoIds(bool utf8)
    {
        var files = new[] { new ContentFile(SchemaPath, NoteSchema + "\n  Empty:\n    fields:\n      name: string\n"), new ContentFile(NotesPath, "notes:\n  - id: a\n    text: t\n") };
        const string consumer = "public static class Uses { public static object A() => Test.Content.Empties.Get(\"a\"); public static bool B() => Test.Content.Empties.TryGet(\"\", out _) && Test.Content.Notes.TryGet(\"a\", out _); }";

        var run = GeneratorHarness.Run(files, consumer, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var diagnostics = Analyze(run);
        Assert.Equal([("FB0040", "'a' is not the id of any Empty in 'empties'"), ("FB0040", "'' is not the id of any Empty in 'empties'")], diagnostics.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. Incremental runs give what a cold run gives
    // ---------------------------------------------------------------------------------------------------------

    private const string PlaceSchemaPath = "/project/content/places.schema.yaml";
    private const string APath = "/project/content/a.yaml";
    private const string BPath = "/project/content/b.yaml";
    private const string CPath = "/project/content/c.yaml";
    private const string DPath = "/project/content/d.yaml";

    private const string PlaceSchema = """
        types:
          Place:
            display: name
            fields:
              name: string
              note: { type: string, optional: true }
              part_of: { type: Place, optional: true }
              near: { type: "Place[]", optional: true }
        """;

    private const string A = """
        places:
          - id: alpha
            name: Alpha
            part_of: beta
          - id: "C#"
            name: C Sharp
          - id: dup
            name: Dup in a
          - id: old
            name: Old
            retired: { reason: gone, superseded_by: alpha }
          - id: gamma
            name: Gamma
            near: [alpha, beta, old]

        """;

    private const string B = """
        places:
          - id: beta
            name: Beta
            note: |
              first line
              second line
          - id: delta
            name: Delta
            part_of: alpha
          - { id: flow, name: Flow, part_of: missing-one }

        """;

    /// <summary>The file that holds the problems found across files: a duplicate, a name collision, retired and missing references.</summary>
    private const string C = """
        # c
        places:
          - id: dup
            name: Dup in c
          - id: "c#"
            name: c sharp
          - id: refers
            name: Refers
            part_of: old
            near: [nowhere, alpha]
          - id: gone2
            name: Gone
            retired: { superseded_by: nothing }

        """;

    /// <summary>Each edit of the script: a name, and the files after it (by path; a missing path is a deleted file).</summary>
    private static readonly (string Name, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> Edit)[] Script =
    [
        ("a value of a.yaml, longer", files => With(files, APath, files[APath].Replace("name: Alpha\n", "name: Alpha Centauri, a longer name\n", StringComparison.Ordinal))),
        ("lines added at the top of c.yaml", files => With(files, CPath, "# one\n# two\n\n" + files[CPath])),
        ("an entry added at the top of a.yaml", files => With(files, APath, files[APath].Replace("places:\n", "places:\n  - id: first\n    name: First\n", StringComparison.Ordinal))),
        ("a longer value before a reference on its line", files => With(files, BPath, files[BPath].Replace("name: Flow,", "name: Flowing river,", StringComparison.Ordinal))),
        ("a shorter value before the reference of c.yaml", files => With(files, CPath, files[CPath].Replace("name: Refers\n", "name: R\n", StringComparison.Ordinal))),
        ("beta renamed", files => With(files, BPath, files[BPath].Replace("id: beta", "id: beta2", StringComparison.Ordinal))),
        ("a reference retargeted", files => With(files, APath, files[APath].Replace("part_of: beta\n", "part_of: beta2\n", StringComparison.Ordinal))),
        ("lines added to a block value", files => With(files, BPath, files[BPath].Replace("      second line\n", "      second line\n      third\n      fourth\n", StringComparison.Ordinal))),
        ("c.yaml deleted", files => Without(files, CPath)),
        ("c.yaml back, and d.yaml with a second alpha", files => With(With(files, CPath, C), DPath, "places:\n  - id: alpha\n    name: Alpha again\n    near: [old]\n")),
        ("c.yaml with CRLF", files => With(files, CPath, files[CPath].Replace("\n", "\r\n", StringComparison.Ordinal))),
        ("old no longer retired", files => With(files, APath, files[APath].Replace("    retired: { reason: gone, superseded_by: alpha }\n", string.Empty, StringComparison.Ordinal))),
        ("delta retired, referred to by nothing", files => With(files, BPath, files[BPath].Replace("    part_of: alpha\n", "    part_of: alpha\n    retired: true\n", StringComparison.Ordinal))),
        ("d.yaml's alpha renamed to c#'s collision", files => With(files, DPath, files[DPath].Replace("id: alpha", "id: \"C #\"", StringComparison.Ordinal))),
        ("a.yaml moved to a2.yaml", files => With(Without(files, APath), "/project/content/a2.yaml", files[APath])),
        ("the C# entry moved down a2.yaml", files => With(files, "/project/content/a2.yaml", files["/project/content/a2.yaml"].Replace("  - id: \"C#\"\n    name: C Sharp\n", string.Empty, StringComparison.Ordinal) + "  - id: \"C#\"\n    name: C Sharp\n")),
        ("d.yaml emptied", files => With(files, DPath, string.Empty)),
        ("a comment-only edit of c.yaml", files => With(files, CPath, files[CPath] + "# the end\r\n")),
        ("the schema gains a field", files => With(files, PlaceSchemaPath, PlaceSchema + "\n      size: { type: int, optional: true }\n")),
        ("c.yaml with LF again and its duplicate gone", files => With(files, CPath, C.Replace("id: dup", "id: dup-c", StringComparison.Ordinal))),
    ];

    [Theory]
    [MemberData(nameof(BothForms))]
    public void AfterEachEditOfAScriptTheIncrementalRunEqualsAColdRun(bool utf8)
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, Form(utf8));
        var first = session.AssertSameAsColdRun("the first run");
        Assert.Equal(
            ["FB0023 a.yaml(7,9)", "FB0034 a.yaml(14,25)", "FB0029 b.yaml(10,38)", "FB0023 c.yaml(3,9)", "FB0024 c.yaml(5,9)", "FB0034 c.yaml(9,14)", "FB0029 c.yaml(10,12)", "FB0029 c.yaml(13,31)"],
            first.Select(d => d.Id + " " + System.IO.Path.GetFileName(d.Path) + "(" + d.Line.ToString(CultureInfo.InvariantCulture) + "," + d.Column.ToString(CultureInfo.InvariantCulture) + ")"));

        foreach (var (name, edit) in Script)
        {
            files = edit(files);
            session.Apply(files);
            session.AssertSameAsColdRun(name);
        }
    }

    /// <summary>A problem in c.yaml that names a place in a.yaml says where that place is now.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AProblemFoundAcrossFilesIsAtItsEntryAndNamesTheOtherFilesLineAsItIsNow(bool utf8)
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, Form(utf8));
        session.AssertSameAsColdRun("the first run");

        files = With(files, APath, "# moved\n# down\n" + files[APath]);
        session.Apply(files);
        var moved = session.AssertSameAsColdRun("a.yaml moved down");
        Assert.Contains(moved, d => d.Id == "FB0023" && d.Path == CPath && d.Line == 3 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal));
        Assert.Contains(moved, d => d.Id == "FB0024" && d.Path == CPath && d.Line == 5 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal) is false && d.Message.Contains("'C#' at /project/content/a.yaml(7,9)", StringComparison.Ordinal));

        files = With(files, CPath, "\n\n\n" + files[CPath].Replace("name: Dup in c", "name: A duplicate, written in c.yaml", StringComparison.Ordinal));
        session.Apply(files);
        var shifted = session.AssertSameAsColdRun("c.yaml moved down");
        Assert.Contains(shifted, d => d.Id == "FB0023" && d.Path == CPath && d.Line == 6 && d.Column == 9 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal));
        Assert.Contains(shifted, d => d.Id == "FB0023" && d.Path == APath && d.Line == 9 && d.Message.Contains("c.yaml(6,9)", StringComparison.Ordinal));
        Assert.Contains(shifted, d => d.Id == "FB0029" && d.Path == CPath && d.Line == 13 && d.Column == 12);
    }

    /// <summary>The table form follows the project's C# version and framework as they change, between edits.</summary>
    [Fact]
    public void SwitchingTheTableFormBetweenEditsGivesWhatAColdRunGives()
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, properties: null);
        var netstandard21 = new Dictionary<string, string> { ["TargetFrameworkIdentifier"] = ".NETStandard", ["TargetFrameworkVersion"] = "v2.1" };
        var steps = new (string Name, IReadOnlyDictionary<string, string>? Properties, Microsoft.CodeAnalysis.CSharp.LanguageVersion Version, bool? Utf8)[]
        {
            ("C# 10 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, false),
            ("C# 9 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, false),
            ("C# 11 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11, true),
            ("netstandard2.0", TestContent.StringTables, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, false),
            ("netstandard2.1", netstandard21, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, true),
            ("C# 8, too old", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8, null),
            ("C# latest again", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, true),
        };

        for (var i = 0; i < steps.Length; i++)
        {
            var (name, properties, version, utf8) = steps[i];
            session.Reconfigure(properties, version);
            var diagnostics = session.AssertSameAsColdRun(name);
            files = With(files, APath, files[APath].Replace("name: Alpha", "name: Alpha " + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "  - id: added" + i.ToString(CultureInfo.InvariantCulture) + "\n    name: \"\\U0001F389 " + i.ToString(CultureInfo.InvariantCulture) + "\"\n");
            session.Apply(files);
            session.AssertSameAsColdRun(name + ", after an edit");
            var tables = session.Sources.Where(source => source.HintName.Contains(".Table", StringComparison.Ordinal)).ToList();
            if (utf8 is null)
            {
                Assert.Contains(diagnostics, d => d.Id == "FB0038");
                Assert.Empty(session.Sources);
            }
            else
            {
                Assert.NotEmpty(tables);
                Assert.All(tables, table => Assert.Contains(utf8.Value ? "private static global::System.ReadOnlySpan<byte> table" : "private const string table", table.Text, StringComparison.Ordinal));

                // What was generated compiles in that C# version.
                var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(version);
                var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(session.Sources.Select(source => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source.Text, options, path: source.HintName, cancellationToken: TestContext.Current.CancellationToken)));
                Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
            }
        }
    }

    /// <summary>
    /// Random edits of files that refer to each other (ids that repeat, collide as C# names, are retired or missing),
    /// each compared with a cold run: values, lines, columns, line endings, ids, files added and deleted, the schema.
    /// </summary>
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(false, 4)]
    [InlineData(true, 5)]
    [InlineData(false, 6)]
    public void AfterRandomEditsTheIncrementalRunEqualsAColdRun(bool utf8, int seed)
    {
        var random = new Random(seed);
        string[] paths = [APath, BPath, CPath, DPath];
        var withMembers = PlaceSchema.Replace("    display: name\n", "    display: name\n    members: { \"c#\": CSharpLower, \"київ\": KyivLower }\n", StringComparison.Ordinal);
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = RandomFile(random), [BPath] = RandomFile(random), [CPath] = RandomFile(random) };
        var session = new EditSession(files, Form(utf8));
        session.AssertSameAsColdRun("the first run");
        for (var step = 0; step < 60; step++)
        {
            var path = paths[random.Next(paths.Length)];
            var before = files.TryGetValue(path, out var text) ? text : null;
            var kind = random.Next(9);
            files = kind switch
            {
                0 when before is not null => Without(files, path),
                1 when before is not null => With(files, path, "# " + step.ToString(CultureInfo.InvariantCulture) + "\n" + before),
                2 when before is not null => With(files, path, before.Replace("name: ", "name: x", StringComparison.Ordinal)),
                3 when before is not null => With(files, path, before.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal)),
                4 when before is not null => With(files, path, MutateOneId(random, before)),
                5 when before is not null => With(files, path, before.Replace("- { id:", "-   { id:", StringComparison.Ordinal).Replace("[", "[ ", StringComparison.Ordinal)),
                6 => With(files, PlaceSchemaPath, files[PlaceSchemaPath] == PlaceSchema ? withMembers : PlaceSchema),
                _ => With(files, path, RandomFile(random)),
            };
            session.Apply(files);
            session.AssertSameAsColdRun("step " + step.ToString(CultureInfo.InvariantCulture) + " (" + kind.ToString(CultureInfo.InvariantCulture) + " on " + path + ")");
        }
    }

    private static readonly string[] IdPool = ["alpha", "beta", "gamma", "C#", "c#", "dup", "old", "new-york", "New York", "Київ", "київ", "🎉"];

    private static string RandomFile(Random random)
    {
        var text = new StringBuilder();
        text.Append(new string('\n', random.Next(3))).Append("places:\n");
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var id = IdPool[random.Next(IdPool.Length)];
            if (random.Next(4) == 0)
            {
                text.Append("  - { id: ").Append(YamlText.DoubleQuoted(id)).Append(", name: N").Append(random.Next(100)).Append(", part_of: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(" }\n");
                continue;
            }

            text.Append("  - id: ").Append(YamlText.DoubleQuoted(id)).Append('\n');
            text.Append("    name: ").Append(random.Next(2) == 0 ? "N" + random.Next(100).ToString(CultureInfo.InvariantCulture) : "|\n      line one\n      line two").Append('\n');
            if (random.Next(2) == 0)
            {
                text.Append("    part_of: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append('\n');
            }

            if (random.Next(3) == 0)
            {
                text.Append("    near: [").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(", ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append("]\n");
            }

            if (random.Next(4) == 0)
            {
                text.Append("    retired: { reason: r, superseded_by: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(" }\n");
            }
        }

        return text.ToString();
    }

    private static string MutateOneId(Random random, string text)
    {
        var from = YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)]);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)]) + text.Substring(at + from.Length);
    }

    private static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> files, string path, string text) =>
        new Dictionary<string, string>(files.Where(pair => pair.Key != path)) { [path] = text };

    private static IReadOnlyDictionary<string, string> Without(IReadOnlyDictionary<string, string> files, string path) =>
        new Dictionary<string, string>(files.Where(pair => pair.Key != path));

    /// <summary>A diagnostic as the compiler prints it, with the span in characters too.</summary>
    private sealed record Reported(string Id, string Path, int Line, int Column, int EndLine, int EndColumn, int Start, int Length, string Message)
    {
        public override string ToString() =>
            Id + " " + Path + "(" + Line + "," + Column + ")-(" + EndLine + "," + EndColumn + ") [" + Start + "+" + Length + "] " + Message;
    }

    /// <summary>One driver kept across edits, as the IDE keeps it, and the files it was last given.</summary>
    private sealed class EditSession
    {
        private IReadOnlyDictionary<string, string>? _properties;
        private Microsoft.CodeAnalysis.CSharp.CSharpParseOptions _parseOptions = GeneratorHarness.ParseOptions;
        private readonly Compilation _compilation = GeneratorHarness.CreateCompilation("class A { }");
        private readonly List<InMemoryAdditionalText> _texts;
        private GeneratorDriver _driver;

        public EditSession(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? properties)
        {
            _properties = properties;
            _texts = files.Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
            _driver = GeneratorHarness.CreateDriver(_texts, properties: properties, trackSteps: false).RunGenerators(_compilation, TestContext.Current.CancellationToken);
        }

        /// <summary>Gives the driver the files as they are now: replaced, removed or added, as the IDE does.</summary>
        public void Apply(IReadOnlyDictionary<string, string> files)
        {
            foreach (var gone in _texts.Where(text => !files.ContainsKey(text.Path)).ToList())
            {
                _driver = _driver.RemoveAdditionalTexts([gone]);
                _texts.Remove(gone);
            }

            foreach (var (path, text) in files)
            {
                var old = _texts.FirstOrDefault(candidate => candidate.Path == path);
                var updated = new InMemoryAdditionalText(path, text);
                if (old is null)
                {
                    _driver = _driver.AddAdditionalTexts([updated]);
                    _texts.Add(updated);
                }
                else if (old.Text != text)
                {
                    _driver = _driver.ReplaceAdditionalText(old, updated);
                    _texts[_texts.IndexOf(old)] = updated;
                }
            }

            _driver = _driver.RunGenerators(_compilation, TestContext.Current.CancellationToken);
        }

        /// <summary>Gives the driver other MSBuild properties and C# version, as the IDE does when the project file changes.</summary>
        public void Reconfigure(IReadOnlyDictionary<string, string>? properties, Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
        {
            _properties = properties;
            _parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
            _driver = _driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider(properties: properties)).WithUpdatedParseOptions(_parseOptions);
            _driver = _driver.RunGenerators(_compilation, TestContext.Current.CancellationToken);
        }

        /// <summary>The sources and diagnostics of the kept driver equal those of a new one over the same files (in path order), and every span is where its lines say.</summary>
        public IReadOnlyList<Reported> AssertSameAsColdRun(string step)
        {
            var cold = GeneratorHarness.CreateDriver(_texts.OrderBy(text => text.Path, StringComparer.Ordinal).ToList(), properties: _properties, trackSteps: false).WithUpdatedParseOptions(_parseOptions).RunGenerators(_compilation, TestContext.Current.CancellationToken);
            var (warmSources, warmDiagnostics) = Outcome(_driver);
            var (coldSources, coldDiagnostics) = Outcome(cold);

            Assert.True(coldSources.Select(source => source.HintName).SequenceEqual(warmSources.Select(source => source.HintName)), step + ": other files generated than a cold run's\nwarm: " + string.Join(", ", warmSources.Select(source => source.HintName)) + "\ncold: " + string.Join(", ", coldSources.Select(source => source.HintName)));
            foreach (var (hintName, text) in coldSources)
            {
                Assert.True(text == warmSources.Single(source => source.HintName == hintName).Text, step + ": " + hintName + " differs from a cold run's");
            }

            Assert.True(coldDiagnostics.SequenceEqual(warmDiagnostics), step + ": diagnostics differ from a cold run's\nwarm:\n" + string.Join("\n", warmDiagnostics) + "\ncold:\n" + string.Join("\n", coldDiagnostics) + "\nfiles:\n" + string.Join("\n", _texts.Select(text => "== " + text.Path + "\n" + text.Text.Replace("\r", "<CR>", StringComparison.Ordinal))));
            foreach (var diagnostic in coldDiagnostics.Where(d => d.Path.Length > 0))
            {
                var source = Microsoft.CodeAnalysis.Text.SourceText.From(_texts.Single(text => text.Path == diagnostic.Path).Text);
                var fromLines = source.Lines.GetTextSpan(new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(diagnostic.Line - 1, diagnostic.Column - 1), new(diagnostic.EndLine - 1, diagnostic.EndColumn - 1)));
                Assert.True(fromLines.Start == diagnostic.Start && fromLines.Length == diagnostic.Length, step + ": the span of " + diagnostic + " is not where its lines say (" + fromLines + ")");
            }

            return coldDiagnostics;
        }

        /// <summary>The sources of the kept driver's last run.</summary>
        public IReadOnlyList<(string HintName, string Text)> Sources => Outcome(_driver).Sources;

        private static (List<(string HintName, string Text)> Sources, List<Reported> Diagnostics) Outcome(GeneratorDriver driver)
        {
            var result = driver.GetRunResult();
            var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, StringComparer.Ordinal).ToList();
            var diagnostics = result.Diagnostics.Select(Report).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Start).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
            return (sources, diagnostics);
        }

        private static Reported Report(Diagnostic diagnostic)
        {
            var lines = diagnostic.Location.GetLineSpan();
            return new Reported(
                diagnostic.Id,
                lines.Path ?? string.Empty,
                lines.StartLinePosition.Line + 1,
                lines.StartLinePosition.Character + 1,
                lines.EndLinePosition.Line + 1,
                lines.EndLinePosition.Character + 1,
                diagnostic.Location.SourceSpan.Start,
                diagnostic.Location.SourceSpan.Length,
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. Determinism, and a file that fails
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(BothForms))]
    public void FileOrderAndLineEndingsChangeNoSource(bool utf8)
    {
        var odd = "/project/content/sub dir/Київ #1.yaml";
        var files = new List<ContentFile>
        {
            new(PlaceSchemaPath, PlaceSchema),
            new(APath, A),
            new(BPath, B + "  - id: quoted\n    name: \"line one\n      line two\"\n    note: >\n      folded\n      text\n\n      kept\n"),
            new(CPath, C),
            new(odd, "places:\n  - id: \"Київ\"\n    name: \"\\U0001F389 \\u00E9\"\n    near: [alpha, delta]\n    retired: { reason: \"12:abc\", superseded_by: alpha }\n"),
        };
        var crlf = files.Select(file => file with { Text = file.Text.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToList();
        var orders = new[] { files, Enumerable.Reverse(files).ToList(), crlf, Enumerable.Reverse(crlf).ToList(), [crlf[2], files[0], crlf[4], files[1], crlf[3]] };

        var runs = orders.Select(order => GeneratorHarness.Run(order, string.Empty, properties: Form(utf8))).ToList();

        AssertTableForm(runs[0], utf8);
        Assert.Empty(runs[0].CompilationDiagnostics);
        Assert.Contains(runs[0].Sources, source => source.Text.Contains("content/sub dir/", StringComparison.Ordinal));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.Equal(runs[0].Sources.Select(source => source.HintName), runs[i].Sources.Select(source => source.HintName));
            foreach (var ((hintName, expected), (_, actual)) in runs[0].Sources.Zip(runs[i].Sources))
            {
                Assert.True(expected == actual, "order " + i.ToString(CultureInfo.InvariantCulture) + ": " + hintName + " differs");
            }

            Assert.Equal(
                runs[0].GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal),
                runs[i].GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The same path given twice with different texts (only a host that is not a build can do it): which text
    /// holds the file's entries is not known, so they are left out, said by FB0050 at that file; the other files
    /// are bound and keep their problems, and nothing throws (CS8785).
    /// </summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AFileGivenTwiceWithDifferentTextsIsLeftOutWithFB0050AndTheOtherProblemsAreKept(bool utf8)
    {
        var run = GeneratorHarness.Run(
            [new(PlaceSchemaPath, PlaceSchema), new(APath, A), new(BPath, B), new(BPath, B.Replace("id: delta", "id: epsilon", StringComparison.Ordinal)), new(CPath, C)],
            string.Empty,
            properties: Form(utf8));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "FB0999");
        var twice = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0050");
        Assert.Equal(BPath, twice.Location.GetLineSpan().Path);
        Assert.Contains("2 times", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("its entries are left out", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0023" && d.Location.GetLineSpan().Path == CPath);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0024" && d.Location.GetLineSpan().Path == CPath);
    }

    /// <summary>
    /// A file listed twice in <c>AdditionalFiles</c> (an Include of the user's own beside the package's) is read
    /// once: the same code as when it is listed once, each of its problems once, and FB0050 to say so.
    /// </summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AFileListedTwiceIsReadOnce(bool utf8)
    {
        ContentFile[] once = [new(PlaceSchemaPath, PlaceSchema), new(APath, A), new(BPath, B), new(CPath, C)];
        var single = GeneratorHarness.Run(once, string.Empty, properties: Form(utf8));
        var doubled = GeneratorHarness.Run([.. once, new(BPath, B)], string.Empty, properties: Form(utf8));

        Assert.Equal(single.Sources.Select(source => source.Text), doubled.Sources.Select(source => source.Text));
        var twice = Assert.Single(doubled.FactbookDiagnostics, d => d.Id == "FB0050");
        Assert.Equal(BPath, twice.Location.GetLineSpan().Path);
        Assert.Contains("it is read once", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            single.FactbookDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal),
            doubled.FactbookDiagnostics.Where(d => d.Id != "FB0050").Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. Limits: the heap of string literals, and collections too large for a member each
    // ---------------------------------------------------------------------------------------------------------

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

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------


    private static IReadOnlyDictionary<string, string>? Form(bool utf8) => utf8 ? null : TestContent.StringTables;

    private static void AssertTableForm(GeneratorRun run, bool utf8)
    {
        var tables = run.Sources.Where(source => source.HintName.Contains(".Table", StringComparison.Ordinal)).Select(source => source.Text).ToList();
        var members = run.Sources.Where(source => source.HintName.EndsWith(".Members.g.cs", StringComparison.Ordinal)).Select(source => source.Text).ToList();
        Assert.NotEmpty(tables);
        Assert.NotEmpty(members);
        if (utf8)
        {
            Assert.All(tables, text => Assert.Contains("private static global::System.ReadOnlySpan<byte> table", text, StringComparison.Ordinal));
            Assert.All(members, text => Assert.Contains("private static global::System.ReadOnlySpan<byte> ids => \"", text, StringComparison.Ordinal));
        }
        else
        {
            Assert.All(tables, text => Assert.Contains("private const string table", text, StringComparison.Ordinal));
            Assert.All(members, text => Assert.Contains("private const string ids = \"", text, StringComparison.Ordinal));
        }
    }

    private static void AssertPrintableAscii(GeneratorRun run)
    {
        foreach (var (hintName, text) in run.Sources)
        {
            var at = text.ToList().FindIndex(c => c > '~' || (c < ' ' && c != '\n'));
            Assert.True(at < 0, hintName + " holds a character outside printable ASCII at " + at.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AssertPrintableAsciiAndWellFormedDocs(GeneratorRun run)
    {
        AssertPrintableAscii(run);
        foreach (var (_, text) in run.Sources)
        {
            var comment = new StringBuilder();
            foreach (var line in text.Split('\n').Select(line => line.Trim()))
            {
                if (line.StartsWith("///", StringComparison.Ordinal))
                {
                    comment.Append(line.AsSpan(3));
                }
                else if (comment.Length > 0)
                {
                    XElement.Parse("<doc>" + comment + "</doc>");
                    comment.Clear();
                }
            }
        }
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string IdOf(object entry) => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!;

    /// <summary>A C# string literal of any text, everything outside printable ASCII escaped.</summary>
    private static string CSharpLiteral(string text) =>
        "\"" + string.Concat(text.Select(c => c is '"' or '\\' ? "\\" + c : c >= ' ' && c <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";

    private static ImmutableArray<Diagnostic> Analyze(GeneratorRun run)
    {
        var analyzed = run.Output.WithAnalyzers([new StringIdAnalyzer()], new AnalyzerOptions([]));
        return analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
