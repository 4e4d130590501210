using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// Hostile text read back from both table forms (UTF-8 data and string constants): text UTF-8 cannot hold, text that
/// looks like the table's own syntax, values of about a megabyte, enum texts, URLs and file names, from every place a
/// table holds text, with printable ASCII source and well-formed doc comments.
/// </summary>
public class HostileTextTests
{
    /// <summary>UTF-8 tables and string tables: <see cref="TableFixtures.BothForms"/>.</summary>
    public static TheoryData<bool> BothForms => TableFixtures.BothForms;

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

    /// <summary>
    /// Every hostile text at once, in one build per form: each in an entry's text, list, nested object, nested list
    /// and retirement reason, beside the others in the same tables, so one that leaks into its neighbour shows.
    /// The theory below builds each text alone, with provenance and the member's [Obsolete] message too.
    /// </summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void EveryHostileTextReadsBackBesideTheOthers(bool utf8)
    {
        var content = new StringBuilder("notes:\n");
        for (var i = 0; i < Hostile.Length; i++)
        {
            var h = YamlText.DoubleQuoted(Hostile[i]);
            content.Append("  - id: a").Append(i).Append("\n    text: ").Append(h).Append("\n    tags: [").Append(h).Append(", ").Append(h)
                .Append("]\n    inner: { label: ").Append(h).Append(", deep: { words: [").Append(h).Append(", after] } }\n    after: ").Append(i).Append('\n')
                .Append("  - id: b").Append(i).Append("\n    text: ").Append(h).Append("\n    retired: { reason: ").Append(h).Append(", superseded_by: a").Append(i).Append(" }\n");
        }

        const string probe = """
            using System.Linq;
            using Test.Content;
            public static class Probe
            {
                public static string?[][] Run() => Notes.AllIncludingRetired
                    .Select(n => new[] { n.Id, n.Text, n.Tags.ElementAtOrDefault(0), n.Tags.ElementAtOrDefault(1), n.Inner?.Label, n.Inner?.Deep?.Words[0], n.Inner?.Deep?.Words[1], n.After?.ToString(), n.RetirementReason, n.SupersededBy?.Id })
                    .ToArray();
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content.ToString())], probe, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var expected = Hostile.SelectMany((h, i) => new[]
        {
            new string?[] { "a" + i, h, h, h, h, h, "after", i.ToString(CultureInfo.InvariantCulture), null, null },
            new string?[] { "b" + i, h, null, null, null, null, null, null, h, "a" + i },
        });
        Assert.Equal(expected, (string?[][])run.Invoke("Probe", "Run")!);
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    [Trait("Category", "Slow")] // each text in a build of its own: 146 builds, run by CI and the full run
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

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
