using System.Xml.Linq;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>
/// Content and checks shared by the tests of both table forms (UTF-8 data and string constants): notes with text in every
/// place a table holds it, places in files that refer to each other for edits, and what the generated tables must look like.
/// </summary>
internal static class TableFixtures
{
    public const string SchemaPath = "/project/content/notes.schema.yaml";
    public const string NotesPath = "/project/content/notes.yaml";

    /// <summary>UTF-8 tables (the harness's default: C# latest, .NET 10) and string tables (netstandard2.0).</summary>
    public static TheoryData<bool> BothForms => new() { true, false };

    /// <summary>Notes with text in a field, a list, nested objects, and a number after them.</summary>
    public const string NoteSchema = """
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

    /// <summary>Natural ids beyond ASCII; the emoji as a pair of '\u' escapes in YAML, as one '\U' escape and as is.</summary>
    public static readonly (string Yaml, string Id)[] NaturalIds =
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

    public const string PlaceSchemaPath = "/project/content/places.schema.yaml";
    public const string APath = "/project/content/a.yaml";
    public const string BPath = "/project/content/b.yaml";
    public const string CPath = "/project/content/c.yaml";
    public const string DPath = "/project/content/d.yaml";

    /// <summary>Places that refer to each other, in files <see cref="A"/>, <see cref="B"/> and <see cref="C"/>.</summary>
    public const string PlaceSchema = """
        types:
          Place:
            display: name
            fields:
              name: string
              note: { type: string, optional: true }
              part_of: { type: Place, optional: true }
              near: { type: "Place[]", optional: true }
        """;

    public const string A = """
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

    public const string B = """
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
    public const string C = """
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

    /// <summary>The files with <paramref name="path"/> added or replaced.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> files, string path, string text) =>
        new Dictionary<string, string>(files.Where(pair => pair.Key != path)) { [path] = text };

    /// <summary>The files without <paramref name="path"/>.</summary>
    public static IReadOnlyDictionary<string, string> Without(IReadOnlyDictionary<string, string> files, string path) =>
        new Dictionary<string, string>(files.Where(pair => pair.Key != path));

    /// <summary>The MSBuild properties for UTF-8 tables (none: the harness's default) or string tables.</summary>
    public static IReadOnlyDictionary<string, string>? Form(bool utf8) => utf8 ? null : TestContent.StringTables;

    public static void AssertTableForm(GeneratorRun run, bool utf8)
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

    public static void AssertPrintableAscii(GeneratorRun run)
    {
        foreach (var (hintName, text) in run.Sources)
        {
            var at = text.ToList().FindIndex(c => c > '~' || (c < ' ' && c != '\n'));
            Assert.True(at < 0, hintName + " holds a character outside printable ASCII at " + at.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void AssertPrintableAsciiAndWellFormedDocs(GeneratorRun run)
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
}
